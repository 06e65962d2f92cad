/** The parts of a journey (decoded, or as stored) that say which plan lines are in force. */
interface ApprovedPlans<Line extends { readonly id: string }> {
  readonly approved: {
    readonly planVersion: number
    readonly refusedLines?: ReadonlyArray<{ readonly lineId: string }> | undefined
  } | null
  readonly plans: ReadonlyArray<{
    readonly version: number
    readonly content: { readonly lines: ReadonlyArray<Line> }
  }>
}

/**
 * The lines of the approved plan that are in force: the approved version's lines less any the
 * approver refused (a refused line is not part of the budget). None before an approval. Reports,
 * returns and statements all read the lines in force through this one rule.
 */
export const approvedLinesOf = <Line extends { readonly id: string }>(
  journey: ApprovedPlans<Line>,
): ReadonlyArray<Line> => {
  const approved = journey.approved
  if (approved === null) return []
  const refused = new Set((approved.refusedLines ?? []).map((r) => r.lineId))
  const plan = journey.plans.find((p) => p.version === approved.planVersion)
  return (plan?.content.lines ?? []).filter((line) => !refused.has(line.id))
}
