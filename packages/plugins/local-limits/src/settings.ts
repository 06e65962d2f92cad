import { between, withDefault } from "@openpb/plugin-sdk"
import { Schema } from "effect"

const Pence = between(0, 2_147_483_647, "An amount in pence")

/** Why a plan may lawfully be refused (Care Act 2014 ss24-25; statutory guidance ch. 10-11). */
export const defaultRefusalGrounds: readonly [
  { readonly id: string; readonly text: string },
  ...Array<{ readonly id: string; readonly text: string }>,
] = [
  {
    id: "needs-not-met",
    text: "The plan does not meet the eligible needs or the outcomes the person wants to achieve (Care Act 2014 ss24-25; statutory guidance ch. 10).",
  },
  {
    id: "not-sufficient",
    text: "The budget the plan asks for would not be enough to meet the needs it is for, so it needs changing before it can be agreed (guidance 11.24).",
  },
  {
    id: "equally-effective-for-less",
    text: "Another way of meeting the same needs is as good for the person and costs less, so the council may use it (statutory guidance ch. 10-11: cost may decide between options that meet the needs equally well).",
  },
  {
    id: "spending-not-allowed",
    text: "A line buys something the council's spending rules do not allow for these needs.",
  },
  {
    id: "risk-not-managed",
    text: "A significant risk in the plan has no agreed way of managing it (statutory guidance ch. 10, supported risk-taking).",
  },
  {
    id: "information-missing",
    text: "Something the approver needs to decide is missing from the plan; what it is, is said below.",
  },
]

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
  /**
   * The grounds on which a plan may be refused, each in words the person can read; a refusal must
   * name one and add the approver's own words. The defaults follow the Care Act's duties.
   */
  refusalGrounds: withDefault(
    Schema.NonEmptyArray(
      Schema.Struct({
        id: Schema.String.check(Schema.isPattern(/^[a-z0-9-]+$/)),
        text: Schema.NonEmptyString,
      }),
    ),
    defaultRefusalGrounds,
  ),
}).check(
  Schema.makeFilter((s) => s.practitionerLimitPence <= s.teamManagerLimitPence, {
    message: "a practitioner's limit must not be above a team manager's",
  }),
)
export type LocalLimitsSettings = typeof LocalLimitsSettings.Type
