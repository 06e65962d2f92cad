import {
  lateMonitoring,
  type PlanLine,
  type PortRules,
  pounds,
  type Reason,
  type SurplusInput,
} from "@openpb/plugin-sdk"
import type { EnglandCareActSettings } from "./settings.ts"

const annualCost = (line: PlanLine) => {
  const times = { weekly: 52, "four-weekly": 13, monthly: 12, "one-off": 1 }[line.frequency]
  return line.unitCostPence * line.unitsPerPeriod * times
}

/**
 * What council money may buy (Care Act s26 and the plan's outcomes; the exclusions are the
 * council's published list). NHS money follows the NHS plugin's rules, so this answers only
 * for lines the council funds.
 */
export const checkLine = (s: EnglandCareActSettings) => (line: PlanLine) => {
  if (line.fundingStream !== "council-social-care") return undefined
  const words = line.description.toLowerCase()
  const excluded = s.excludedPurchases.find((w) => words.includes(w.toLowerCase()))
  if (excluded !== undefined)
    return {
      lineId: line.id,
      verdict: "not-allowed" as const,
      reason: {
        criterion: "care-act/spending/excluded",
        met: false,
        text: `Council money cannot pay for ${excluded.toLowerCase()}: it is on the council's list of things a budget may not buy.`,
      },
    }
  if (line.category === "therapy-outside-nhs" || annualCost(line) > s.lineApprovalThresholdPence)
    return {
      lineId: line.id,
      verdict: "needs-approval" as const,
      reason: {
        criterion: "care-act/spending/needs-approval",
        met: null,
        text: `Therapy outside the NHS, or a line costing more than ${pounds(s.lineApprovalThresholdPence)} a year, needs a manager's approval.`,
      },
    }
  return {
    lineId: line.id,
    verdict: "allowed" as const,
    reason: {
      criterion: "care-act/spending/meets-outcomes",
      met: true,
      text: "This meets an outcome in the plan and is allowed.",
    },
  }
}

/**
 * Direct-payment monitoring for council money (Care Act s33 and DP Regs 2014): a buffer is
 * kept; the person's own contribution is refunded, never recovered; a surplus built up while
 * the budget was suspended is explained, not recovered; anything else is proposed for recovery
 * only after written notice (ombudsman cases: no recovery without warning), and a proposal about
 * money held past the monitoring limit is flagged for a manager (the delay is the council's).
 */
export const assessSurplus =
  (s: EnglandCareActSettings) =>
  (input: SurplusInput): ReturnType<PortRules["directPaymentMonitoring"]["assessSurplus"]> => {
    if (input.stream !== "council-social-care") return undefined
    const buffer = input.weeklyAllocationPence * s.surplusBufferWeeks
    const surplus = Math.max(0, input.balancePence - buffer)
    const reasons: [Reason, ...Array<Reason>] = [
      {
        criterion: "care-act/dp-monitoring/buffer",
        met: surplus > 0,
        text: `The account holds ${pounds(Math.max(0, input.balancePence))}; up to ${s.surplusBufferWeeks} weeks of allocation (${pounds(buffer)}) is kept as a buffer.`,
      },
    ]
    if (surplus === 0)
      return { action: "none" as const, amountPence: 0, responseWindowDays: 0, reasons }
    if (input.suspendedDaysInPeriod >= s.suspensionExplainsSurplusDays) {
      reasons.push({
        criterion: "care-act/dp-monitoring/suspension",
        met: true,
        text: `The budget was paused for ${input.suspendedDaysInPeriod} days (for example a hospital stay), which explains the surplus: it is not recovered.`,
      })
      return {
        action: "explained-by-suspension" as const,
        amountPence: surplus,
        responseWindowDays: 0,
        reasons,
      }
    }
    const own = Math.min(surplus, input.personContributionHeldPence)
    if (own === surplus) {
      reasons.push({
        criterion: "care-act/dp-monitoring/own-contribution",
        met: true,
        text: "The surplus is the person's own contribution: it is refunded to them.",
      })
      return {
        action: "refund-contribution" as const,
        amountPence: own,
        responseWindowDays: 0,
        refundPence: own,
        reasons,
      }
    }
    const recoverable = surplus - own
    reasons.push({
      criterion: "care-act/s33/recovery-after-notice",
      met: true,
      text: `${pounds(recoverable)} above the buffer${own > 0 ? ` (after refunding ${pounds(own)} of the person's own contribution)` : ""} is proposed for recovery; the holder has ${s.recoveryNoticeDays} days' written notice to explain it first, and honest mistakes are not penalised.`,
    })
    const late = lateMonitoring(s.lateMonitoringMonths, input)
    if (late !== undefined)
      reasons.push({
        criterion: "care-act/dp-monitoring/late",
        met: false,
        text: `The money in question has been held since ${input.periodFrom}, and monitoring within ${late.months} months would have looked at it by ${late.lastDayOnTime}; this check is on ${input.checkedOn}. Questioning spending this late is the council's delay, not the person's: a manager must review the proposal and confirm it, with reasons, before anything is recovered.`,
      })
    return {
      action: "propose-recovery" as const,
      amountPence: recoverable,
      responseWindowDays: s.recoveryNoticeDays,
      ...(own > 0 ? { refundPence: own } : {}),
      ...(late === undefined ? {} : { flags: ["late-monitoring" as const] }),
      reasons,
    }
  }
