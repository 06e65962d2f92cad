import { Context, type Effect, Schema } from "effect"
import { FundingStream } from "../model/Budget.ts"
import { Pence } from "../model/Money.ts"
import { AdultAssessment } from "../journey/Assessment.ts"
import { Explained } from "./PolicyOutcome.ts"

import { AllocationItem } from "../decisions/Decision.ts"

export { AllocationItem }

export const IndicativeBudgetInput = Schema.Struct({
  assessment: AdultAssessment,
  /** Whether health needs give a right to an NHS budget too (an integrated budget). */
  healthEligible: Schema.Boolean,
  /** Answers to the council's own questionnaire, by question id, when it has one. */
  answers: Schema.Record(Schema.String, Schema.String),
})
export type IndicativeBudgetInput = typeof IndicativeBudgetInput.Type

/** The first estimate of a yearly amount, itemised, and which funding streams it comes from. */
export const IndicativeBudget = Schema.Struct({
  annualAmountPence: Pence,
  fundingStreams: Schema.Array(FundingStream),
  items: Schema.Array(AllocationItem),
  /**
   * The allocation's upper band, when it has one: a plan costing more goes to approval with the
   * approver's reasons (the budget must be sufficient; it is a starting point, not a ceiling).
   */
  capPence: Schema.optionalKey(Pence),
  ...Explained,
})
export type IndicativeBudget = typeof IndicativeBudget.Type

/** The amounts an indicative decision records from an estimate (and a replay compares). */
export const indicativeDecisionAmounts = (estimate: IndicativeBudget): Record<string, number> => ({
  annualAmountPence: estimate.annualAmountPence,
  ...(estimate.capPence === undefined ? {} : { capPence: estimate.capPence }),
  ...Object.fromEntries(estimate.fundingStreams.map((s) => [`${s.stream}Pence`, s.amountPence])),
})

export class ResourceAllocationPolicy extends Context.Service<
  ResourceAllocationPolicy,
  { indicativeBudget(input: IndicativeBudgetInput): Effect.Effect<IndicativeBudget> }
>()("@openpb/core/ResourceAllocationPolicy") {}
