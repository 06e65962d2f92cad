import { IsoInstant } from "./Time.ts"
import { Schema } from "effect"
import { ageOn, isCalendarDate } from "./CalendarDay.ts"
import { CouncilId, PersonId } from "./Ids.ts"
import { NhsNumber } from "./NhsNumber.ts"

export const PersonName = Schema.String.check(
  Schema.isTrimmed({ message: "must not start or end with spaces" }),
  Schema.isBetweenLength(1, 200, { message: "must be between 1 and 200 characters" }),
)

export const CalendarDate = Schema.String.check(
  // The pattern first: it is what generators build dates from; then the calendar says whether
  // the day exists (30 February fits the pattern).
  Schema.isPattern(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    message: "must be a calendar date as YYYY-MM-DD",
  }),
  Schema.makeFilter(isCalendarDate, {
    message: "must be a calendar date that exists, as YYYY-MM-DD",
  }),
).annotate({ identifier: "Date" })
export type CalendarDate = typeof CalendarDate.Type

/** NHS Data Dictionary ethnic category codes (2001 census groups); Z is "not stated". */
export const EthnicCategory = Schema.Literals([
  "A",
  "B",
  "C",
  "D",
  "E",
  "F",
  "G",
  "H",
  "J",
  "K",
  "L",
  "M",
  "N",
  "P",
  "R",
  "S",
  "Z",
]).annotate({ identifier: "EthnicCategory" })
export type EthnicCategory = typeof EthnicCategory.Type

export const Sex = Schema.Literals(["female", "male", "intersex", "not-stated"]).annotate({
  identifier: "Sex",
})

/** Equality characteristics, held only with the person's consent, for equality monitoring. */
export const EqualityData = Schema.Struct({
  ethnicity: Schema.NullOr(EthnicCategory),
  sex: Schema.NullOr(Sex),
}).annotate({ identifier: "EqualityData" })

export const Contact = Schema.Struct({
  phone: Schema.NullOr(Schema.String),
  email: Schema.NullOr(Schema.String),
  address: Schema.NullOr(Schema.String),
}).annotate({ identifier: "Contact" })

/** A person who uses mental health services and may hold a budget. */
export class Person extends Schema.Class<Person>("@openpb/core/Person")({
  id: PersonId,
  councilId: CouncilId,
  givenName: PersonName,
  familyName: PersonName,
  dateOfBirth: Schema.NullOr(CalendarDate),
  createdAt: IsoInstant,
  nhsNumber: Schema.NullOr(NhsNumber),
  contact: Contact,
  preferredLanguage: Schema.NullOr(Schema.String),
  interpreterNeeded: Schema.Boolean,
  /** Null unless the person consented to give them. */
  equality: Schema.NullOr(EqualityData),
  /** Whether the person agreed to their pseudonymised data being used for research. */
  researchConsent: Schema.Boolean,
}) {}

export const AgeBand = Schema.Literals([
  "18-24",
  "25-34",
  "35-44",
  "45-54",
  "55-64",
  "65-74",
  "75+",
  "under-18",
  "unknown",
]).annotate({ identifier: "AgeBand" })
export type AgeBand = typeof AgeBand.Type

/** The age band on a date, derived from the date of birth (never stored). */
export const ageBandOn = (dateOfBirth: string | null, date: string): AgeBand => {
  if (dateOfBirth === null) return "unknown"
  const age = ageOn(dateOfBirth, date)
  if (age < 18) return "under-18"
  if (age < 25) return "18-24"
  if (age < 35) return "25-34"
  if (age < 45) return "35-44"
  if (age < 55) return "45-54"
  if (age < 65) return "55-64"
  if (age < 75) return "65-74"
  return "75+"
}
