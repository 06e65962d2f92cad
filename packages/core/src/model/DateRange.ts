import { Schema } from "effect"

/** A period's end is never before its start (both London calendar dates, both included). */
export const endsOnOrAfterStart = Schema.makeFilter(
  (period: { readonly from: string; readonly to: string }) =>
    period.from <= period.to ? undefined : { path: ["to"], issue: "must not be before from" },
)
