import { testPluginConformance } from "@openpb/plugin-testkit"
import type { AdultAssessment } from "@openpb/plugin-sdk"
import { onePaymentPeriodPence, PlanLine } from "@openpb/plugin-sdk"
import { Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  assessUnusedFunds,
  checkHealthLine,
  NhsPhbSettings,
  nhsDirectPaymentReview,
  nhsPhb,
  rightToHave,
} from "../src/index.ts"

testPluginConformance(nhsPhb, {
  settings: [{}, { paymentPeriodWeeks: 2, firstReviewMonths: 1 }],
  invalidSettings: [
    { firstReviewMonths: 4 },
    { offsetNoticeDays: 0 },
    { lateMonitoringMonths: [{ from: "2013-08-01", months: 13 }] },
  ],
})

const s = Schema.decodeUnknownSync(NhsPhbSettings)({})

const assessment = (overrides: Partial<AdultAssessment>): AdultAssessment => ({
  period: { from: "2026-01-01", to: "2026-02-01" },
  needsAriseFromImpairmentOrIllness: true,
  impairmentOrIllness: "schizophrenia",
  outcomes: [],
  wellbeingImpact: "significant",
  wellbeingEvidence: "",
  healthNeeds: [],
  detentions: [],
  healthGrounds: [],
  views: { person: "", practitioner: "" },
  ...overrides,
})

const withLine = (raw: unknown) => Schema.decodeUnknownSync(PlanLine)(raw)

describe("right to have a personal health budget", () => {
  it("follows detention under ss 3, 37, 45A, 47 and 48 (s117 aftercare)", () => {
    for (const d of [
      "section-3",
      "section-37",
      "section-45a",
      "section-47",
      "section-48",
    ] as const) {
      const outcome = rightToHave(assessment({ detentions: [d] }))
      expect(outcome.rightToHave).toBe(true)
      expect(outcome.grounds).toEqual(["section-117-aftercare"])
    }
  })
  it("does not follow detention under s2 alone (boundary), and says why", () => {
    const outcome = rightToHave(assessment({ detentions: ["section-2"] }))
    expect(outcome.rightToHave).toBe(false)
    expect(outcome.reasons[0]?.text).toContain("section 2")
  })
  it("follows continuing healthcare and wheelchair eligibility", () => {
    expect(rightToHave(assessment({ healthGrounds: ["continuing-healthcare"] })).grounds).toEqual([
      "continuing-healthcare",
    ])
    expect(rightToHave(assessment({ healthGrounds: ["wheelchair"] })).rightToHave).toBe(true)
  })
  it("does not grant s117 on a recorded ground without a qualifying detention", () => {
    const outcome = rightToHave(assessment({ healthGrounds: ["section-117-aftercare"] }))
    expect(outcome.rightToHave).toBe(false)
    expect(outcome.reasons.some((r) => r.criterion.endsWith("s117-unsupported"))).toBe(true)
  })
  it("gives no right for ongoing mental health needs alone (ICB discretion, not a right)", () => {
    expect(
      rightToHave(assessment({ healthNeeds: ["psychosis relapse prevention"] })).rightToHave,
    ).toBe(false)
  })
})

