import { Schema } from "effect"

/**
 * The council's pseudonymisation key. It has no default: a key everyone knows would let anyone
 * re-identify a pseudonym from a person's id. It is held as a redacted value so it is not
 * printed, and never written into an extract.
 */
export const ResearchExtractSettings = Schema.Struct({
  pseudonymisationKey: Schema.RedactedFromValue(
    Schema.String.check(
      Schema.isMinLength(32, { message: "must be at least 32 characters (a random secret)" }),
    ),
  ),
})
export type ResearchExtractSettings = typeof ResearchExtractSettings.Type
