import { Context, type Effect, Schema } from "effect"
import { PolicyRef, Reason } from "../decisions/Decision.ts"

/** The instrument that scores goal attainment from a review's progress and the plan's weights. */
export const GOAL_ATTAINMENT_SCALING = "goal-attainment-scaling"

/** One answer to an outcome measure's item: its value, and where the measure has them a weight or a "wants help" flag. */
export const MeasureItem = Schema.Struct({
  item: Schema.NonEmptyString,
  value: Schema.Int,
  weight: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 9 }))),
  wantsHelp: Schema.optionalKey(Schema.Boolean),
}).annotate({ identifier: "MeasureItem" })
export type MeasureItem = typeof MeasureItem.Type

/** A completed measure, as recorded at plan start or at a review. */
export const MeasureAnswers = Schema.Struct({
  instrument: Schema.NonEmptyString,
  items: Schema.NonEmptyArray(MeasureItem),
}).annotate({ identifier: "MeasureAnswers" })
export type MeasureAnswers = typeof MeasureAnswers.Type

export const MeasureFigure = Schema.Struct({
  name: Schema.NonEmptyString,
  value: Schema.Finite,
}).annotate({ identifier: "MeasureFigure" })

/**
 * What a measure's plugin makes of the answers: named figures (a T-score, subscale means), the
 * items the person wants help with, and, when the answers do not fit the instrument, the
 * problems (then nothing is recorded).
 */
export const MeasureScore = Schema.Struct({
  instrument: Schema.NonEmptyString,
  figures: Schema.Array(MeasureFigure),
  wantsHelpWith: Schema.Array(Schema.NonEmptyString),
  problems: Schema.Array(Schema.NonEmptyString),
  reasons: Schema.NonEmptyArray(Reason),
  policy: PolicyRef,
}).annotate({ identifier: "MeasureScore" })
export type MeasureScore = typeof MeasureScore.Type

/**
 * The outcome measures a deployment has installed. `score` answers `undefined` for an
 * instrument none of them knows.
 */
export class OutcomeMeasurePolicy extends Context.Service<
  OutcomeMeasurePolicy,
  {
    readonly instruments: ReadonlyArray<string>
    score(answers: MeasureAnswers): Effect.Effect<MeasureScore | undefined>
  }
>()("@openpb/core/OutcomeMeasurePolicy") {}
