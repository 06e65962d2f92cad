import { AdultOutcome, between, withDefault } from "@openpb/plugin-sdk"
import { Schema } from "effect"

const Points = Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 1_000 }))
const PencePositive = Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 2_147_483_647 }))

/** One answer of a self-assessment question, and the points it scores. */
export const Answer = Schema.Struct({
  value: Schema.NonEmptyString,
  label: Schema.NonEmptyString,
  points: Points,
})

/** A question of the council's supported self-assessment questionnaire. */
export const Question = Schema.Struct({
  id: Schema.NonEmptyString,
  label: Schema.NonEmptyString,
  answers: Schema.NonEmptyArray(Answer),
})
export type Question = typeof Question.Type

/**
 * The council's table. Points convert to money at a price per point (calibrated by the
 * council on a test group), kept between a floor and a cap and rounded.
 */
export const PointsRasSettings = Schema.Struct({
  /** A name for the table, shown in reasons (e.g. "Adult mental health RAS 2026"). */
  tableName: withDefault(Schema.NonEmptyString, "Reference points table"),
  questions: withDefault(Schema.Array(Question), []),
  /** Points for each specified outcome the assessment found the person unable to achieve. */
  pointsPerUnableOutcome: withDefault(Points, 10),
  /** Extra points for each further sense of "unable" found for the same outcome. */
  pointsPerFurtherSense: withDefault(Points, 3),
  pricePerPointPence: withDefault(PencePositive, 15_000),
  floorPence: withDefault(between(0, 2_147_483_647, "The floor"), 100_000),
  capPence: withDefault(PencePositive, 3_000_000),
  /** Round the amount to this many pence (100 rounds to the pound). */
  roundToPence: withDefault(between(1, 100_000, "The rounding step"), 100),
  rounding: withDefault(Schema.Literals(["nearest", "up"]), "nearest"),
  /** Share of an integrated budget funded by the NHS when health needs give a right to a PHB. */
  healthSharePercent: withDefault(between(0, 100, "The NHS share"), 0),
  /** Outcomes this table does not score (a council's questionnaire may cover them instead). */
  outcomesNotScored: withDefault(Schema.Array(AdultOutcome), []),
}).check(
  Schema.makeFilter((s) => s.floorPence <= s.capPence, {
    message: "the floor must not be above the cap",
  }),
)
export type PointsRasSettings = typeof PointsRasSettings.Type
