import { IsoInstant } from "./Time.ts"
import { Schema } from "effect"
import { ageOn, CalendarDate } from "./CalendarDay.ts"
import { CouncilId, PersonId } from "./Ids.ts"
import { NhsNumber } from "./NhsNumber.ts"
import { Label, Prose, textOf } from "./Text.ts"

/** A name as the person gives it: one line of 1-200 characters, no spaces at either end. */
export const PersonName = Label.check(
  Schema.isTrimmed({ message: "must not start or end with spaces" }),
)

/** Dates are the calendar module's; re-exported here, where most schemas first found them. */
export { CalendarDate } from "./CalendarDay.ts"

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

/** A postal address: a few lines, so line breaks are allowed; 1,000 characters at most. */
export const PostalAddress = textOf({ maxLength: 1_000, lineBreaks: true })

export const Contact = Schema.Struct({
  phone: Schema.NullOr(Label),
  email: Schema.NullOr(Label),
  address: Schema.NullOr(PostalAddress),
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
  preferredLanguage: Schema.NullOr(Label),
  interpreterNeeded: Schema.Boolean,
  /** Null unless the person consented to give them. */
  equality: Schema.NullOr(EqualityData),
  /** Whether the person agreed to their pseudonymised data being used for research. */
  researchConsent: Schema.Boolean,
  /** A statement of their own, in their words, that goes with their record (null: none). */
  ownStatement: Schema.optionalKey(Schema.NullOr(Prose)),
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
