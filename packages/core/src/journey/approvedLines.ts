import type { Journey } from "./Journey.ts"
import type { PlanLine } from "./SupportPlan.ts"

/**
 * The lines of the approved plan that are in force: the approved version's lines less any the
 * approver refused (a refused line is not part of the budget). None before an approval.
 */
export const approvedLinesOf = (
  journey: Pick<Journey, "approved" | "plans">,
): ReadonlyArray<PlanLine> => {
  const approved = journey.approved
  if (approved === null) return []
  const refused = new Set((approved.refusedLines ?? []).map((r) => r.lineId))
  const plan = journey.plans.find((p) => p.version === approved.planVersion)
  return (plan?.content.lines ?? []).filter((line) => !refused.has(line.id))
}
