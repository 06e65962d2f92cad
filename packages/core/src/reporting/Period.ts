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

/**
 * The day a report or return is produced as at: it reads what had been recorded by the end of
 * that London day and nothing later, so a file sent on a day can be produced again exactly,
 * whatever has been recorded since (late reviews, backdated changes, corrections). Absent, it
 * reads what is recorded now. Every report's parameters take it.
 */
export const AsAt = Schema.optionalKey(CalendarDate).annotate({
  description:
    "Produce the report from what had been recorded by the end of this London day (YYYY-MM-DD); absent: from what is recorded now.",
})
