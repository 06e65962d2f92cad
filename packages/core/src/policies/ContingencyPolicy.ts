import { Context, type Effect, Schema } from "effect"
import { Pence } from "../model/Money.ts"
import { Explained } from "./PolicyOutcome.ts"

export const ContingencyRequest = Schema.Struct({
  annualBudgetPence: Pence,
  /** What the plan pre-agreed. */
  planUpliftCapPence: Pence,
  planMaxDurationDays: Schema.Int,
  requestedUpliftPence: Pence,
  requestedDays: Schema.Int.check(Schema.isGreaterThanOrEqualTo(1)),
  /** Days of contingency already used in the last twelve months. */
  daysUsedInLast12Months: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
})
export type ContingencyRequest = typeof ContingencyRequest.Type

export const ContingencyOutcome = Schema.Struct({
  allowed: Schema.Boolean,
  upliftPence: Pence,
  days: Schema.Int,
  ...Explained,
})
export type ContingencyOutcome = typeof ContingencyOutcome.Type

/** How much uplift, for how long, a crisis may draw without a new assessment. */
export class ContingencyPolicy extends Context.Service<
  ContingencyPolicy,
  { decide(request: ContingencyRequest): Effect.Effect<ContingencyOutcome> }
>()("@openpb/core/ContingencyPolicy") {}
