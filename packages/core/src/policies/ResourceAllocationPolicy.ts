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
  ...Explained,
})
export type IndicativeBudget = typeof IndicativeBudget.Type

export class ResourceAllocationPolicy extends Context.Service<
  ResourceAllocationPolicy,
  { indicativeBudget(input: IndicativeBudgetInput): Effect.Effect<IndicativeBudget> }
>()("@openpb/core/ResourceAllocationPolicy") {}
