import { between, withDefault } from "@openpb/plugin-sdk"
import { Schema } from "effect"

const Pence = between(0, 2_147_483_647, "An amount in pence")

export const LocalLimitsSettings = Schema.Struct({
  /** Up to this cost a year a practitioner signs a plan off (0: practitioners never do). */
  practitionerLimitPence: withDefault(Pence, 0),
  /** Up to this cost a year a team manager signs a plan off; above it, a panel. */
  teamManagerLimitPence: withDefault(Pence, 2_500_000),
  /** A plan costing more than the indicative amount by more than this goes to a panel. */
  tolerancePercent: withDefault(between(0, 100, "The tolerance"), 10),
  /** A contingency uplift never exceeds this share of the yearly budget (SCIE Report 40: set locally). */
  contingencyMaxSharePercent: withDefault(between(1, 100, "The contingency share"), 25),
  /** Days of contingency a person may draw in any 12 months without a new assessment. */
  contingencyMaxDaysPer12Months: withDefault(between(1, 366, "Contingency days a year"), 366),
}).check(
  Schema.makeFilter((s) => s.practitionerLimitPence <= s.teamManagerLimitPence, {
    message: "a practitioner's limit must not be above a team manager's",
  }),
)
export type LocalLimitsSettings = typeof LocalLimitsSettings.Type
