import { Context, type Effect, Schema } from "effect"
import type { FinancialAssessment } from "../journey/Assessment.ts"
import { Explained } from "./PolicyOutcome.ts"

export const Contribution = Schema.Struct({
  weeklyContributionPence: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
  ...Explained,
})
export type Contribution = typeof Contribution.Type

/**
 * The financial assessment: what the person pays towards their care each week. A council may
 * charge carers for support to them (Care Act s14(3)); most do not, so a policy that says
 * nothing charges carers nothing.
 */
export class ChargingPolicy extends Context.Service<
  ChargingPolicy,
  {
    contribution(assessment: FinancialAssessment): Effect.Effect<Contribution>
    /** Whether support to a carer is charged for; absent means carers are not charged. */
    readonly chargesCarers?: boolean
  }
>()("@openpb/core/ChargingPolicy") {}
