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
