import {
  lastDayWithinMonths,
  lateMonitoring,
  offsetWithinOnePeriod,
  onePaymentPeriodPence,
  type PlanLine,
  type PortRules,
  pounds,
  type Reason,
  type ReviewScheduleInput,
  type SurplusInput,
} from "@openpb/plugin-sdk"
import type { NhsPhbSettings } from "./settings.ts"

const mentions = (text: string, words: ReadonlyArray<string>) => {
  const lower = text.toLowerCase()
  return words.find((w) =>
    new RegExp(
      `(^|[^a-z0-9])${w.toLowerCase().replace(/[.*+?^${}()|[\]\\&]/g, "\\$&")}($|[^a-z0-9])`,
    ).test(lower),
  )
}

/** What NHS money may buy: lines funded by the health stream only. */
export const checkHealthLine = (s: NhsPhbSettings) => (line: PlanLine) => {
  if (line.fundingStream !== "nhs-health") return undefined
  const excluded = mentions(line.description, s.excludedPurchases)
  if (excluded !== undefined)
    return {
      lineId: line.id,
      verdict: "not-allowed" as const,
      reason: {
        criterion: "nhs/phb/excluded-purchase",
        met: false,
        text: `A personal health budget cannot pay for ${excluded.toLowerCase()}.`,
      },
    }
  const outside = mentions(line.description, s.outsideTheBudget)
  if (outside !== undefined)
    return {
      lineId: line.id,
      verdict: "not-allowed" as const,
      reason: {
        criterion: "nhs/phb/outside-the-budget",
        met: false,
        text: `Emergency care, GP care and medicines stay with the NHS and are not bought from the budget (matched "${outside}").`,
      },
    }
  return {
    lineId: line.id,
    verdict: "allowed" as const,
    reason: {
      criterion: "nhs/phb/agreed-health-outcome",
      met: true,
      text: "This meets a health outcome agreed in the care plan and may be bought with NHS money.",
    },
  }
}

/** NHS (Direct Payments) Regulations 2013: review within 3 months, then at most every 12. */
export const nhsDirectPaymentReview = (s: NhsPhbSettings) => (input: ReviewScheduleInput) => {
  if (input.firstNhsDirectPaymentDate === null) return []
  const last = input.lastReviewDates
    .filter((d) => d.clock === "nhs-direct-payment")
    .map((d) => d.date)
    .sort()
    .at(-1)
  return [
    {
      clock: "nhs-direct-payment" as const,
      dueDate: last
        ? lastDayWithinMonths(last, s.reviewMonths)
        : lastDayWithinMonths(input.firstNhsDirectPaymentDate, s.firstReviewMonths),
      reasons: [
        {
          criterion: "nhs/dp-regs-2013/review",
          met: null,
          text: `An NHS direct payment, and the person's health, are reviewed within ${s.firstReviewMonths} months of the first payment, then at least every ${s.reviewMonths} months.`,
        },
      ] as [Reason],
    },
  ]
}

/**
 * Unused NHS funds (reg 13): the health body may reduce a payment by up to one period's
 * amount to offset funds that have built up, with reasonable written notice and reasons. The
 * cap is core's `onePaymentPeriodPence`, the same one the offset is confirmed with; an offset of
 * funds held past the monitoring limit is flagged for a manager.
 */
export const assessUnusedFunds =
  (s: NhsPhbSettings) =>
  (input: SurplusInput): ReturnType<PortRules["directPaymentMonitoring"]["assessSurplus"]> => {
    if (input.stream !== "nhs-health") return undefined
    const buffer = input.weeklyAllocationPence * s.surplusBufferWeeks
    const surplus = Math.max(0, input.balancePence - buffer)
    const reasons: [Reason, ...Array<Reason>] = [
      {
        criterion: "nhs/dp-regs-2013/reg-13/unused-funds",
        met: surplus > 0,
        text: `The NHS account holds ${pounds(Math.max(0, input.balancePence))}; up to ${s.surplusBufferWeeks} weeks of payments (${pounds(buffer)}) is kept as a buffer.`,
      },
    ]
    if (surplus === 0)
      return { action: "none" as const, amountPence: 0, responseWindowDays: 0, reasons }
    if (input.suspendedDaysInPeriod >= s.suspensionExplainsSurplusDays) {
      reasons.push({
        criterion: "nhs/phb/suspension",
        met: true,
        text: `Payments were paused for ${input.suspendedDaysInPeriod} days, which explains the unused funds: nothing is offset.`,
      })
      return {
        action: "explained-by-suspension" as const,
        amountPence: surplus,
        responseWindowDays: 0,
        reasons,
      }
    }
    const onePeriod = onePaymentPeriodPence(input.weeklyAllocationPence, s.paymentPeriodWeeks)
    const offset = offsetWithinOnePeriod(surplus, onePeriod)
    reasons.push({
      criterion: "nhs/dp-regs-2013/reg-13/offset",
      met: true,
      text: `${pounds(offset)} of unused funds may be offset against the next payment (at most one period's amount, ${pounds(onePeriod)}), after ${s.offsetNoticeDays} days' written notice with reasons; the person may ask for the decision to be reconsidered.`,
    })
    const late = lateMonitoring(s.lateMonitoringMonths, input)
    if (late !== undefined)
      reasons.push({
        criterion: "nhs/phb/late-monitoring",
        met: false,
        text: `The funds in question have been held since ${input.periodFrom}, and monitoring within ${late.months} months would have looked at them by ${late.lastDayOnTime}; this check is on ${input.checkedOn}. Questioning them this late is the health body's delay, not the person's: a manager must review the offset and confirm it, with reasons, before any payment is reduced.`,
      })
    return {
      action: "propose-offset" as const,
      amountPence: offset,
      responseWindowDays: s.offsetNoticeDays,
      offsetCapPence: onePeriod,
      ...(late === undefined ? {} : { flags: ["late-monitoring" as const] }),
      reasons,
    }
  }
