import { Clock, DateTime, Effect } from "effect"

const london = DateTime.zoneMakeNamedUnsafe("Europe/London")

/** Today's date in Europe/London (due dates and deadlines are London dates). */
export const todayInLondon = Effect.map(Clock.currentTimeMillis, (ms) =>
  DateTime.formatIsoDate(DateTime.setZone(DateTime.makeUnsafe(ms), london)),
)

/** A calendar date moved by a number of days (dates are plain YYYY-MM-DD, no time zone). */
export const addDays = (date: string, days: number): string => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

export const addMonths = (date: string, months: number): string => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number]
  const target = new Date(Date.UTC(y, m - 1 + months, 1))
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate()
  target.setUTCDate(Math.min(d, lastDay))
  return target.toISOString().slice(0, 10)
}

/** Whole years between a date of birth and a date. */
export const ageOn = (dateOfBirth: string, date: string): number => {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number]
  const [y, m, d] = date.split("-").map(Number) as [number, number, number]
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0)
}
