import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type AllocationSchedule, addDays, addMonths, duePeriods } from "../src/index.ts"

const monthly = (startDate: string, endDate: string | null = null): AllocationSchedule => ({
  startDate,
  frequency: "monthly",
  pauses: [],
  endDate,
})

const lastDayOfMonth = (date: string) => addDays(addMonths(`${date.slice(0, 8)}01`, 1), -1)

describe("allocation schedules on the calendar", () => {
  it("runs a monthly schedule from 31 January through the end of February, then back to the 31st", () => {
    const starts = duePeriods(monthly("2027-01-31"), "2027-06-30").map((p) => p.start)
    expect(starts).toEqual([
      "2027-01-31",
      "2027-02-28",
      "2027-03-31",
      "2027-04-30",
      "2027-05-31",
      "2027-06-30",
    ])
    const leap = duePeriods(monthly("2028-01-31"), "2028-03-31")
    expect(leap.map((p) => [p.start, p.days])).toEqual([
      ["2028-01-31", 29],
      ["2028-02-29", 31],
      ["2028-03-31", 30],
    ])
  })

  it("cuts the last period at the end date, counting only its days", () => {
    const periods = duePeriods(monthly("2027-01-15", "2027-03-01"), "2027-12-31")
    expect(periods).toEqual([
      { start: "2027-01-15", end: "2027-02-15", days: 31 },
      { start: "2027-02-15", end: "2027-03-01", days: 14 },
    ])
  })

  it("leaves no day out and counts none twice, and each monthly start keeps its day or the month's last (property)", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("2000-01-01T00:00:00Z"),
          max: new Date("2090-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.constantFrom<AllocationSchedule["frequency"]>("weekly", "four-weekly", "monthly"),
        fc.integer({ min: 0, max: 3 * 366 }),
        (date, frequency, span) => {
          const startDate = date.toISOString().slice(0, 10)
          const asOf = addDays(startDate, span)
          const periods = duePeriods({ startDate, frequency, pauses: [], endDate: null }, asOf)
          expect(periods[0]?.start).toBe(startDate)
          for (const [i, period] of periods.entries()) {
            expect(period.start <= asOf).toBe(true)
            expect(addDays(period.start, period.days)).toBe(period.end)
            if (i > 0) expect(period.start).toBe(periods[i - 1]!.end)
            if (frequency === "monthly") {
              const day = Math.min(
                Number(startDate.slice(8)),
                Number(lastDayOfMonth(period.start).slice(8)),
              )
              expect(Number(period.start.slice(8))).toBe(day)
            }
          }
          expect(addDays(periods.at(-1)!.end, 0) > asOf).toBe(true)
        },
      ),
    )
  })

  it("ends at the calendar's last day instead of running on", () => {
    const periods = duePeriods(monthly("2199-10-31"), "2199-12-31")
    expect(periods.map((p) => p.start)).toEqual(["2199-10-31", "2199-11-30"])
  })
})
