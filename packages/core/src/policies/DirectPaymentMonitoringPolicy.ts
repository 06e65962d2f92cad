import { Context, type Effect, Schema } from "effect"
import { FundingStreamKind } from "../model/Budget.ts"
import { Explained } from "./PolicyOutcome.ts"

const NonNegativeInt = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))

export const SurplusInput = Schema.Struct({
  stream: FundingStreamKind,
  balancePence: Schema.Int,
  weeklyAllocationPence: NonNegativeInt,
  /** The part of the balance that is the person's own contribution, refunded not recovered. */
  personContributionHeldPence: NonNegativeInt,
  /** Days the budget was suspended (e.g. a hospital stay) in the period the surplus built up. */
  suspendedDaysInPeriod: NonNegativeInt,
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
  amountPence: NonNegativeInt,
  /** Days the holder has to respond before money moves. */
  responseWindowDays: NonNegativeInt,
  /**
   * For an offset: one payment period's amount, the most it may take (NHS (Direct Payments)
   * Regulations 2013 reg 13), worked out with `onePaymentPeriodPence`. Kept on the decision so the
   * offset is capped by the same figure when it is confirmed.
   */
  offsetCapPence: Schema.optionalKey(NonNegativeInt),
  /**
   * The person's own contribution in the surplus, refunded to them at once (a refund is in their
   * favour, so no notice is needed). For `refund-contribution` the whole amount when absent.
   */
  refundPence: Schema.optionalKey(NonNegativeInt),
  ...Explained,
}).check(
  Schema.makeFilter(
    (o: {
      readonly action: string
      readonly amountPence: number
      readonly offsetCapPence?: number
    }) =>
      o.action === "propose-offset" &&
      (o.offsetCapPence === undefined || o.amountPence > o.offsetCapPence)
        ? "an offset names its one-period cap and takes no more than it"
        : undefined,
  ),
)
export type SurplusOutcome = typeof SurplusOutcome.Type

/**
 * NHS (Direct Payments) Regulations 2013 reg 13: unused funds are offset by reducing a payment by
 * up to one period's amount. One period's amount is the weekly allocation times the weeks in the
 * health body's payment period. The NHS rule proposes with it and core confirms with it, so the
 * cap is worked out once, in one way.
 */
export const onePaymentPeriodPence = (
  weeklyAllocationPence: number,
  paymentPeriodWeeks: number,
): number => Math.max(0, weeklyAllocationPence) * Math.max(0, paymentPeriodWeeks)

/** What an offset may take of a surplus: never more than the cap, never below nothing. */
export const offsetWithinOnePeriod = (surplusPence: number, onePeriodPence: number): number =>
  Math.max(0, Math.min(surplusPence, onePeriodPence))

/** Direct-payment monitoring: how often statements are due, and what a surplus leads to. */
export class DirectPaymentMonitoringPolicy extends Context.Service<
  DirectPaymentMonitoringPolicy,
  {
    readonly statementEveryWeeks: Effect.Effect<number>
    assessSurplus(input: SurplusInput): Effect.Effect<SurplusOutcome>
  }
>()("@openpb/core/DirectPaymentMonitoringPolicy") {}
