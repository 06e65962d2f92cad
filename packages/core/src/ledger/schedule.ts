import { Schema } from "effect"
import { addDays, addMonths, daysBetween } from "../model/CalendarDay.ts"
import { isOrderedPeriod } from "../model/DateRange.ts"
import { CalendarDate } from "../model/Person.ts"

export const AllocationFrequency = Schema.Literals(["weekly", "four-weekly", "monthly"])
export type AllocationFrequency = typeof AllocationFrequency.Type

/** A suspended span [from, to) in which no period starts; `to` is null while still paused. */
export const AllocationPause = Schema.Struct({
  from: CalendarDate,
  to: Schema.NullOr(CalendarDate),
}).check(isOrderedPeriod("from", "to"))

/**
 * When a budget's money is allocated: from a start date, per period, with pauses and an end
 * (null while it runs), never before its start.
 */
export const AllocationSchedule = Schema.Struct({
  startDate: CalendarDate,
  frequency: AllocationFrequency,
  pauses: Schema.Array(AllocationPause),
  endDate: Schema.NullOr(CalendarDate),
}).check(isOrderedPeriod("startDate", "endDate"))
export type AllocationSchedule = typeof AllocationSchedule.Type

/**
 * The start of the schedule's n-th period, counted from its first day rather than from the
 * period before, so month ends clamp without drifting: from 31 January a monthly schedule runs
 * 28 (or 29) February, then 31 March, 30 April...
 */
const periodStart = (schedule: AllocationSchedule, n: number): string => {
  if (schedule.frequency === "weekly") return addDays(schedule.startDate, 7 * n)
  if (schedule.frequency === "four-weekly") return addDays(schedule.startDate, 28 * n)
  return addMonths(schedule.startDate, n)
}

export interface DuePeriod {
  readonly start: string
  /** The day after the period's last day. */
  readonly end: string
  /** Days of the period that count (fewer for a period cut short by the end date). */
  readonly days: number
}

/** Periods that have started on or before `asOf`, minus paused ones, cut at the end date. */
export const duePeriods = (
  schedule: AllocationSchedule,
  asOf: string,
): ReadonlyArray<DuePeriod> => {
  const periods: Array<DuePeriod> = []
  for (let n = 0; periodStart(schedule, n) <= asOf; n++) {
    const start = periodStart(schedule, n)
    if (schedule.endDate !== null && start >= schedule.endDate) break
    const fullEnd = periodStart(schedule, n + 1)
    // The calendar stops at 2199-12-31: a period that cannot end there is never due.
    if (fullEnd <= start) break
    const paused = schedule.pauses.some((p) => start >= p.from && (p.to === null || start < p.to))
    const end = schedule.endDate !== null && schedule.endDate < fullEnd ? schedule.endDate : fullEnd
    if (!paused) periods.push({ start, end, days: daysBetween(start, end) })
  }
  return periods
}

/** A stream's share for a period: the yearly amount pro rata by days, in whole pence. */
export const periodAmount = (annualPence: number, days: number): number =>
  Math.round((annualPence * days) / 365)
