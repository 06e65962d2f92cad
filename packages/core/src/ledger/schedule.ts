import { Schema } from "effect"
import { addDays } from "../model/CalendarDay.ts"
import { CalendarDate } from "../model/Person.ts"

export const AllocationFrequency = Schema.Literals(["weekly", "four-weekly", "monthly"])
export type AllocationFrequency = typeof AllocationFrequency.Type

/** When a budget's money is allocated: from a start date, per period, with pauses and an end. */
export const AllocationSchedule = Schema.Struct({
  startDate: CalendarDate,
  frequency: AllocationFrequency,
  /** Suspended spans [from, to) in which no period starts; `to` is null while still paused. */
  pauses: Schema.Array(Schema.Struct({ from: CalendarDate, to: Schema.NullOr(CalendarDate) })),
  endDate: Schema.NullOr(CalendarDate),
})
export type AllocationSchedule = typeof AllocationSchedule.Type

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

const nextStart = (start: string, frequency: AllocationFrequency): string => {
  if (frequency === "weekly") return addDays(start, 7)
  if (frequency === "four-weekly") return addDays(start, 28)
  const [y, m, d] = start.split("-").map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10)
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
  for (
    let start = schedule.startDate;
    start <= asOf;
    start = nextStart(start, schedule.frequency)
  ) {
    if (schedule.endDate !== null && start >= schedule.endDate) break
    const paused = schedule.pauses.some((p) => start >= p.from && (p.to === null || start < p.to))
    const fullEnd = nextStart(start, schedule.frequency)
    const end = schedule.endDate !== null && schedule.endDate < fullEnd ? schedule.endDate : fullEnd
    if (!paused) periods.push({ start, end, days: daysBetween(start, end) })
    if (periods.length > 1000) break
  }
  return periods
}

/** A stream's share for a period: the yearly amount pro rata by days, in whole pence. */
export const periodAmount = (annualPence: number, days: number): number =>
  Math.round((annualPence * days) / 365)
