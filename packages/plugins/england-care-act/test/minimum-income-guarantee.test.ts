import { FinancialAssessment } from "@openpb/plugin-sdk"
import { Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  contribution,
  EnglandCareActSettings,
  minimumIncomeGuarantee,
  nationalMigRates,
  pensionCreditQualifyingDate,
  ratesOn,
} from "../src/index.ts"

// Charging Regulations 2014 reg 7 with the figures of the 2025/26 circular (README, "Figures").
const [rates] = nationalMigRates
if (rates === undefined) throw new Error("no national table")
const defaults = Schema.decodeUnknownSync(EnglandCareActSettings)({})

// Amounts are written as plain numbers and decoded, as a deployment gives them to the plugin.
const person = (overrides: Partial<typeof FinancialAssessment.Encoded>): FinancialAssessment =>
  Schema.decodeUnknownSync(FinancialAssessment)({
    weeklyIncomePence: 40_000,
    capitalPence: 0,
    weeklyDisabilityRelatedExpenditurePence: 0,
    weeklyHousingCostsPence: 0,
    ageYears: 40,
    receivesSection117Aftercare: false,
    assessedOn: "2026-01-15",
    ...overrides,
  })
const none = { disability: false, enhancedDisability: false, carer: false, dependentChildren: 0 }
const mig = (f: Partial<typeof FinancialAssessment.Encoded>) =>
  minimumIncomeGuarantee(rates, person(f)).weeklyPence

describe("the minimum income guarantee: every age band, household and premium (2025/26)", () => {
  it("personal amounts: £89.15 under 25, £112.50 from 25, lone parent £112.50, couple each", () => {
    expect(mig({ ageYears: 18, premiums: none })).toBe(8_915)
    expect(mig({ ageYears: 24, premiums: none })).toBe(8_915)
    expect(mig({ ageYears: 25, premiums: none })).toBe(11_250)
    expect(mig({ ageYears: 20, household: "lone-parent", premiums: none })).toBe(11_250)
    expect(mig({ ageYears: 40, household: "couple", premiums: none })).toBe(
      rates.couplePerPersonPence,
    )
  })

  it("adds the disability premium (£49.65) and the enhanced disability premium (£24.25)", () => {
    const disabled = { ...none, disability: true }
    expect(mig({ premiums: disabled })).toBe(11_250 + 4_965)
    expect(mig({ premiums: { ...disabled, enhancedDisability: true } })).toBe(
      11_250 + 4_965 + 2_425,
    )
    expect(mig({ household: "couple", premiums: { ...disabled, enhancedDisability: true } })).toBe(
      rates.couplePerPersonPence +
        rates.disabilityPremiumCouplePerPersonPence +
        rates.enhancedDisabilityPremiumCouplePerPersonPence,
    )
  })

  it("applies the disability premium when premiums are not recorded, and says so in pounds", () => {
    const g = minimumIncomeGuarantee(rates, person({}))
    expect(g.weeklyPence).toBe(16_215)
    expect(g.reason.text).toContain("£162.15")
    expect(g.reason.text).toContain("disability premium £49.65")
    expect(g.reason.text).toContain("2025-26")
  })

  it("adds the carer premium and an amount per dependent child, at any age", () => {
    expect(mig({ premiums: { ...none, carer: true } })).toBe(11_250 + rates.carerPremiumPence)
    expect(mig({ premiums: { ...none, dependentChildren: 2 } })).toBe(
      11_250 + 2 * rates.dependentChildPence,
    )
    const pensioner = { ageYears: 70, dateOfBirth: "1955-06-01", assessedOn: "2026-01-15" }
    expect(mig({ ...pensioner, premiums: { ...none, carer: true, dependentChildren: 1 } })).toBe(
      rates.pensionAgeSinglePence + rates.carerPremiumPence + rates.dependentChildPence,
    )
  })

  it("at pension-credit age uses the pension-age amount and no disability premiums", () => {
    const disabled = {
      disability: true,
      enhancedDisability: true,
      carer: false,
      dependentChildren: 0,
    }
    const born = "1960-06-15" // 66 years and 3 months: qualifying day 15 September 2026
    const before = { dateOfBirth: born, ageYears: 66, assessedOn: "2026-09-14", premiums: disabled }
    const on = { ...before, assessedOn: "2026-09-15" }
    expect(mig(before)).toBe(11_250 + 4_965 + 2_425)
    expect(mig(on)).toBe(rates.pensionAgeSinglePence)
    expect(mig({ ...on, household: "couple" })).toBe(rates.pensionAgeCouplePerPersonPence)
    expect(minimumIncomeGuarantee(rates, person(on)).reason.text).toContain(
      "reached pension-credit qualifying age",
    )
  })

  it("without a date of birth, takes pension-credit age as 66 and says so", () => {
    const g = minimumIncomeGuarantee(rates, person({ ageYears: 66 }))
    expect(g.weeklyPence).toBe(rates.pensionAgeSinglePence)
    expect(g.reason.text).toContain("no dated birth")
    expect(mig({ ageYears: 65, premiums: none })).toBe(11_250)
  })

  it("never leaves less than the guarantee, whatever the premiums (property)", () => {
    const charge = contribution(defaults)
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 18, max: 100 }),
        fc.constantFrom("single" as const, "lone-parent" as const, "couple" as const),
        fc.record({
          disability: fc.boolean(),
          enhancedDisability: fc.boolean(),
          carer: fc.boolean(),
          dependentChildren: fc.integer({ min: 0, max: 6 }),
        }),
        (income, ageYears, household, premiums) => {
          const f = person({ weeklyIncomePence: income, ageYears, household, premiums })
          const guarantee = minimumIncomeGuarantee(rates, f).weeklyPence
          const weekly = charge(f).weeklyContributionPence
          expect(weekly).toBe(Math.max(0, income - guarantee))
          expect(income - weekly).toBeGreaterThanOrEqual(Math.min(income, guarantee))
        },
      ),
    )
  })
})

