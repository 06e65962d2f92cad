import { FinancialAssessment, loadPlugin } from "@openpb/plugin-sdk"
import { Effect } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  contribution,
  EnglandCareActSettings,
  englandCareAct,
  nationalMigRates,
} from "../src/index.ts"
import { Schema } from "effect"

const defaults = Schema.decodeUnknownSync(EnglandCareActSettings)({})
const charge = contribution(defaults)

// Amounts are written as plain numbers and decoded, as a deployment gives them to the plugin.
const person = (overrides: Partial<typeof FinancialAssessment.Encoded>): FinancialAssessment =>
  Schema.decodeUnknownSync(FinancialAssessment)({
    weeklyIncomePence: 30_000,
    capitalPence: 0,
    weeklyDisabilityRelatedExpenditurePence: 0,
    weeklyHousingCostsPence: 0,
    ageYears: 40,
    receivesSection117Aftercare: false,
    ...overrides,
  })

describe("charging: SI 2014/2672 with the 2025/26 figures", () => {
  it("charges nothing for s117 aftercare, whatever the means", () => {
    expect(
      charge(
        person({
          weeklyIncomePence: 900_000,
          capitalPence: 9_000_000,
          receivesSection117Aftercare: true,
        }),
      ).weeklyContributionPence,
    ).toBe(0)
  })

  it("leaves the minimum income guarantee (£112.50 + £49.65 at 25 and over; £89.15 + £49.65 under 25)", () => {
    // £300 income, no capital: £300 - £162.15 = £137.85 a week.
    expect(charge(person({})).weeklyContributionPence).toBe(30_000 - 16_215)
    expect(charge(person({ ageYears: 24 })).weeklyContributionPence).toBe(30_000 - 13_880)
    expect(charge(person({ weeklyIncomePence: 16_215 })).weeklyContributionPence).toBe(0)
  })

  it("takes £1 a week for every £250, or part of it, between £14,250 and £23,250", () => {
    const base = charge(person({})).weeklyContributionPence
    expect(charge(person({ capitalPence: 1_425_000 })).weeklyContributionPence).toBe(base)
    expect(charge(person({ capitalPence: 1_425_001 })).weeklyContributionPence).toBe(base + 100)
    expect(charge(person({ capitalPence: 1_450_000 })).weeklyContributionPence).toBe(base + 100)
    expect(charge(person({ capitalPence: 2_325_000 })).weeklyContributionPence).toBe(base + 3_600)
  })

  it("asks the full cost above the upper limit of £23,250 (boundary: at the limit tariff applies)", () => {
    const above = charge(person({ capitalPence: 2_325_001 }))
    expect(above.reasons[0]?.criterion).toBe("charging/capital/upper-limit")
    expect(charge(person({ capitalPence: 2_325_000 })).reasons[0]?.criterion).toBe(
      "charging/reg-7/mig",
    )
  })

  it("never charges more than income above the guarantee (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 0, max: 1_425_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        (income, capital, dre) => {
          const weekly = charge(
            person({
              weeklyIncomePence: income,
              capitalPence: capital,
              weeklyDisabilityRelatedExpenditurePence: dre,
            }),
          ).weeklyContributionPence
          expect(weekly).toBe(Math.max(0, income - 16_215 - dre))
        },
      ),
    )
  })

  it("lets a council be more generous (a higher guarantee) and refuses a stricter one", () => {
    const [rates] = nationalMigRates
    const local = (single25AndOverPence: number) =>
      englandCareAct.with({ minimumIncomeGuarantee: [{ ...rates, single25AndOverPence }] })
    const generous = Effect.runSync(loadPlugin(local(13_000)))
    expect(generous.rules.charging?.contribution(person({})).weeklyContributionPence).toBe(
      30_000 - 13_000 - 4_965,
    )
    const stricter = Effect.runSync(Effect.flip(loadPlugin(local(11_000))))
    expect(stricter._tag).toBe("PluginSettingsInvalid")
    expect(stricter.message).toContain("single25AndOverPence")
  })

  it("does not collect a charge below the council's minimum", () => {
    const loaded = Effect.runSync(
      loadPlugin(englandCareAct.with({ minimumWeeklyChargePence: 125 })),
    )
    expect(
      loaded.rules.charging?.contribution(person({ weeklyIncomePence: 16_215 + 124 }))
        .weeklyContributionPence,
    ).toBe(0)
    expect(
      loaded.rules.charging?.contribution(person({ weeklyIncomePence: 16_215 + 125 }))
        .weeklyContributionPence,
    ).toBe(125)
  })
})
