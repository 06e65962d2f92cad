import type { Role } from "../model/Actor.ts"

/**
 * How a grant reaches a person's record: any record of the actor's council, or only a
 * person the actor stands in a relation to.
 */
export type Reach = "council" | "self" | "consented-carer" | "caseload" | "assigned-adviser"

export interface Grant {
  readonly role: Role
  readonly reach: Reach
}

const council = (...roles: ReadonlyArray<Role>): ReadonlyArray<Grant> =>
  roles.map((role) => ({ role, reach: "council" }))
const own: ReadonlyArray<Grant> = [
  { role: "person", reach: "self" },
  { role: "carer", reach: "consented-carer" },
]
const circle: ReadonlyArray<Grant> = [
  ...own,
  { role: "practitioner", reach: "caseload" },
  { role: "adviser", reach: "assigned-adviser" },
]

/**
 * The one table of who may do what, shared by every API. Deny by default: an action not
 * here, or a role without a grant, is refused with the rule that denied it.
 */
export const accessTable = {
  "person.register": council("practitioner", "council-admin", "system"),
  "person.read": [...circle, ...council("approver", "finance", "council-admin", "system")],
  "budget.create": council("practitioner", "council-admin", "system"),
  "budget.read": [...circle, ...council("approver", "finance", "council-admin", "system")],
  "budget.list": council(
    "approver",
    "finance",
    "council-admin",
    "system",
    "practitioner",
    "adviser",
  ),
} as const satisfies Record<string, ReadonlyArray<Grant>>

export type Action = keyof typeof accessTable
