import { Effect } from "effect"
import type { Decision } from "../decisions/Decision.ts"
import type { PersonId } from "../model/Ids.ts"
import { Journey } from "../journey/Journey.ts"
import { authorize, mayDo } from "./authorize.ts"

/**
 * Income and capital are the person's own business: someone who may see their record (a carer
 * with consent to view the plan) sees them only with the separate `finances.read` grant.
 */
const isFinancial = (decision: Decision): boolean => decision.kind === "financial-assessment"

/** A journey as the reader may see it: without the financial assessment unless they may read it. */
export const journeyAsSeen = Effect.fnUntraced(function* (journey: Journey) {
  if (journey.financial === null || (yield* mayDo("finances.read", journey.personId)))
    return journey
  return new Journey({ ...journey, financial: null })
})

/** A person's journeys as the reader may see them. */
export const journeysAsSeen = (journeys: ReadonlyArray<Journey>) =>
  Effect.forEach(journeys, journeyAsSeen)

/** Refuses a financial decision to a reader who may not see finances (with the rule that says so). */
export const authorizeDecisionRead = Effect.fnUntraced(function* (
  action: "decision.read" | "challenge.lodge",
  decision: Decision,
) {
  yield* authorize(action, decision.personId)
  if (isFinancial(decision)) yield* authorize("finances.read", decision.personId)
})

/** A person's decisions, leaving out financial ones the reader may not see. */
export const decisionsAsSeen = Effect.fnUntraced(function* (
  personId: PersonId,
  decisions: ReadonlyArray<Decision>,
) {
  if (!decisions.some(isFinancial) || (yield* mayDo("finances.read", personId))) return decisions
  return decisions.filter((decision) => !isFinancial(decision))
})
