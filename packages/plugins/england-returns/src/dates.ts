import { Period } from "@openpb/plugin-sdk"
import { Schema } from "effect"

/** Whole years between a date of birth and a date (both YYYY-MM-DD). */
export const ageOn = (dateOfBirth: string, date: string): number => {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number]
  const [y, m, d] = date.split("-").map(Number) as [number, number, number]
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0)
}

const quarterEnds: Record<string, string> = {
  "01-01": "03-31",
  "04-01": "06-30",
  "07-01": "09-30",
  "10-01": "12-31",
}

/** A reporting period that is exactly one quarter (April-June, July-September, ...). */
export const Quarter = Period.check(
  Schema.makeFilter((p) => {
    const end = quarterEnds[p.from.slice(5)]
    return end !== undefined && p.to === `${p.from.slice(0, 4)}-${end}`
      ? undefined
      : {
          path: ["to"],
          issue:
            "must be one whole quarter: 1 April-30 June, 1 July-30 September, 1 October-31 December or 1 January-31 March",
        }
  }),
)

/** The first day of the financial year (1 April) a date falls in. */
export const financialYearStart = (date: string): string => {
  const year = Number(date.slice(0, 4))
  return `${date.slice(5) >= "04-01" ? year : year - 1}-04-01`
}

/** Whether an event running from `start` to `end` (null: still open) touches the period. */
export const overlaps = (
  start: string,
  end: string | null,
  period: { readonly from: string; readonly to: string },
): boolean => start <= period.to && (end === null || end >= period.from)
