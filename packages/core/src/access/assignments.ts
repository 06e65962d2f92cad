import { Effect } from "effect"
import { CurrentActor } from "../model/Actor.ts"
import { Forbidden } from "../model/Errors.ts"
import type { PersonId } from "../model/Ids.ts"
import { grantsFor } from "./authorize.ts"
import { Relationships } from "./Relationships.ts"

/** Who a referral or an assignment puts around a person (unchanged when absent). */
export interface Assignees {
  readonly practitioner?: string | null | undefined
  readonly adviser?: string | null | undefined
}

/** The caller already reads every journey of the council: no assignment can widen that. */
const readsWholeCouncil = Effect.gen(function* () {
  const actor = yield* CurrentActor
  return grantsFor(actor, "journey.read").some((grant) => grant.reach === "council")
})

/**
 * A write never grants its caller access they did not already have: a referral or an assignment
 * that names the caller as the person's practitioner or adviser is refused, before anything is
 * written, unless the caller already stands there (or already reads the council's journeys).
 * Putting someone on a caseload is a manager's call, not the practitioner's own.
 */
export const refuseSelfAssignment = Effect.fnUntraced(function* (
  personId: PersonId,
  assignees: Assignees,
) {
  const actor = yield* CurrentActor
  const asPractitioner = assignees.practitioner === actor.subject
  const asAdviser = assignees.adviser === actor.subject
  if (!(asPractitioner || asAdviser) || (yield* readsWholeCouncil)) return
  const relation = yield* (yield* Relationships).relationTo(actor, personId)
  if ((asPractitioner && !relation.caseload) || (asAdviser && !relation.assignedAdviser))
    return yield* new Forbidden({
      rule: "assignment: no self-granted access",
      message:
        "You may not put yourself on this person's circle: their practitioner or adviser is assigned by someone who already manages their journeys",
    })
})

/**
 * A referral's practitioner when none is named: the referring practitioner only if the person is
 * already on their caseload (a re-referral), so referring someone never adds them to it.
 */
export const practitionerByDefault = Effect.fnUntraced(function* (personId: PersonId) {
  const actor = yield* CurrentActor
  if (!actor.has("practitioner")) return null
  const relation = yield* (yield* Relationships).relationTo(actor, personId)
  return relation.caseload ? actor.subject : null
})

/**
 * A plan never names whoever drafts it as a line's contracted provider: once approved, the
 * contract would let them spend from the budget, access their own write gave them.
 */
export const refuseSelfContract = Effect.fnUntraced(function* (
  lines: ReadonlyArray<{ readonly providerId?: string | undefined }>,
) {
  const actor = yield* CurrentActor
  if (!lines.some((line) => line.providerId === actor.subject)) return
  return yield* new Forbidden({
    rule: "plan: no self-contracted provider",
    message:
      "You may not name yourself as a plan line's provider: the council contracts providers through a plan someone else drafts",
  })
})
