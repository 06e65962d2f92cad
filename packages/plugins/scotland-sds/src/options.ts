import {
  type FinancialAssessment,
  lastDayWithinMonths,
  lateMonitoring,
  lastDayWithinWeeks,
  type PlanLine,
  pounds,
  type Reason,
  type ReviewScheduleInput,
  type SurplusInput,
} from "@openpb/plugin-sdk"
import type { ScotlandSdsSettings } from "./settings.ts"

/** The four options of s4 of the Social Care (Self-directed Support) (Scotland) Act 2013. */
export const optionOf = (line: PlanLine) =>
  ({
    "direct-payment": "Option 1 (a direct payment)",
    "third-party": "Option 2 (the person directs, an organisation arranges)",
    notional: "Option 3 (the council arranges)",
  })[line.deliveryMechanism]

/**
 * What each option may buy. A direct payment cannot buy the council's own services, and
 * employing a relative or a long residential stay needs the council's agreement (SDS (Direct
 * Payments) (Scotland) Regulations 2014). Options 2 and 3 are arranged to the plan.
 */
export const checkLine = (s: ScotlandSdsSettings) => (line: PlanLine) => {
  if (line.fundingStream !== "council-social-care") return undefined
  const option = optionOf(line)
  const provider = (line.provider ?? "").toLowerCase()
  const words = `${line.description} ${provider}`.toLowerCase()
  if (line.deliveryMechanism === "direct-payment") {
    const council = s.councilProviderNames.find((name) => provider.includes(name.toLowerCase()))
    if (council !== undefined)
      return {
        lineId: line.id,
        verdict: "not-allowed" as const,
        reason: {
          criterion: "scotland/sds-dp-regs-2014/council-services",
          met: false,
          text: `${option} cannot buy the council's own services (${council}): choose Option 3 for them.`,
        },
      }
    if (/\b(relative|family member|residential)\b/.test(words))
      return {
        lineId: line.id,
        verdict: "needs-approval" as const,
        reason: {
          criterion: "scotland/sds-dp-regs-2014/agreement-needed",
          met: null,
          text: `${option} may pay a relative, or for a residential stay, only where the council agrees it is appropriate.`,
        },
      }
  }
  return {
    lineId: line.id,
    verdict: "allowed" as const,
    reason: {
      criterion: "scotland/sds-2013/s4-options",
      met: true,
      text: `This meets an outcome in the plan through ${option}.`,
    },
  }
}

/** Reviews: a first review after the plan starts, then at least yearly (SDS statutory guidance). */
export const nextReviews = (s: ScotlandSdsSettings) => (input: ReviewScheduleInput) => {
  const last = (clock: string) =>
    input.lastReviewDates
      .filter((d) => d.clock === clock)
      .map((d) => d.date)
      .sort()
      .at(-1)
  const planLast = last("plan")
  const dues: Array<{ clock: "plan" | "direct-payment"; dueDate: string; reasons: [Reason] }> = [
    {
      clock: "plan",
      dueDate: planLast
        ? lastDayWithinMonths(planLast, s.reviewMonths)
        : lastDayWithinWeeks(input.planStartDate, s.firstReviewWeeks),
      reasons: [
        {
          criterion: "scotland/sds/review",
          met: null,
          text: planLast
            ? `Support is reviewed with the person at least every ${s.reviewMonths} months.`
            : `Support is first reviewed with the person within ${s.firstReviewWeeks} weeks of starting.`,
        },
      ],
    },
  ]
  if (input.firstDirectPaymentDate !== null) {
    const dpLast = last("direct-payment")
    dues.push({
      clock: "direct-payment",
      dueDate: lastDayWithinMonths(dpLast ?? input.firstDirectPaymentDate, s.reviewMonths),
      reasons: [
        {
          criterion: "scotland/sds/option-1-review",
          met: null,
          text: `An Option 1 direct payment is reviewed at least every ${s.reviewMonths} months.`,
        },
      ],
    })
  }
  return dues
}

/**
 * An underspend (2022 SDS guidance): reconciled only after its reasons are established with
 * the person, their carer and their worker; never recovered merely because it is a surplus.
 */
export const assessSurplus = (s: ScotlandSdsSettings) => (input: SurplusInput) => {
  if (input.stream !== "council-social-care") return undefined
  const buffer = input.weeklyAllocationPence * s.surplusBufferWeeks
  const surplus = Math.max(0, input.balancePence - buffer)
  const reasons: [Reason, ...Array<Reason>] = [
    {
      criterion: "scotland/sds/underspend",
      met: surplus > 0,
      text: `The account holds ${pounds(Math.max(0, input.balancePence))}; ${s.surplusBufferWeeks} weeks of payments (${pounds(buffer)}) is kept as a buffer.`,
    },
  ]
  if (surplus === 0)
    return { action: "none" as const, amountPence: 0, responseWindowDays: 0, reasons }
  if (input.suspendedDaysInPeriod > 0 || input.personContributionHeldPence >= surplus) {
    reasons.push({
      criterion: "scotland/sds/underspend-explained",
      met: true,
      text: "The underspend is explained (a pause in support, or the person's own contribution): nothing is reconciled.",
    })
    return {
      action: "explained-by-suspension" as const,
      amountPence: surplus,
      responseWindowDays: 0,
      reasons,
    }
  }
  reasons.push({
    criterion: "scotland/sds/underspend-conversation",
    met: true,
    text: `${pounds(surplus)} may be reconciled only after its reasons are talked through with the person, their carer and their worker, over ${s.underspendConversationDays} days.`,
  })
  const late = lateMonitoring(s.lateMonitoringMonths, input)
  if (late !== undefined)
    reasons.push({
      criterion: "scotland/sds/late-monitoring",
      met: false,
      text: `The money in question has been held since ${input.periodFrom}; the council's review within ${late.months} months would have looked at it by ${late.lastDayOnTime}, and this check is on ${input.checkedOn}. Questioning it this late is the council's delay, not the person's: a manager must review the proposal and confirm it, with reasons, before anything is reconciled.`,
    })
  return {
    action: "propose-recovery" as const,
    amountPence: surplus,
    responseWindowDays: s.underspendConversationDays,
    ...(late === undefined ? {} : { flags: ["late-monitoring" as const] }),
    reasons,
  }
}

/**
 * Charging (COSLA national strategy and guidance on charges for support at home): income
 * above the council's threshold is charged at its taper. Personal and nursing care is free
 * for adults (Community Care and Health (Scotland) Act 2002, extended to all ages in 2019),
 * so the charge applies only to other support, which the plan separates.
 */
export const contribution = (s: ScotlandSdsSettings) => (f: FinancialAssessment) => {
  const net =
    f.weeklyIncomePence - f.weeklyDisabilityRelatedExpenditurePence - f.weeklyHousingCostsPence
  const above = Math.max(0, net - s.chargingThresholdPence)
  const weekly = Math.floor((above * s.taperPercent) / 100)
  return {
    weeklyContributionPence: weekly,
    reasons: [
      {
        criterion: "scotland/charging/threshold-and-taper",
        met: null,
        text: `Income after housing and disability-related costs is ${pounds(Math.max(0, net))} a week; ${s.taperPercent}% of what is above the council's threshold of ${pounds(s.chargingThresholdPence)} is ${pounds(weekly)} a week.`,
      },
      {
        criterion: "scotland/charging/free-personal-care",
        met: null,
        text: "Personal and nursing care is free in Scotland: the charge applies only to other support.",
      },
    ] as [Reason, Reason],
  }
}
