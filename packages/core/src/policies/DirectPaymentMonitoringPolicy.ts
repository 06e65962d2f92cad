import { Context, type Effect, Schema } from "effect"
import { FundingStreamKind } from "../model/Budget.ts"
import { Explained } from "./PolicyOutcome.ts"

export const SurplusInput = Schema.Struct({
  stream: FundingStreamKind,
  balancePence: Schema.Int,
  weeklyAllocationPence: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
  /** The part of the balance that is the person's own contribution, refunded not recovered. */
  personContributionHeldPence: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
  /** Days the budget was suspended (e.g. a hospital stay) in the period the surplus built up. */
  suspendedDaysInPeriod: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
})
export type SurplusInput = typeof SurplusInput.Type

export const SurplusAction = Schema.Literals([
  "none",
  "propose-recovery",
  "propose-offset",
  "refund-contribution",
  "explained-by-suspension",
])

export const SurplusOutcome = Schema.Struct({
  action: SurplusAction,
  amountPence: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
  /** Days the holder has to respond before money moves. */
  responseWindowDays: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
  ...Explained,
})
export type SurplusOutcome = typeof SurplusOutcome.Type

/** Direct-payment monitoring: how often statements are due, and what a surplus leads to. */
export class DirectPaymentMonitoringPolicy extends Context.Service<
  DirectPaymentMonitoringPolicy,
  {
    readonly statementEveryWeeks: Effect.Effect<number>
    assessSurplus(input: SurplusInput): Effect.Effect<SurplusOutcome>
  }
>()("@openpb/core/DirectPaymentMonitoringPolicy") {}
