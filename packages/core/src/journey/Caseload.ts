import { Schema } from "effect"
import { CalendarDate } from "../model/Person.ts"
import { JourneyStage } from "./JourneyStage.ts"

/**
 * One journey on a practitioner's or adviser's caseload, as a caseload screen shows it: who,
 * where the journey stands and when the next review is due. The whole journey is one more call
 * (`journey.get`) away, so a long caseload never carries every document.
 */
export const CaseloadEntry = Schema.Struct({
  /** The entry's place in the caseload's order (its next review, then its journey). */
  id: Schema.NonEmptyString,
  journeyId: Schema.String,
  personId: Schema.String,
  givenName: Schema.String,
  familyName: Schema.String,
  stage: JourneyStage,
  budgetId: Schema.NullOr(Schema.String),
  nextReviewDue: Schema.NullOr(CalendarDate),
  overdue: Schema.Boolean,
  /** The last day of a contingency uplift that runs today or later. */
  contingencyUntil: Schema.NullOr(CalendarDate),
}).annotate({ identifier: "CaseloadEntry" })
export type CaseloadEntry = typeof CaseloadEntry.Type
