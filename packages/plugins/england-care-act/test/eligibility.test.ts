import { describe, expect, it } from "vitest"
import { adultEligibility, carerEligibility } from "../src/index.ts"
import { adult, carer } from "./fixtures.ts"

const conditionMet = (
  reasons: ReadonlyArray<{ criterion: string; met: boolean | null }>,
  c: string,
) => reasons.find((r) => r.criterion === c)?.met

describe("adults: Eligibility Criteria Regulations 2015, reg 2", () => {
  it("is eligible when all three conditions hold (two outcomes unable, significant impact)", () => {
    const outcome = adultEligibility(
      adult([
        ["nutrition", ["without-assistance"]],
        ["relationships", ["significant-pain-distress-or-anxiety"]],
      ]),
    )
    expect(outcome.eligible).toBe(true)
    expect(
      outcome.reasons.filter((r) => r.criterion.startsWith("care-act/eligibility/reg-2/1/")),
    ).toHaveLength(3)
  })

  it("is not eligible on the boundary of one outcome: reg 2(1)(b) needs two or more", () => {
    const outcome = adultEligibility(adult([["nutrition", ["without-assistance"]]]))
    expect(outcome.eligible).toBe(false)
    expect(conditionMet(outcome.reasons, "care-act/eligibility/reg-2/1/b")).toBe(false)
    expect(conditionMet(outcome.reasons, "care-act/eligibility/reg-2/1/a")).toBe(true)
  })

  it("counts an outcome once however many times it was recorded", () => {
    const outcome = adultEligibility(
      adult([
        ["nutrition", ["without-assistance"]],
        ["nutrition", ["takes-significantly-longer"]],
      ]),
    )
    expect(outcome.eligible).toBe(false)
  })

  it("counts each of the four senses of 'unable' (reg 2(3)(a)-(d)), and an achieved outcome not at all", () => {
    for (const sense of [
      "without-assistance",
      "significant-pain-distress-or-anxiety",
      "endangers-health-or-safety",
      "takes-significantly-longer",
    ] as const) {
      const outcome = adultEligibility(
        adult([
          ["home-safety", [sense]],
          ["community-facilities", [sense]],
          ["personal-hygiene", []],
        ]),
      )
      expect(outcome.eligible).toBe(true)
      expect(outcome.reasons.find((r) => r.criterion.endsWith("/personal-hygiene"))?.met).toBe(
        false,
      )
    }
  })

  it("fails reg 2(1)(a) when the needs do not arise from an impairment or illness", () => {
    const outcome = adultEligibility(
      adult(
        [
          ["nutrition", ["without-assistance"]],
          ["relationships", ["without-assistance"]],
        ],
        { needsAriseFromImpairmentOrIllness: false },
      ),
    )
    expect(outcome.eligible).toBe(false)
    expect(conditionMet(outcome.reasons, "care-act/eligibility/reg-2/1/a")).toBe(false)
  })

  it("fails reg 2(1)(c) without a significant impact on wellbeing", () => {
    const outcome = adultEligibility(
      adult(
        [
          ["nutrition", ["without-assistance"]],
          ["relationships", ["without-assistance"]],
        ],
        { wellbeingImpact: "some" },
      ),
    )
    expect(outcome.eligible).toBe(false)
    expect(conditionMet(outcome.reasons, "care-act/eligibility/reg-2/1/c")).toBe(false)
  })

  it("gives one reason per outcome, naming the assessment period (fluctuating needs, reg 2(4))", () => {
    const outcome = adultEligibility(
      adult([
        ["nutrition", ["without-assistance"]],
        ["relationships", []],
      ]),
    )
    expect(outcome.reasons).toHaveLength(3 + 2)
    expect(outcome.reasons[1]?.text).toContain("2026-01-05 to 2026-03-29")
  })
})

describe("carers: reg 3", () => {
  it("is eligible with one outcome unable (one is enough)", () => {
    const outcome = carerEligibility(
      carer({
        outcomes: [{ outcome: "recreation", unableSenses: ["without-assistance"], evidence: "" }],
      }),
    )
    expect(outcome.eligible).toBe(true)
  })
  it("is eligible with health at risk and no outcome unable", () => {
    expect(carerEligibility(carer({ healthAtRiskOfDeteriorating: true })).eligible).toBe(true)
  })
  it("is not eligible with neither (boundary of reg 3(1)(b))", () => {
    const outcome = carerEligibility(carer())
    expect(outcome.eligible).toBe(false)
    expect(conditionMet(outcome.reasons, "care-act/eligibility/reg-3/1/b")).toBe(false)
  })
  it("is not eligible when the care is not necessary care", () => {
    expect(
      carerEligibility(
        carer({ healthAtRiskOfDeteriorating: true, needsAriseFromProvidingNecessaryCare: false }),
      ).eligible,
    ).toBe(false)
  })
})
