import { Context, type Effect, Schema } from "effect"
import type { FinancialAssessment } from "../journey/Assessment.ts"
import { Explained } from "./PolicyOutcome.ts"

export const Contribution = Schema.Struct({
  weeklyContributionPence: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
  ...Explained,
})
export type Contribution = typeof Contribution.Type

/** The financial assessment: what the person pays towards their care each week. */
export class ChargingPolicy extends Context.Service<
  ChargingPolicy,
  { contribution(assessment: FinancialAssessment): Effect.Effect<Contribution> }
>()("@openpb/core/ChargingPolicy") {}
