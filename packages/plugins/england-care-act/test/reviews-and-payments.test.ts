import { PlanLine } from "@openpb/plugin-sdk"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { assessSurplus, checkLine, EnglandCareActSettings, nextReviews } from "../src/index.ts"

const s = Schema.decodeUnknownSync(EnglandCareActSettings)({})

const withLine = (raw: unknown) => Schema.decodeUnknownSync(PlanLine)(raw)

describe("reviews: s27 guidance and DP Regs 2014 reg 7", () => {
  it("reviews a new plan within 8 weeks, then within 12 months of the last review (on or before the day before the same date)", () => {
    const first = nextReviews(s)({
      planStartDate: "2026-01-01",
      firstDirectPaymentDate: null,
      firstNhsDirectPaymentDate: null,
      lastReviewDates: [],
    })
    expect(first).toEqual([expect.objectContaining({ clock: "plan", dueDate: "2026-02-25" })])
    const later = nextReviews(s)({
      planStartDate: "2026-01-01",
      firstDirectPaymentDate: null,
      firstNhsDirectPaymentDate: null,
      lastReviewDates: [{ clock: "plan", date: "2026-02-20" }],
    })
    expect(later[0]?.dueDate).toBe("2027-02-19")
  })
  it("reviews a direct payment within 6 months of the first payment, and leaves the NHS clock to the NHS plugin", () => {
    // Within 6 months of 31 August: the same date, clamped, is 28 February; the last day is the 27th.
    expect(
      nextReviews(s)({
        planStartDate: "2026-08-31",
        firstDirectPaymentDate: "2026-08-31",
        firstNhsDirectPaymentDate: null,
        lastReviewDates: [],
      }).find((d) => d.clock === "direct-payment")?.dueDate,
    ).toBe("2027-02-27")
    const dues = nextReviews(s)({
      planStartDate: "2026-01-01",
      firstDirectPaymentDate: "2026-01-15",
      firstNhsDirectPaymentDate: "2026-01-15",
      lastReviewDates: [],
    })
    expect(dues.map((d) => [d.clock, d.dueDate])).toEqual([
      ["plan", "2026-02-25"],
      ["direct-payment", "2026-07-14"],
    ])
  })
})

describe("direct payments: spending and monitoring of council money", () => {
  const line = Schema.decodeUnknownSync(PlanLine)({
    id: "l1",
    description: "Gym membership",
    category: "sport-and-exercise",
    provider: "Leisure centre",
    unitCostPence: 3_000,
    unitsPerPeriod: 1,
    frequency: "monthly",
    fundingStream: "council-social-care",
    deliveryMechanism: "direct-payment",
    outcomeIds: ["o1"],
  })
  it("allows a line meeting an outcome, refuses an excluded purchase, and leaves NHS lines to the NHS plugin", () => {
    expect(checkLine(s)(line)?.verdict).toBe("allowed")
    expect(checkLine(s)(withLine({ ...line, description: "Tobacco" }))?.verdict).toBe("not-allowed")
    expect(checkLine(s)(withLine({ ...line, fundingStream: "nhs-health" }))).toBeUndefined()
  })
  it("needs approval above £10,000 a year (boundary: exactly £10,000 is allowed)", () => {
    expect(
      checkLine(s)(withLine({ ...line, unitCostPence: 1_000_000, frequency: "one-off" }))?.verdict,
    ).toBe("allowed")
    expect(
      checkLine(s)(withLine({ ...line, unitCostPence: 1_000_001, frequency: "one-off" }))?.verdict,
    ).toBe("needs-approval")
  })
  const input = {
    stream: "council-social-care",
    balancePence: 0,
    weeklyAllocationPence: 10_000,
    personContributionHeldPence: 0,
    suspendedDaysInPeriod: 0,
  } as const
  it("keeps 8 weeks as a buffer and proposes recovery above it only with 28 days' notice", () => {
    expect(assessSurplus(s)({ ...input, balancePence: 80_000 })?.action).toBe("none")
    const over = assessSurplus(s)({ ...input, balancePence: 95_000 })
    expect(over).toMatchObject({
      action: "propose-recovery",
      amountPence: 15_000,
      responseWindowDays: 28,
    })
  })
  it("refunds the person's own contribution and explains a surplus built up during a suspension", () => {
    expect(
      assessSurplus(s)({ ...input, balancePence: 95_000, personContributionHeldPence: 20_000 })
        ?.action,
    ).toBe("refund-contribution")
    expect(
      assessSurplus(s)({ ...input, balancePence: 95_000, suspendedDaysInPeriod: 14 })?.action,
    ).toBe("explained-by-suspension")
    expect(
      assessSurplus(s)({ ...input, stream: "nhs-health", balancePence: 95_000 }),
    ).toBeUndefined()
  })
  it("refunds the contribution part of a larger surplus at once and proposes only the rest", () => {
    expect(
      assessSurplus(s)({ ...input, balancePence: 95_000, personContributionHeldPence: 20_000 }),
    ).toMatchObject({ action: "refund-contribution", amountPence: 15_000, refundPence: 15_000 })
    expect(
      assessSurplus(s)({ ...input, balancePence: 95_000, personContributionHeldPence: 6_000 }),
    ).toMatchObject({ action: "propose-recovery", amountPence: 9_000, refundPence: 6_000 })
    expect(assessSurplus(s)({ ...input, balancePence: 95_000 })?.refundPence).toBeUndefined()
  })
  it("flags a proposal about money held past 12 months for a manager, the reason not met", () => {
    const dated = { ...input, balancePence: 95_000, periodFrom: "2026-02-28" } as const
    expect(assessSurplus(s)({ ...dated, checkedOn: "2027-02-27" })?.flags).toBeUndefined()
    const late = assessSurplus(s)({ ...dated, checkedOn: "2027-02-28" })
    expect(late?.flags).toEqual(["late-monitoring"])
    expect(late?.reasons.find((r) => r.criterion === "care-act/dp-monitoring/late")).toMatchObject({
      met: false,
    })
    // Nothing to recover, nothing to flag.
    expect(
      assessSurplus(s)({ ...dated, balancePence: 80_000, checkedOn: "2030-01-01" })?.flags,
    ).toBeUndefined()
    // A council may flag sooner, never later than the regulations' 12 months.
    const sooner = Schema.decodeUnknownSync(EnglandCareActSettings)({
      lateMonitoringMonths: [
        { from: "2015-04-01", months: 12 },
        { from: "2026-04-01", months: 6 },
      ],
    })
    expect(assessSurplus(sooner)({ ...dated, checkedOn: "2026-08-28" })?.flags).toEqual([
      "late-monitoring",
    ])
    expect(() =>
      Schema.decodeUnknownSync(EnglandCareActSettings)({
        lateMonitoringMonths: [{ from: "2015-04-01", months: 18 }],
      }),
    ).toThrow(/1 to 12 months/)
  })
})
