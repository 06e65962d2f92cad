import { Context, Schema } from "effect"
import { CouncilId, PersonId } from "./Ids.ts"

export const Role = Schema.Literals([
  "person",
  "carer",
  "practitioner",
  "adviser",
  "approver",
  "finance",
  "provider",
  "commissioner",
  "auditor",
  "council-admin",
  "system",
]).annotate({ identifier: "Role" })
export type Role = typeof Role.Type

/** Roles OpenPB gives its own jobs; a token or a command line can never claim them. */
export const internalRoles: ReadonlyArray<Role> = ["system"]

/** The roles a person signing in may hold. */
export const isTokenRole = (role: string): role is Role =>
  Schema.is(Role)(role) && !internalRoles.includes(role)

/**
 * Who is acting: every use case runs with one and scopes what it reads and writes by it.
 * `personId` is the person the actor is (role person) or cares for (role carer).
 */
export class Actor extends Schema.Class<Actor>("@openpb/core/Actor")({
  subject: Schema.NonEmptyString,
  roles: Schema.NonEmptyArray(Role),
  councilId: CouncilId,
  personId: Schema.optionalKey(PersonId),
}) {
  has(role: Role): boolean {
    return this.roles.includes(role)
  }
}

export class CurrentActor extends Context.Service<CurrentActor, Actor>()(
  "@openpb/core/CurrentActor",
) {}
