import { type ContingencyRequest, pounds, type Reason } from "@openpb/plugin-sdk"
import type { LocalLimitsSettings } from "./settings.ts"

/**
 * A crisis uplift drawn without a new assessment (SCIE Report 40: contingency recorded in
 * the plan and drawn "without a reassessment"): within what the plan agreed, within the
 * council's share of the budget and its days a year, and ending by itself.
 */
export const decide = (s: LocalLimitsSettings) => (r: ContingencyRequest) => {
  const cap = Math.max(
    0,
    Math.min(
      r.planUpliftCapPence,
      Math.floor((r.annualBudgetPence * s.contingencyMaxSharePercent) / 100),
    ),
  )
  const daysLeft = Math.max(0, s.contingencyMaxDaysPer12Months - r.daysUsedInLast12Months)
  const days = Math.max(0, Math.min(r.requestedDays, r.planMaxDurationDays, daysLeft))
  const withinCap = r.requestedUpliftPence <= cap
  const allowed = withinCap && days >= 1
  const reasons: [Reason, Reason] = [
    {
      criterion: "contingency/cap",
      met: withinCap,
      text: `Up to ${pounds(cap)} was agreed in advance (the plan's cap, at most ${s.contingencyMaxSharePercent}% of the budget); ${pounds(r.requestedUpliftPence)} was asked for.`,
    },
    {
      criterion: "contingency/duration",
      met: days >= 1,
      text:
        days >= 1
          ? `The uplift lasts ${days} days and then ends by itself (the plan allows up to ${Math.max(0, r.planMaxDurationDays)}, and ${daysLeft} days are left in 12 months).`
          : `No days are left for an uplift: the plan allows ${Math.max(0, r.planMaxDurationDays)} days and ${daysLeft} remain in 12 months.`,
    },
  ]
  return {
    allowed,
    upliftPence: allowed ? r.requestedUpliftPence : 0,
    days: allowed ? days : 0,
    reasons,
  }
}