describe("the year's figures are those in force on the day the assessment takes effect", () => {
  const tables = [
    rates,
    { ...rates, from: "2026-04-06", chargingYear: "2026-27", single25AndOverPence: 11_500 },
  ]
  it("picks the table in force, the oldest before the first", () => {
    expect(ratesOn(tables, "2026-04-05").chargingYear).toBe("2025-26")
    expect(ratesOn(tables, "2026-04-06").chargingYear).toBe("2026-27")
    expect(ratesOn(tables, "2020-01-01").chargingYear).toBe("2025-26")
  })
  it("charges by the table in force on the assessment's date", () => {
    const settings = Schema.decodeUnknownSync(EnglandCareActSettings)({
      minimumIncomeGuarantee: tables,
    })
    const at = (assessedOn: string) =>
      contribution(settings)(person({ assessedOn, premiums: none })).weeklyContributionPence
    expect(at("2026-04-05")).toBe(40_000 - 11_250)
    expect(at("2026-04-06")).toBe(40_000 - 11_500)
  })
})

describe("pension-credit qualifying age (a woman's pensionable age), to the day", () => {
  it.each([
    ["1950-04-05", "2010-04-05"], // before the 1995 Act's rise: 60
    ["1950-04-06", "2010-05-06"], // 1995 Act table, first row
    ["1953-04-05", "2016-03-06"], // 1995 Act table, last row
    ["1953-04-06", "2016-07-06"], // Pensions Act 2011, first row
    ["1954-10-05", "2020-09-06"], // Pensions Act 2011, last row
    ["1954-10-06", "2020-10-06"], // 66
    ["1960-04-05", "2026-04-05"], // 66
    ["1960-04-06", "2026-05-06"], // Pensions Act 2014: 66 years and 1 month
    ["1960-06-15", "2026-09-15"], // 66 years and 3 months
    ["1960-12-31", "2027-09-30"], // 66 years and 9 months; 31 September is the 30th
    ["1961-03-05", "2028-02-05"], // 66 years and 11 months
    ["1961-03-06", "2028-03-06"], // 67
    ["1977-04-05", "2044-04-05"], // 67
    ["1977-04-06", "2044-05-06"], // Pensions Act 2007, first row
    ["1978-04-05", "2046-03-06"], // Pensions Act 2007, last row
    ["1978-04-06", "2046-04-06"], // 68
  ])("born %s: qualifies on %s", (born, qualifies) => {
    expect(pensionCreditQualifyingDate(born)).toBe(qualifies)
  })

  it("is never earlier for someone born later (property)", () => {
    const day = fc
      .date({ min: new Date("1940-01-01"), max: new Date("1990-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a]
        expect(pensionCreditQualifyingDate(early) <= pensionCreditQualifyingDate(late)).toBe(true)
      }),
    )
  })
})
