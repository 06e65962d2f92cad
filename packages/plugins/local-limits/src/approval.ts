import {
  type ApprovalInput,
  type ApprovalLevel,
  MAX_PENCE,
  pounds,
  type Reason,
} from "@openpb/plugin-sdk"
import type { LocalLimitsSettings } from "./settings.ts"

export const limitFor = (s: LocalLimitsSettings) => (level: ApprovalLevel) =>
  ({
    practitioner: s.practitionerLimitPence,
    "team-manager": s.teamManagerLimitPence,
    panel: MAX_PENCE,
  })[level]

/**
 * Who signs a plan off: the council's scheme of delegation. A plan within the tolerance of
 * its indicative amount goes to the lowest level whose limit covers it; beyond the tolerance,
 * or with lines that need approval above a practitioner, it goes higher.
 */
export const requirement = (s: LocalLimitsSettings) => (input: ApprovalInput) => {
  const tolerance = Math.min(
    MAX_PENCE,
    Math.round((input.indicativeAnnualPence * (100 + s.tolerancePercent)) / 100),
  )
  const overTolerance = input.annualPlanCostPence > tolerance
  const linesNeedApproval = input.lineChecks.some((c) => c.verdict === "needs-approval")
  const level: ApprovalLevel =
    overTolerance || input.annualPlanCostPence > s.teamManagerLimitPence
      ? "panel"
      : linesNeedApproval || input.annualPlanCostPence > s.practitionerLimitPence
        ? "team-manager"
        : "practitioner"
  const reasons: [Reason, ...Array<Reason>] = [
    {
      criterion: "approval/tolerance",
      met: !overTolerance,
      text: `The plan costs ${pounds(input.annualPlanCostPence)} a year against an indicative ${pounds(input.indicativeAnnualPence)}; up to ${s.tolerancePercent}% more (${pounds(tolerance)}) is within tolerance.`,
    },
    {
      criterion: `approval/level/${level}`,
      met: null,
      text:
        level === "panel"
          ? "A panel signs this plan off."
          : level === "team-manager"
            ? `A team manager (up to ${pounds(s.teamManagerLimitPence)} a year) signs this plan off.`
            : `A practitioner (up to ${pounds(s.practitionerLimitPence)} a year) signs this plan off.`,
    },
  ]
  if (linesNeedApproval)
    reasons.push({
      criterion: "approval/lines",
      met: null,
      text: "Some lines of the plan need a manager's approval.",
    })
  return {
    level,
    minimumApproverLimitPence: Math.min(MAX_PENCE, input.annualPlanCostPence),
    reasons,
  }
}
