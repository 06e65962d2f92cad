import { Clock, DateTime, Effect, Schema } from "effect"

const london = DateTime.zoneMakeNamedUnsafe("Europe/London")

/**
 * The calendar OpenPB keeps: 1 January 1900 to 31 December 2199. No record of the service is
 * dated before 1900 (no one alive was born earlier) and none plans two centuries ahead; a date
 * outside is a typing slip, refused rather than stored. Arithmetic stops at the same ends, so
 * a date computed from a valid one is valid too.
 */
export const FIRST_CALENDAR_DATE = "1900-01-01"
export const LAST_CALENDAR_DATE = "2199-12-31"
const firstYear = 1900
const lastYear = 2199

/**
 * Whether a string is a day that exists, as YYYY-MM-DD, within the calendar OpenPB keeps:
 * 30 February, 31 April and year 0000 do not, though they fit the pattern.
 */
export const isCalendarDate = (value: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (match === null) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (year < firstYear || year > lastYear || month < 1 || month > 12 || day < 1) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const daysIn = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
  return day <= daysIn
}

/** A calendar date, YYYY-MM-DD, that exists and lies within the calendar OpenPB keeps. */
export const CalendarDate = Schema.String.check(
  // The pattern first: it is what generators build dates from (years 1900-2199 only); then the
  // calendar says whether the day exists (30 February fits the pattern).
  Schema.isPattern(/^(19\d{2}|2[01]\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    message: `must be a calendar date as YYYY-MM-DD, from ${FIRST_CALENDAR_DATE} to ${LAST_CALENDAR_DATE}`,
  }),
  Schema.makeFilter(isCalendarDate, {
    message: "must be a calendar date that exists, as YYYY-MM-DD",
  }),
).annotate({ identifier: "Date" })
export type CalendarDate = typeof CalendarDate.Type

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
 * A calendar date as YYYY-MM-DD. Arithmetic past the calendar OpenPB keeps stops at its ends
 * (a review "12 months after" 2199-06-16 is due on 2199-12-31), so a date is always valid.
 */
const toCalendarDate = (date: Date): string => {
  const year = date.getUTCFullYear()
  if (year > lastYear) return LAST_CALENDAR_DATE
  if (year < firstYear) return FIRST_CALENDAR_DATE
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

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const

/** A calendar date as a letter writes it: 3 June 2027. */
export const formatLongDate = (date: string): string => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number]
  return `${d} ${monthNames[m - 1]} ${y}`
}
