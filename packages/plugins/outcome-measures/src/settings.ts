import { withDefault } from "@openpb/plugin-sdk"
import { Schema } from "effect"

export const OutcomeMeasuresSettings = Schema.Struct({
  /**
   * The assumed correlation between a person's goals in the T-score: 0.3 in Kiresuk and Sherman
   * (1968) and in most published use since. A council may study its own and set it.
   */
  goalIntercorrelation: withDefault(
    Schema.Finite.check(
      Schema.isBetween(
        { minimum: 0, maximum: 0.99 },
        { message: "The goal intercorrelation must be from 0 to 0.99" },
      ),
    ),
    0.3,
  ),
})
export type OutcomeMeasuresSettings = typeof OutcomeMeasuresSettings.Type
