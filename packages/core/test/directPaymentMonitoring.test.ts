import { Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  lateMonitoring,
  MonitoringLimits,
  monitoringLimitOn,
  offsetWithinOnePeriod,
  onePaymentPeriodPence,
  SurplusOutcome,
} from "../src/index.ts"

const decodeOutcome = Schema.decodeUnknownSync(SurplusOutcome)
const policy = { id: "test/monitoring", version: "1.0.0" }
const reason = (met: boolean | null) => ({ criterion: "test", met, text: "because" })

describe("the NHS offset cap (reg 13: one period's amount)", () => {
  it("never takes more than one period's amount, nor more than the surplus, nor below nothing (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 100_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 13 }),
        (surplus, weekly, weeks) => {
          const cap = onePaymentPeriodPence(weekly, weeks)
          const offset = offsetWithinOnePeriod(surplus, cap)
          expect(cap).toBe(weekly * weeks)
          expect(offset).toBeLessThanOrEqual(cap)
          expect(offset).toBeLessThanOrEqual(Math.max(0, surplus))
          expect(offset).toBeGreaterThanOrEqual(0)
          // Within the cap, the whole surplus is offset: the cap only ever lowers it.
          if (surplus >= 0 && surplus <= cap) expect(offset).toBe(surplus)
        },
      ),
    )
  })

  it("refuses a policy's offset that names no cap or takes more than it", () => {
    const offset = {
      action: "propose-offset",
      responseWindowDays: 28,
      reasons: [reason(true)],
      policy,
    }
    expect(
      decodeOutcome({ ...offset, amountPence: 4_000, offsetCapPence: 4_000 }).amountPence,
    ).toBe(4_000)
    expect(() => decodeOutcome({ ...offset, amountPence: 4_001, offsetCapPence: 4_000 })).toThrow(
      /one-period cap/,
    )
    expect(() => decodeOutcome({ ...offset, amountPence: 10 })).toThrow(/one-period cap/)
  })

  it("refuses a flagged answer without a reason that is not met", () => {
    const flagged = {
      action: "propose-recovery",
      amountPence: 100,
      responseWindowDays: 28,
      flags: ["late-monitoring"],
      policy,
    }
    expect(() => decodeOutcome({ ...flagged, reasons: [reason(true)] })).toThrow(/not met/)
    expect(decodeOutcome({ ...flagged, reasons: [reason(true), reason(false)] }).flags).toEqual([
      "late-monitoring",
    ])
  })
})

describe("late monitoring", () => {
  const limits = [
    { from: "2015-04-01", months: 12 },
    { from: "2027-04-01", months: 6 },
  ]
  const check = (periodFrom: string, checkedOn: string) =>
    lateMonitoring(limits, {
      stream: "council-social-care",
      balancePence: 0,
      weeklyAllocationPence: 0,
      personContributionHeldPence: 0,
      suspendedDaysInPeriod: 0,
      periodFrom,
      checkedOn,
    })

  it("is late from the day after the last day within the limit's months, by the limit in force on the check's day", () => {
    expect(check("2026-01-31", "2027-01-30")).toBeUndefined()
    expect(check("2026-01-31", "2027-01-31")).toEqual({ months: 12, lastDayOnTime: "2027-01-30" })
    // From April 2027 the council's limit is 6 months: the same money is late sooner.
    expect(check("2026-10-01", "2027-03-31")).toBeUndefined()
    expect(check("2026-10-01", "2027-04-01")).toEqual({ months: 6, lastDayOnTime: "2027-03-31" })
  })

  it("says nothing of a check recorded without its period", () => {
    expect(
      lateMonitoring(limits, {
        stream: "council-social-care",
        balancePence: 0,
        weeklyAllocationPence: 0,
        personContributionHeldPence: 0,
        suspendedDaysInPeriod: 0,
      }),
    ).toBeUndefined()
  })

  it("reads the limit in force on a day, and refuses limits past 12 months, none, or two from one day", () => {
    expect(monitoringLimitOn(limits, "2020-01-01")?.months).toBe(12)
    expect(monitoringLimitOn(limits, "2027-04-01")?.months).toBe(6)
    expect(monitoringLimitOn(limits, "2010-01-01")?.months).toBe(12)
    const decode = Schema.decodeUnknownSync(MonitoringLimits)
    expect(() => decode([{ from: "2015-04-01", months: 13 }])).toThrow(/1 to 12 months/)
    expect(() => decode([])).toThrow(/at least one/)
    expect(() =>
      decode([
        { from: "2015-04-01", months: 12 },
        { from: "2015-04-01", months: 6 },
      ]),
    ).toThrow(/same day/)
  })
})
