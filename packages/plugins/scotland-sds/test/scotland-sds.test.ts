import { AdultAssessment, CarerAssessment, FinancialAssessment, PlanLine } from "@openpb/plugin-sdk"
import { testPluginConformance } from "@openpb/plugin-testkit"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  adultBand,
  adultEligibility,
  assessSurplus,
  carerEligibility,
  checkLine,
  contribution,
  nextReviews,
  ScotlandSdsSettings,
  scotlandSds,
} from "../src/index.ts"

const required = { chargingThresholdPence: 20_000, taperPercent: 60 }

testPluginConformance(scotlandSds, {
  settings: [
    required,
    { ...required, eligibleFrom: "critical", councilProviderNames: ["Glenallan Council"] },
  ],
  invalidSettings: [
    {},
    { ...required, eligibleFrom: "severe" },
    { ...required, taperPercent: 101 },
  ],
})

const s = Schema.decodeUnknownSync(ScotlandSdsSettings)({
  ...required,
  councilProviderNames: ["Glenallan Council"],
})

const adult = (o: Record<string, unknown>) =>
  Schema.decodeUnknownSync(AdultAssessment)({
    period: { from: "2026-01-01", to: "2026-03-01" },
    needsAriseFromImpairmentOrIllness: true,
    impairmentOrIllness: "x",
    outcomes: [],
    wellbeingImpact: "significant",
    wellbeingEvidence: "",
    healthNeeds: [],
    detentions: [],
    healthGrounds: [],
    views: { person: "", practitioner: "" },
    ...o,
  })
const unable = (outcome: string, sense = "without-assistance") => ({
  outcome,
  unableSenses: [sense],
  evidence: "",
})

describe("eligibility on the national framework's bands", () => {
  it("bands the risk: critical, substantial, moderate, low", () => {
    expect(
      adultBand(adult({ outcomes: [unable("home-safety", "endangers-health-or-safety")] })),
    ).toBe("critical")
    expect(adultBand(adult({ outcomes: [unable("nutrition"), unable("relationships")] }))).toBe(
      "substantial",
    )
    expect(adultBand(adult({ outcomes: [unable("nutrition")] }))).toBe("moderate")
    expect(adultBand(adult({ wellbeingImpact: "none" }))).toBe("low")
  })
  it("meets needs from the council's threshold (substantial by default; boundary at moderate)", () => {
    expect(
      adultEligibility(s)(adult({ outcomes: [unable("nutrition"), unable("relationships")] }))
        .eligible,
    ).toBe(true)
    expect(adultEligibility(s)(adult({ outcomes: [unable("nutrition")] })).eligible).toBe(false)
    const strict = Schema.decodeUnknownSync(ScotlandSdsSettings)({
      ...required,
      eligibleFrom: "critical",
    })
    expect(
      adultEligibility(strict)(adult({ outcomes: [unable("nutrition"), unable("relationships")] }))
        .eligible,
    ).toBe(false)
  })
  it("supports carers from the local carer threshold (Carers (Scotland) Act 2016 s21)", () => {
    const carer = (o: Record<string, unknown>) =>
      Schema.decodeUnknownSync(CarerAssessment)({
        period: { from: "2026-01-01", to: "2026-03-01" },
        needsAriseFromProvidingNecessaryCare: true,
        healthAtRiskOfDeteriorating: false,
        outcomes: [],
        wellbeingImpact: "some",
        wellbeingEvidence: "",
        views: { person: "", practitioner: "" },
        ...o,
      })
    expect(carerEligibility(s)(carer({ outcomes: [unable("recreation")] })).eligible).toBe(true)
    expect(carerEligibility(s)(carer({})).eligible).toBe(false)
  })
})

describe("the four options", () => {
  const line = (o: Record<string, unknown>) =>
    Schema.decodeUnknownSync(PlanLine)({
      id: "l",
      description: "Support worker",
      category: "personal-assistant",
      provider: "Care Co",
      unitCostPence: 2_000,
      unitsPerPeriod: 5,
      frequency: "weekly",
      fundingStream: "council-social-care",
      deliveryMechanism: "direct-payment",
      outcomeIds: [],
      ...o,
    })
  it("names the option in the reason, and lets Option 1 buy from others", () => {
    expect(checkLine(s)(line({}))?.reason.text).toContain("Option 1")
    expect(checkLine(s)(line({ deliveryMechanism: "notional" }))?.reason.text).toContain("Option 3")
    expect(checkLine(s)(line({ deliveryMechanism: "third-party" }))?.reason.text).toContain(
      "Option 2",
    )
  })
  it("does not let a direct payment buy the council's own services; Option 3 may", () => {
    expect(checkLine(s)(line({ provider: "Glenallan Council day centre" }))?.verdict).toBe(
      "not-allowed",
    )
    expect(
      checkLine(s)(
        line({ provider: "Glenallan Council day centre", deliveryMechanism: "notional" }),
      )?.verdict,
    ).toBe("allowed")
  })
  it("needs the council's agreement to pay a relative from a direct payment", () => {
    expect(checkLine(s)(line({ description: "Pay a family member as PA" }))?.verdict).toBe(
      "needs-approval",
    )
  })
})

