import { Effect } from "effect"
import type { Reason } from "../decisions/Decision.ts"
import {
  type DirectPaymentConditionsOutcome,
  DirectPaymentConditionsPolicy,
} from "../policies/DirectPaymentConditionsPolicy.ts"
import type { DirectPaymentArrangements } from "./DirectPaymentArrangements.ts"
import { DirectPaymentConditionsNotMet } from "./JourneyErrors.ts"
import type { PlanLine } from "./SupportPlan.ts"

/**
 * Asks the deployment's rules whether the plan's direct-payment lines may be paid as direct
 * payments, one funding stream at a time. Fails, naming the lines, the unmet conditions and how
 * the same support can be arranged instead; otherwise gives the reasons for the decision record.
 */
export const directPaymentConditionsMet = Effect.fn("directPaymentConditionsMet")(function* (
  lines: ReadonlyArray<PlanLine>,
  arrangements: DirectPaymentArrangements | null,
) {
  const policy = yield* DirectPaymentConditionsPolicy
  const reasons: Array<Reason> = []
  for (const fundingStream of ["council-social-care", "nhs-health"] as const) {
    const [first, ...rest] = lines.filter(
      (l) => l.deliveryMechanism === "direct-payment" && l.fundingStream === fundingStream,
    )
    if (first === undefined) continue
    const outcome: DirectPaymentConditionsOutcome = yield* policy.check({
      fundingStream,
      lines: [first, ...rest],
      arrangements,
    })
    if (!outcome.met)
      return yield* new DirectPaymentConditionsNotMet({
        lineIds: [first, ...rest].map((l) => l.id),
        reasons: outcome.reasons
          .filter((r) => r.met === false)
          .map((r) => ({ criterion: r.criterion, text: r.text })),
        alternatives: outcome.alternatives,
      })
    reasons.push(...outcome.reasons)
  }
  return reasons
})

/** Whether a newly recorded capacity assessment says capacity has been lost. */
export const capacityLost = (
  before: DirectPaymentArrangements | undefined,
  after: DirectPaymentArrangements,
): boolean => before?.capacity.hasCapacity === true && !after.capacity.hasCapacity
