import { Schema } from "effect"
import { CalendarDate } from "../model/Person.ts"

/**
 * A reporting period: both dates included, London calendar dates. Reports and extracts share
 * it, so "invalid period" is one rule with one message everywhere.
 */
export const Period = Schema.Struct({ from: CalendarDate, to: CalendarDate }).check(
  Schema.makeFilter((period) =>
    period.from <= period.to ? undefined : { path: ["to"], issue: "must not be before from" },
  ),
)
export type Period = typeof Period.Type