describe("money", () => {
  it("charges the taper on income above the threshold", () => {
    const f = Schema.decodeUnknownSync(FinancialAssessment)({
      weeklyIncomePence: 30_000,
      capitalPence: 0,
      weeklyDisabilityRelatedExpenditurePence: 2_000,
      weeklyHousingCostsPence: 3_000,
      ageYears: 40,
      receivesSection117Aftercare: false,
    })
    // (£300 - £20 - £30 - £200) x 60% = £30.
    expect(contribution(s)(f).weeklyContributionPence).toBe(3_000)
  })
  it("talks an underspend through before any reconciliation, and never reconciles an explained one", () => {
    const input = {
      stream: "council-social-care",
      balancePence: 100_000,
      weeklyAllocationPence: 10_000,
      personContributionHeldPence: 0,
      suspendedDaysInPeriod: 0,
    } as const
    expect(assessSurplus(s)(input)).toMatchObject({
      action: "propose-recovery",
      amountPence: 20_000,
      responseWindowDays: 42,
    })
    expect(assessSurplus(s)({ ...input, suspendedDaysInPeriod: 3 })?.action).toBe(
      "explained-by-suspension",
    )
  })
  it("flags an underspend questioned more than a review cycle after the money was paid for a manager's review", () => {
    const input = {
      stream: "council-social-care",
      balancePence: 100_000,
      weeklyAllocationPence: 10_000,
      personContributionHeldPence: 0,
      suspendedDaysInPeriod: 0,
      periodFrom: "2025-01-31",
    } as const
    const flagsOf = (settings: typeof s, checkedOn: string) => {
      const outcome = assessSurplus(settings)({ ...input, checkedOn })
      return outcome !== undefined && "flags" in outcome ? outcome.flags : undefined
    }
    // Within 12 months of 31 January 2025 runs to 30 January 2026, the day before the same date.
    expect(flagsOf(s, "2026-01-30")).toBeUndefined()
    expect(flagsOf(s, "2026-01-31")).toEqual(["late-monitoring"])
    const late = assessSurplus(s)({ ...input, checkedOn: "2026-01-31" })
    expect(
      late?.reasons.find((r) => r.criterion === "scotland/sds/late-monitoring")?.text,
    ).toContain("by 2026-01-30")
    // A council may flag sooner, from the day its own limit starts.
    const sooner = Schema.decodeUnknownSync(ScotlandSdsSettings)({
      ...required,
      lateMonitoringMonths: [
        { from: "2014-04-01", months: 12 },
        { from: "2025-06-01", months: 6 },
      ],
    })
    expect(flagsOf(sooner, "2025-08-01")).toEqual(["late-monitoring"])
    expect(flagsOf(sooner, "2025-05-31")).toBeUndefined()
  })
})

describe("reviews", () => {
  const s = Schema.decodeUnknownSync(ScotlandSdsSettings)(required)
  it("reviews support within 12 weeks of starting and an Option 1 payment within 12 months, each ending the day before the same date", () => {
    const dues = nextReviews(s)({
      planStartDate: "2026-01-01",
      firstDirectPaymentDate: "2026-08-31",
      firstNhsDirectPaymentDate: null,
      lastReviewDates: [],
    })
    expect(dues.map((d) => [d.clock, d.dueDate])).toEqual([
      ["plan", "2026-03-25"],
      ["direct-payment", "2027-08-30"],
    ])
    const later = nextReviews(s)({
      planStartDate: "2026-01-01",
      firstDirectPaymentDate: "2026-08-31",
      firstNhsDirectPaymentDate: null,
      lastReviewDates: [
        { clock: "plan", date: "2027-02-28" },
        { clock: "direct-payment", date: "2027-02-28" },
      ],
    })
    expect(later.map((d) => d.dueDate)).toEqual(["2028-02-27", "2028-02-27"])
  })
})
