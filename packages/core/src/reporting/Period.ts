import { Schema } from "effect"
import { endsOnOrAfterStart } from "../model/DateRange.ts"
import { CalendarDate } from "../model/Person.ts"

/**
 * A reporting period: both dates included, London calendar dates. Reports and extracts share
 * it, so "invalid period" is one rule with one message everywhere.
 */
export const Period = Schema.Struct({ from: CalendarDate, to: CalendarDate }).check(
  endsOnOrAfterStart,
)
export type Period = typeof Period.Type
