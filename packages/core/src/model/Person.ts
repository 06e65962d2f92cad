import { Schema } from "effect"
import { CouncilId, PersonId } from "./Ids.ts"

export const PersonName = Schema.String.check(
  Schema.isTrimmed({ message: "must not start or end with spaces" }),
  Schema.isBetweenLength(1, 200, { message: "must be between 1 and 200 characters" }),
)

export const CalendarDate = Schema.String.check(
  Schema.isPattern(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    message: "must be a calendar date as YYYY-MM-DD",
  }),
)
export type CalendarDate = typeof CalendarDate.Type

/** A person who uses mental health services and may hold a budget. */
export class Person extends Schema.Class<Person>("@openpb/core/Person")({
  id: PersonId,
  councilId: CouncilId,
  givenName: PersonName,
  familyName: PersonName,
  dateOfBirth: Schema.NullOr(CalendarDate),
  createdAt: Schema.String,
}) {}
