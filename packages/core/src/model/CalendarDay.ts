import { Clock, DateTime, Effect } from "effect"

const london = DateTime.zoneMakeNamedUnsafe("Europe/London")

/**
 * Whether a string is a day that exists, as YYYY-MM-DD: 30 February, 31 April and year 0000 do
 * not, though they fit the pattern.
 */
export const isCalendarDate = (value: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (match === null) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (year < 1 || month < 1 || month > 12 || day < 1) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const daysIn = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
  return day <= daysIn
}

/** The London calendar date of an instant (milliseconds or an ISO timestamp). */
export const londonDateOf = (instant: number | string): string =>
  DateTime.formatIsoDate(DateTime.setZone(DateTime.makeUnsafe(instant), london))

/** Today's date in Europe/London (due dates and deadlines are London dates). */
export const todayInLondon = Effect.map(Clock.currentTimeMillis, londonDateOf)

/** A UTC date from parts, without `Date.UTC`'s mapping of years 0-99 onto 1900-1999. */
const utc = (year: number, monthIndex: number, day: number) => {
  const date = new Date(0)
  date.setUTCFullYear(year, monthIndex, day)
  return date
}

/**
 * A calendar date as YYYY-MM-DD. Arithmetic past the four-digit calendar stops at its ends
 * (a review "12 months after" 9999-06-16 is due on 9999-12-31), so a date is always valid.
 */
const toCalendarDate = (date: Date): string => {
  const year = date.getUTCFullYear()
  if (year > 9999) return "9999-12-31"
  if (year < 1) return "0001-01-01"
  const month = String(date.getUTCMonth() + 1).padStart(2, "0")
  const day = String(date.getUTCDate()).padStart(2, "0")
  return `${String(year).padStart(4, "0")}-${month}-${day}`
}

/** A calendar date moved by a number of days (dates are plain YYYY-MM-DD, no time zone). */
export const addDays = (date: string, days: number): string => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number]
  return toCalendarDate(utc(y, m - 1, d + days))
}

export const addMonths = (date: string, months: number): string => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number]
  const target = utc(y, m - 1 + months, 1)
  const lastDay = utc(target.getUTCFullYear(), target.getUTCMonth() + 1, 0).getUTCDate()
  target.setUTCDate(Math.min(d, lastDay))
  return toCalendarDate(target)
}

/**
 * The last lawful day of a period "within N months of" a date: the day before the same date N
 * months later, that date clamped at month ends. Within 6 months of 31 August 2026 is on or
 * before 27 February 2027 (the same date, clamped, is 28 February). Clocks that say "at
 * intervals not exceeding N months" are read the same way, so a review is never late.
 */
export const lastDayWithinMonths = (date: string, months: number): string =>
  addDays(addMonths(date, months), -1)

/** The last lawful day "within N weeks of" a date: the day before the same weekday N weeks on. */
export const lastDayWithinWeeks = (date: string, weeks: number): string =>
  addDays(date, weeks * 7 - 1)

/** Days from one calendar date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

/** Whole years between a date of birth and a date. */
export const ageOn = (dateOfBirth: string, date: string): number => {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number]
  const [y, m, d] = date.split("-").map(Number) as [number, number, number]
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0)
}
