import { Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  addDays,
  addMonths,
  CalendarDate,
  isCalendarDate,
  lastDayWithinMonths,
  lastDayWithinWeeks,
} from "../src/index.ts"

/** Any instant from the calendar's first day to its last. */
const anyDay = fc.date({
  min: new Date("1900-01-01T00:00:00Z"),
  max: new Date("2199-12-31T00:00:00Z"),
  noInvalidDate: true,
})

const calendarDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

describe("calendar arithmetic", () => {
  it("adds days and months across month ends and leap years", () => {
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01")
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29")
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28")
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28")
    expect(addMonths("2026-03-15", -3)).toBe("2025-12-15")
  })

  it("stops at the calendar's ends, 1900-01-01 and 2199-12-31", () => {
    expect(addDays("1900-03-01", 1)).toBe("1900-03-02")
    expect(addMonths("2199-06-16", 12)).toBe("2199-12-31")
    expect(addDays("1900-01-05", -30)).toBe("1900-01-01")
    expect(addMonths("1900-06-16", -12)).toBe("1900-01-01")
  })

  it("always gives a valid date (property)", () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.integer({ min: -50_000, max: 50_000 }),
        fc.integer({ min: -1_000, max: 1_000 }),
        (date, days, months) => {
          const day = date.toISOString().slice(0, 10)
          expect(addDays(day, days)).toMatch(calendarDate)
          expect(addMonths(day, months)).toMatch(calendarDate)
        },
      ),
    )
  })

  it("reads 'within N months of' a date as on or before the day before the same date, clamped", () => {
    expect(lastDayWithinMonths("2026-01-15", 6)).toBe("2026-07-14")
    expect(lastDayWithinMonths("2026-08-31", 6)).toBe("2027-02-27")
    expect(lastDayWithinMonths("2027-08-31", 6)).toBe("2028-02-28")
    expect(lastDayWithinMonths("2026-03-01", 12)).toBe("2027-02-28")
    expect(lastDayWithinMonths("2027-03-01", 12)).toBe("2028-02-29")
    expect(lastDayWithinWeeks("2026-01-01", 8)).toBe("2026-02-25")
  })

  it("never lets a 'within' period run to the same date or beyond (property)", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1900-01-01T00:00:00Z"),
          max: new Date("2190-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 36 }),
        (date, months) => {
          const day = date.toISOString().slice(0, 10)
          const last = lastDayWithinMonths(day, months)
          expect(last < addMonths(day, months)).toBe(true)
          expect(addDays(last, 1)).toBe(addMonths(day, months))
          expect(last > day).toBe(true)
        },
      ),
    )
  })

  it("accepts only days that exist", () => {
    for (const day of ["2026-02-28", "2028-02-29", "2000-02-29", "1900-01-01", "2199-12-31"])
      expect(isCalendarDate(day), day).toBe(true)
    for (const day of [
      "2026-02-29",
      "2026-02-30",
      "1900-02-29",
      "2026-04-31",
      "0000-01-01",
      "0001-01-01",
      "1899-12-31",
      "2200-01-01",
      "9999-12-31",
      "2026-13-01",
      "2026-00-10",
      "2026-1-01",
      "2026-01-01T00:00:00Z",
    ])
      expect(isCalendarDate(day), day).toBe(false)
    expect(Schema.is(CalendarDate)("2026-02-30")).toBe(false)
    expect(Schema.is(CalendarDate)("0000-01-01")).toBe(false)
    expect(Schema.is(CalendarDate)("2199-12-31")).toBe(true)
  })

  it("agrees with the calendar on every day it produces (property)", () => {
    fc.assert(
      fc.property(anyDay, (date) => {
        const day = date.toISOString().slice(0, 10)
        expect(isCalendarDate(day)).toBe(true)
        expect(isCalendarDate(addDays(day, 1))).toBe(true)
      }),
    )
  })
})
