import type { MeasureAnswers, Reason } from "@openpb/plugin-sdk"
import type { OutcomeMeasuresSettings } from "./settings.ts"

export const GAS = "goal-attainment-scaling"

/**
 * The Kiresuk-Sherman goal attainment T-score (Kiresuk and Sherman 1968; Turner-Stokes 2009):
 * T = 50 + 10 Σwx / √((1 − ρ)Σw² + ρ(Σw)²), each goal scored -2 (much less than expected) to +2
 * (much more), weighted (1 when no weight is given), ρ the assumed correlation between goals.
 * 50 means every goal was reached as expected; the standard deviation is 10.
 */
export const tScore = (
  goals: ReadonlyArray<{ readonly attainment: number; readonly weight: number }>,
  rho: number,
): number => {
  const weighted = goals.reduce((sum, g) => sum + g.weight * g.attainment, 0)
  const squares = goals.reduce((sum, g) => sum + g.weight * g.weight, 0)
  const total = goals.reduce((sum, g) => sum + g.weight, 0)
  return 50 + (10 * weighted) / Math.sqrt((1 - rho) * squares + rho * total * total)
}

/** To two decimal places, as recorded and reported. */
const round2 = (n: number): number => Math.round(n * 100) / 100

export const scoreGoalAttainment =
  (settings: OutcomeMeasuresSettings) => (answers: MeasureAnswers) => {
    const problems = answers.items.flatMap((goal, i) =>
      Number.isInteger(goal.value) && goal.value >= -2 && goal.value <= 2
        ? []
        : [`goal ${i + 1} (${goal.item}) is scored ${goal.value}: attainment runs from -2 to +2`],
    )
    const goals = answers.items.map((g) => ({ attainment: g.value, weight: g.weight ?? 1 }))
    const t = problems.length === 0 ? round2(tScore(goals, settings.goalIntercorrelation)) : 50
    const reason: Reason = {
      criterion: "outcome-measure/goal-attainment-scaling",
      met: problems.length === 0 ? t >= 50 : null,
      text:
        problems.length === 0
          ? `Goal attainment T-score ${t.toFixed(2)} over ${goals.length} ${goals.length === 1 ? "goal" : "goals"} (50 means every goal was reached as expected; above 50, better than expected). Weights ${goals.map((g) => g.weight).join(", ")}; correlation between goals taken as ${settings.goalIntercorrelation}.`
          : `The goal attainment scores do not fit the scale: ${problems.join("; ")}.`,
    }
    return {
      instrument: GAS,
      figures: problems.length === 0 ? [{ name: "t-score", value: t }] : [],
      wantsHelpWith: [],
      problems,
      reasons: [reason] as [Reason],
    }
  }
