import { AdultAssessment, loadPlugin } from "@openpb/plugin-sdk"
import { testPluginConformance } from "@openpb/plugin-testkit"
import { Effect, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { indicativeBudget, PointsRasSettings, pointsRas } from "../src/index.ts"

const table = {
  tableName: "Test table",
  questions: [
    {
      id: "nights",
      label: "Support at night",
      answers: [
        { value: "none", label: "none needed", points: 0 },
        { value: "some", label: "some nights", points: 8 },
      ],
    },
  ],
  pricePerPointPence: 10_000,
  floorPence: 50_000,
  capPence: 500_000,
  roundToPence: 1_000,
  healthSharePercent: 40,
}

testPluginConformance(pointsRas, {
  settings: [{}, table, { ...table, rounding: "up", roundToPence: 1 }],
  invalidSettings: [
    { floorPence: 10, capPence: 5 },
    { pricePerPointPence: 0 },
    { questions: [{ id: "q", label: "Q", answers: [] }] },
  ],
})

const settings = Schema.decodeUnknownSync(PointsRasSettings)(table)
const assessment = (unable: ReadonlyArray<number>) =>
  Schema.decodeUnknownSync(AdultAssessment)({
    period: { from: "2026-01-01", to: "2026-02-01" },
    needsAriseFromImpairmentOrIllness: true,
    impairmentOrIllness: "x",
    outcomes: (["nutrition", "relationships", "home-safety", "habitable-home"] as const)
      .slice(0, unable.length)
      .map((outcome, i) => ({
        outcome,
        unableSenses: (
          [
            "without-assistance",
            "significant-pain-distress-or-anxiety",
            "endangers-health-or-safety",
            "takes-significantly-longer",
          ] as const
        ).slice(0, unable[i]),
        evidence: "",
      })),
    wellbeingImpact: "significant",
    wellbeingEvidence: "",
    healthNeeds: [],
    detentions: [],
    healthGrounds: [],
    views: { person: "", practitioner: "" },
  })

describe("points-based allocation", () => {
  it("adds outcome points and questionnaire points, prices them, and itemises each", () => {
    // Two outcomes: 10 + (10 + 3) = 23 points, plus 8 for nights = 31 points x £100 = £3,100.
    const b = indicativeBudget(settings)({
      assessment: assessment([1, 2]),
      healthEligible: false,
      answers: { nights: "some" },
    })
    expect(b.annualAmountPence).toBe(310_000)
    expect(b.items.map((i) => i.points)).toEqual([10, 13, 8, null])
    expect(b.fundingStreams).toEqual([{ stream: "council-social-care", amountPence: 310_000 }])
  })
  it("applies the floor and the cap (boundaries)", () => {
    expect(
      indicativeBudget(settings)({ assessment: assessment([]), healthEligible: false, answers: {} })
        .annualAmountPence,
    ).toBe(50_000)
    // 4 outcomes x 4 senses = 4 x 19 = 76 points = £7,600, capped at £5,000.
    expect(
      indicativeBudget(settings)({
        assessment: assessment([4, 4, 4, 4]),
        healthEligible: false,
        answers: {},
      }).annualAmountPence,
    ).toBe(500_000)
  })
  it("splits an integrated budget with the NHS share when health needs give a right to a PHB", () => {
    const b = indicativeBudget(settings)({
      assessment: assessment([1, 1]),
      healthEligible: true,
      answers: {},
    })
    expect(b.fundingStreams).toEqual([
      { stream: "council-social-care", amountPence: 120_000 },
      { stream: "nhs-health", amountPence: 80_000 },
    ])
  })
  it("gives no points for an unanswered or unknown answer, and says so", () => {
    const b = indicativeBudget(settings)({
      assessment: assessment([]),
      healthEligible: false,
      answers: { nights: "every" },
    })
    expect(b.items[0]?.text).toContain("not answered")
  })
  it("always stays within floor and cap, rounded, with streams adding up (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 }),
        fc.boolean(),
        (unable, health) => {
          const b = indicativeBudget(settings)({
            assessment: assessment(unable),
            healthEligible: health,
            answers: {},
          })
          expect(b.annualAmountPence).toBeGreaterThanOrEqual(50_000)
          expect(b.annualAmountPence).toBeLessThanOrEqual(500_000)
          expect(b.annualAmountPence % 1_000).toBe(0)
          expect(b.fundingStreams.reduce((t, f) => t + f.amountPence, 0)).toBe(b.annualAmountPence)
        },
      ),
    )
  })
  it("refuses a table whose floor is above its cap, naming the plugin", () => {
    const error = Effect.runSync(
      Effect.flip(loadPlugin(pointsRas.with({ floorPence: 10, capPence: 5 }))),
    )
    expect(error.message).toContain("openpb/points-ras")
    expect(error.message).toContain("floor")
  })
})