describe("NHS money", () => {
  const line = Schema.decodeUnknownSync(PlanLine)({
    id: "l",
    description: "Art therapy group",
    category: "therapy-outside-nhs",
    provider: "p",
    unitCostPence: 4_000,
    unitsPerPeriod: 1,
    frequency: "weekly",
    fundingStream: "nhs-health",
    deliveryMechanism: "direct-payment",
    outcomeIds: [],
  })
  it("may buy what the care plan agrees, not GP care, medicines, emergency care or alcohol", () => {
    expect(checkHealthLine(s)(line)?.verdict).toBe("allowed")
    expect(
      checkHealthLine(s)(withLine({ ...line, description: "Private GP appointments" }))?.verdict,
    ).toBe("not-allowed")
    expect(
      checkHealthLine(s)(withLine({ ...line, description: "Prescription costs" }))?.verdict,
    ).toBe("not-allowed")
    expect(checkHealthLine(s)(withLine({ ...line, description: "Alcohol" }))?.verdict).toBe(
      "not-allowed",
    )
    // Whole words only: "GPS watch" is not GP care.
    expect(
      checkHealthLine(s)(withLine({ ...line, description: "GPS watch for walking" }))?.verdict,
    ).toBe("allowed")
    expect(
      checkHealthLine(s)(withLine({ ...line, fundingStream: "council-social-care" })),
    ).toBeUndefined()
  })
  it("reviews an NHS direct payment within 3 months, then within 12 months of each review (reg 14: the last lawful day is the day before the same date)", () => {
    const base = {
      planStartDate: "2026-01-01",
      firstDirectPaymentDate: null,
      firstNhsDirectPaymentDate: "2026-01-10",
    }
    expect(nhsDirectPaymentReview(s)({ ...base, lastReviewDates: [] })[0]?.dueDate).toBe(
      "2026-04-09",
    )
    expect(
      nhsDirectPaymentReview(s)({
        ...base,
        lastReviewDates: [{ clock: "nhs-direct-payment", date: "2026-04-01" }],
      })[0]?.dueDate,
    ).toBe("2027-03-31")
    // 30 November + 3 months is 28 February (clamped); within means on or before the 27th.
    expect(
      nhsDirectPaymentReview(s)({
        ...base,
        firstNhsDirectPaymentDate: "2026-11-30",
        lastReviewDates: [],
      })[0]?.dueDate,
    ).toBe("2027-02-27")
    expect(
      nhsDirectPaymentReview(s)({ ...base, firstNhsDirectPaymentDate: null, lastReviewDates: [] }),
    ).toEqual([])
  })
  it("offsets unused funds by at most one period's amount, after notice", () => {
    const input = {
      stream: "nhs-health",
      balancePence: 200_000,
      weeklyAllocationPence: 10_000,
      personContributionHeldPence: 0,
      suspendedDaysInPeriod: 0,
    } as const
    // Buffer 8 weeks = £800; surplus £1,200; one period = 4 weeks = £400.
    expect(assessUnusedFunds(s)(input)).toMatchObject({
      action: "propose-offset",
      amountPence: 40_000,
      responseWindowDays: 28,
    })
    expect(assessUnusedFunds(s)({ ...input, balancePence: 90_000 })).toMatchObject({
      action: "propose-offset",
      amountPence: 10_000,
    })
    expect(assessUnusedFunds(s)({ ...input, balancePence: 80_000 })?.action).toBe("none")
    expect(assessUnusedFunds(s)({ ...input, stream: "council-social-care" })).toBeUndefined()
  })
  it("names its cap, core's one period's amount, so the offset is confirmed by the same figure", () => {
    const input = {
      stream: "nhs-health",
      balancePence: 200_000,
      weeklyAllocationPence: 10_001,
      personContributionHeldPence: 0,
      suspendedDaysInPeriod: 0,
    } as const
    const twoWeekly = Schema.decodeUnknownSync(NhsPhbSettings)({ paymentPeriodWeeks: 2 })
    expect(assessUnusedFunds(s)(input)?.offsetCapPence).toBe(onePaymentPeriodPence(10_001, 4))
    expect(assessUnusedFunds(twoWeekly)(input)).toMatchObject({
      amountPence: 20_002,
      offsetCapPence: 20_002,
    })
  })
  it("never offsets more than one period's amount, whatever is held (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 100_000_000 }),
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 1, max: 13 }),
        (balancePence, weeklyAllocationPence, paymentPeriodWeeks) => {
          const settings = Schema.decodeUnknownSync(NhsPhbSettings)({ paymentPeriodWeeks })
          const answer = assessUnusedFunds(settings)({
            stream: "nhs-health",
            balancePence,
            weeklyAllocationPence,
            personContributionHeldPence: 0,
            suspendedDaysInPeriod: 0,
          })
          if (answer?.action !== "propose-offset") return
          const cap = answer.offsetCapPence
          expect(cap).toBe(weeklyAllocationPence * paymentPeriodWeeks)
          expect(answer.amountPence).toBeLessThanOrEqual(cap ?? -1)
          expect(answer.amountPence).toBeGreaterThanOrEqual(0)
        },
      ),
    )
  })
  it("flags an offset of funds held past 12 months for a manager, with the reason not met", () => {
    const input = {
      stream: "nhs-health",
      balancePence: 200_000,
      weeklyAllocationPence: 10_000,
      personContributionHeldPence: 0,
      suspendedDaysInPeriod: 0,
      periodFrom: "2025-11-24",
    } as const
    const onTime = assessUnusedFunds(s)({ ...input, checkedOn: "2026-11-23" })
    expect(onTime?.flags).toBeUndefined()
    const late = assessUnusedFunds(s)({ ...input, checkedOn: "2026-11-24" })
    expect(late?.flags).toEqual(["late-monitoring"])
    expect(late?.reasons.find((r) => r.criterion === "nhs/phb/late-monitoring")).toMatchObject({
      met: false,
    })
    expect(late?.reasons.at(-1)?.text).toContain("a manager must review the offset")
    const sooner = Schema.decodeUnknownSync(NhsPhbSettings)({
      lateMonitoringMonths: [{ from: "2013-08-01", months: 6 }],
    })
    expect(assessUnusedFunds(sooner)({ ...input, checkedOn: "2026-05-24" })?.flags).toEqual([
      "late-monitoring",
    ])
  })
})
