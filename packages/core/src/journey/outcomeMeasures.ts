import { Effect } from "effect"
import { invalidAt } from "../model/Input.ts"
import {
  GOAL_ATTAINMENT_SCALING,
  type MeasureAnswers,
  type MeasureItem,
  OutcomeMeasurePolicy,
  type MeasureScore,
} from "../policies/OutcomeMeasurePolicy.ts"
import type { OutcomeProgress } from "./Journey.ts"

type Progress = typeof OutcomeProgress.Type
import type { PlanOutcome } from "./SupportPlan.ts"

/**
 * Goal attainment as a measure: one goal per outcome with progress recorded, weighted as the
 * plan weighs the outcome (1 when it does not).
 */
export const goalAttainmentAnswers = (
  progress: ReadonlyArray<Progress>,
  outcomes: ReadonlyArray<PlanOutcome>,
): MeasureAnswers | undefined => {
  const [first, ...rest] = progress.map(
    (p): MeasureItem => ({
      item: p.outcomeId,
      value: p.attainment,
      weight: outcomes.find((o) => o.id === p.outcomeId)?.weight ?? 1,
    }),
  )
  return first === undefined
    ? undefined
    : { instrument: GOAL_ATTAINMENT_SCALING, items: [first, ...rest] }
}

/**
 * Scores the measures recorded with a review through the installed measures, and goal
 * attainment from the progress when a goal attainment measure is installed. An instrument no
 * plugin knows, or answers that do not fit it, is a typed error naming the measure.
 */
export const scoreReviewMeasures = Effect.fn("scoreReviewMeasures")(function* (
  measures: ReadonlyArray<MeasureAnswers>,
  progress: ReadonlyArray<Progress>,
  outcomes: ReadonlyArray<PlanOutcome>,
) {
  const policy = yield* OutcomeMeasurePolicy
  const scores: Array<MeasureScore> = []
  for (const [i, answers] of measures.entries()) {
    if (answers.instrument === GOAL_ATTAINMENT_SCALING)
      return yield* invalidAt(
        ["measures", i, "instrument"],
        "goal attainment is scored from the progress recorded for each outcome",
      )
    const scored = yield* policy.score(answers)
    if (scored === undefined)
      return yield* invalidAt(
        ["measures", i, "instrument"],
        `no installed outcome measure is called ${answers.instrument} (installed: ${policy.instruments.join(", ") || "none"})`,
      )
    if (scored.problems.length > 0)
      return yield* invalidAt(["measures", i], scored.problems.join("; "))
    scores.push(scored)
  }
  const goals = goalAttainmentAnswers(progress, outcomes)
  if (goals !== undefined && policy.instruments.includes(GOAL_ATTAINMENT_SCALING)) {
    const scored = yield* policy.score(goals)
    if (scored !== undefined && scored.problems.length > 0)
      return yield* invalidAt(["progress"], scored.problems.join("; "))
    if (scored !== undefined) scores.unshift(scored)
  }
  return scores
})
