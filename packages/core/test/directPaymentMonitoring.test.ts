import { Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { offsetWithinOnePeriod, onePaymentPeriodPence, SurplusOutcome } from "../src/index.ts"

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
})
