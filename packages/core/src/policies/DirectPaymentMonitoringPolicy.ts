import { Context, type Effect, Schema } from "effect"
import { DecisionFlag } from "../decisions/Decision.ts"
import { SpendingCategory } from "../journey/SupportPlan.ts"
import { FundingStreamKind } from "../model/Budget.ts"
import { lastDayWithinMonths } from "../model/CalendarDay.ts"
import { CalendarDate } from "../model/Person.ts"
import { Label, LabelOrEmpty, Prose } from "../model/Text.ts"
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
  /**
   * The first day of the money this check looks at: the last day the account was found or left
   * within its buffer (a check that found nothing to propose, a recovery, a refund), else the day
   * the allocations started. Absent from checks recorded before it was kept.
   */
  periodFrom: Schema.optionalKey(CalendarDate),
  /** The day of the check. Absent from checks recorded before it was kept. */
  checkedOn: Schema.optionalKey(CalendarDate),
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
  /** What a manager must look at before anything is recovered (late monitoring). */
  flags: Schema.optionalKey(Schema.Array(DecisionFlag)),
  ...Explained,
}).check(
  Schema.makeFilter(
    (o: {
      readonly action: string
      readonly amountPence: number
      readonly offsetCapPence?: number
      readonly flags?: ReadonlyArray<string>
      readonly reasons: ReadonlyArray<{ readonly met: boolean | null }>
    }) => {
      if (
        o.action === "propose-offset" &&
        (o.offsetCapPence === undefined || o.amountPence > o.offsetCapPence)
      )
        return "an offset names its one-period cap and takes no more than it"
      if ((o.flags ?? []).length > 0 && !o.reasons.some((r) => r.met === false))
        return "a flagged answer says why in a reason that is not met"
      return undefined
    },
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

/**
 * How long money may sit in an account unquestioned before a proposal about it needs a manager,
 * in force from a date: a council changing its limit does not change how an earlier check reads.
 */
export const MonitoringLimit = Schema.Struct({
  from: CalendarDate,
  /** At most 12: the regulations' reviews are never more than 12 months apart. */
  months: Schema.Int.check(
    Schema.isBetween(
      { minimum: 1, maximum: 12 },
      { message: "The late-monitoring limit must be from 1 to 12 months" },
    ),
  ),
})
export type MonitoringLimit = typeof MonitoringLimit.Type

/** Limits in force from their dates, at least one, no two from the same day. */
export const MonitoringLimits = Schema.Array(MonitoringLimit).check(
  Schema.makeFilter((limits: ReadonlyArray<MonitoringLimit>) => {
    if (limits.length === 0) return "at least one late-monitoring limit is needed"
    const days = limits.map((l) => l.from)
    return new Set(days).size === days.length
      ? undefined
      : "two late-monitoring limits start on the same day"
  }),
)

/** The limit in force on a day: the latest that starts on or before it (else the earliest). */
export const monitoringLimitOn = (
  limits: ReadonlyArray<MonitoringLimit>,
  day: string,
): MonitoringLimit | undefined => {
  const sorted = [...limits].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  return sorted.filter((l) => l.from <= day).at(-1) ?? sorted[0]
}

/**
 * Whether a check reaches back further than the limit in force on its day: the money it looks at
 * has been held since `periodFrom`, and the check comes after the last day within the limit's
 * months of it (the one calendar's "within N months"). Undefined when on time, or when the check
 * did not say which period it looks at.
 */
export const lateMonitoring = (
  limits: ReadonlyArray<MonitoringLimit>,
  input: SurplusInput,
): { readonly months: number; readonly lastDayOnTime: string } | undefined => {
  if (input.periodFrom === undefined || input.checkedOn === undefined) return undefined
  const limit = monitoringLimitOn(limits, input.checkedOn)
  if (limit === undefined) return undefined
  const lastDayOnTime = lastDayWithinMonths(input.periodFrom, limit.months)
  return input.checkedOn > lastDayOnTime ? { months: limit.months, lastDayOnTime } : undefined
}

/**
 * A booked payment out of a direct-payment account, and the lines of the approved plan it may
 * have been spent on: what a matching rule sees. Only what monitoring needs of the statement.
 */
export const TransactionMatchInput = Schema.Struct({
  transaction: Schema.Struct({
    counterparty: LabelOrEmpty,
    merchantCategoryCode: Schema.optionalKey(
      Schema.String.check(Schema.isPattern(/^\d{4}$/, { message: "must be four digits" })),
    ),
    reference: LabelOrEmpty,
    /** Money out, in pence (above zero). */
    amountPence: NonNegativeInt,
  }),
  lines: Schema.Array(
    Schema.Struct({
      id: Label,
      description: Prose,
      category: SpendingCategory,
      provider: Schema.NullOr(LabelOrEmpty),
    }),
  ),
})
export type TransactionMatchInput = typeof TransactionMatchInput.Type

/** The plan line (and so the spending category) a rule matched a payment to, and why. */
export const TransactionMatch = Schema.Struct({
  lineId: Label,
  category: SpendingCategory,
  ...Explained,
})
export type TransactionMatch = typeof TransactionMatch.Type

/**
 * Direct-payment monitoring: how often statements are due, what a surplus leads to, and which
 * plan line a payment out of the account was spent on (the Care and Support (Direct Payments)
 * Regulations 2014 reg 7 duty to review the making and use of the payments). A deployment whose
 * policy matches nothing leaves every payment for someone to match by hand.
 */
export class DirectPaymentMonitoringPolicy extends Context.Service<
  DirectPaymentMonitoringPolicy,
  {
    readonly statementEveryWeeks: Effect.Effect<number>
    /**
     * Weeks with no spending from a direct-payment account after which the council asks whether
     * the payments still meet the person's needs (the no-spend check); absent or undefined: the
     * policy sets no such check.
     */
    readonly noSpendWeeks?: Effect.Effect<number | undefined>
    assessSurplus(input: SurplusInput): Effect.Effect<SurplusOutcome>
    /** The line a payment was spent on, when a rule recognises it; undefined leaves it queued. */
    matchTransaction?(input: TransactionMatchInput): Effect.Effect<TransactionMatch | undefined>
  }
>()("@openpb/core/DirectPaymentMonitoringPolicy") {}
