import type { Actor } from "../model/Actor.ts"
import type { CaseloadAssignment } from "../ports/JourneyRepository.ts"
import { grantsFor } from "./authorize.ts"

/**
 * As what a caseload may match the actor on a journey: only the assignments whose relation lets
 * them read the person (a practitioner as the practitioner, an adviser as the adviser), so the
 * list names nobody their `getPerson` would refuse; a council-wide reader as either.
 */
export const caseloadAssignments = (actor: Actor): ReadonlyArray<CaseloadAssignment> => {
  const grants = grantsFor(actor, "person.read")
  const as = (assignment: CaseloadAssignment, reach: "caseload" | "assigned-adviser") =>
    grants.some((grant) => grant.reach === "council" || grant.reach === reach) ? [assignment] : []
  return [...as("practitioner", "caseload"), ...as("adviser", "assigned-adviser")]
}
