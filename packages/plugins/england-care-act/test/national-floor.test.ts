import {
  AdultAssessment,
  CarerAssessment,
  definePlugin,
  defineDeployment,
  FinancialAssessment,
  type NationalFloorTightened,
  type PluginUse,
} from "@openpb/plugin-sdk"
import { Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  adultEligibility,
  carerEligibility,
  contribution,
  EnglandCareActSettings,
  englandCareAct,
  englandFloorCases,
  nationalMigRates,
} from "../src/index.ts"
import { adult } from "./fixtures.ts"

const said = (text: string) => [{ criterion: "test/rule", met: null, text }] as const

/** The ports England's plugin leaves to others, answered plainly so a deployment can start. */
const theRest = definePlugin({
  id: "test/the-rest",
  version: "1.0.0",
  description: "Answers the ports the Care Act plugin does not provide, for these tests.",
  provides: ["healthEligibility", "resourceAllocation", "approval", "contingency"],
  settings: Schema.Struct({}),
  rules: () => ({
    healthEligibility: {
      assess: () => ({ rightToHave: false, grounds: [], reasons: said("No health budget here.") }),
    },
    resourceAllocation: {
      indicativeBudget: () => ({
        annualAmountPence: 0,
        fundingStreams: [],
        items: [],
        reasons: said("Nothing allocated in this test."),
      }),
    },
    approval: {
      requirement: () => ({
        level: "panel",
        minimumApproverLimitPence: 0,
        reasons: said("A panel decides in this test."),
      }),
      limitFor: () => 0,
      refusalGrounds: [{ id: "test", text: "A test ground." }],
    },
    contingency: {
      decide: () => ({
        allowed: false,
        upliftPence: 0,
        days: 0,
        reasons: said("No contingency in this test."),
      }),
    },
  }),
})

const unable = (a: AdultAssessment) =>
  new Set(a.outcomes.filter((o) => o.unableSenses.length > 0).map((o) => o.outcome)).size

/** A council's own eligibility rule asking three unachievable outcomes: stricter than reg 2. */
const threeOutcomes = definePlugin({
  id: "test/three-outcomes",
  version: "1.0.0",
  description: "Asks three unachievable outcomes where the regulations ask two.",
  provides: ["eligibility"],
  settings: Schema.Struct({}),
  rules: () => ({
    eligibility: {
      adult: (a) => {
        const national = adultEligibility(a)
        return {
          eligible: national.eligible && unable(a) >= 3,
          reasons: [
            ...national.reasons,
            {
              criterion: "test/three-outcomes",
              met: unable(a) >= 3,
              text: `This council asks three outcomes or more; ${unable(a)} were found.`,
            },
          ],
        }
      },
      carer: carerEligibility,
    },
  }),
})

const defaults = Schema.decodeUnknownSync(EnglandCareActSettings)({})

/** A council's charging rule with a guarantee £20 a week below the national one. */
const lowerGuarantee = definePlugin({
  id: "test/lower-guarantee",
  version: "1.0.0",
  description: "Charges with a minimum income guarantee £20 a week below the national one.",
  provides: ["charging"],
  settings: Schema.Struct({}),
  rules: () => ({
    charging: {
      contribution: contribution({
        ...defaults,
        minimumIncomeGuarantee: nationalMigRates.map((r) => ({
          ...r,
          single25AndOverPence: r.single25AndOverPence - 2_000,
        })),
      }),
    },
  }),
})

/** One outcome is enough here: more generous than reg 2, and lawful. */
const oneOutcome = definePlugin({
  id: "test/one-outcome",
  version: "1.0.0",
  description: "Meets the needs of adults unable to achieve one outcome or more.",
  provides: ["eligibility"],
  settings: Schema.Struct({}),
  rules: () => ({
    eligibility: {
      adult: (a) => {
        const national = adultEligibility(a)
        return {
          ...national,
          eligible:
            national.eligible ||
            (a.needsAriseFromImpairmentOrIllness &&
              a.wellbeingImpact === "significant" &&
              unable(a) >= 1),
        }
      },
      carer: carerEligibility,
    },
  }),
})

const council = { id: "test-council", name: "Test Council", nation: "england" } as const
const deploy = (uses: ReadonlyArray<PluginUse>, choose: Record<string, string> = {}) =>
  defineDeployment({ council, plugins: [...uses, theRest.with()], choose })

describe("England's national floor (Eligibility Regulations 2015, Charging Regulations 2014)", () => {
  it("is stated by the Care Act plugin with its national settings, for eligibility, charging and review clocks", () => {
    expect(englandCareAct.nationalFloor?.nation).toBe("england")
    expect(englandCareAct.nationalFloor?.ports).toEqual([
      "eligibility",
      "charging",
      "reviewSchedule",
    ])
  })

  it("tries first the people the regulations only just make eligible: every adult and carer case is eligible", () => {
    const adults = (englandFloorCases.eligibility?.adult ?? []).map((a) =>
      Schema.decodeUnknownSync(AdultAssessment)(a),
    )
    const carers = (englandFloorCases.eligibility?.carer ?? []).map((a) =>
      Schema.decodeUnknownSync(CarerAssessment)(a),
    )
    expect(adults.length).toBeGreaterThanOrEqual(14)
    expect(adults.every((a) => adultEligibility(a).eligible && unable(a) === 2)).toBe(true)
    expect(carers.every((a) => carerEligibility(a).eligible)).toBe(true)
    // Every outcome of reg 2(2) and of reg 3(2)(b) appears in a case.
    expect(new Set(adults.flatMap((a) => a.outcomes.map((o) => o.outcome))).size).toBe(10)
    expect(new Set(carers.flatMap((a) => a.outcomes.map((o) => o.outcome))).size).toBe(8)
    const charges = (englandFloorCases.charging?.contribution ?? []).map((f) =>
      Schema.decodeUnknownSync(FinancialAssessment)(f),
    )
    const national = contribution(defaults)
    // Most cases leave something to pay, so a dearer rule shows on them.
    expect(charges.filter((f) => national(f).weeklyContributionPence > 0).length).toBeGreaterThan(
      charges.length / 2,
    )
  })

  it("stops a deployment whose eligibility plugin asks three outcomes, naming the plugin and a person reg 2 makes eligible", () => {
    const error = Effect.runSync(
      Effect.flip(
        deploy([englandCareAct.with(), threeOutcomes.with()], {
          eligibility: "test/three-outcomes",
        }).resolve,
      ),
    ) as NationalFloorTightened
    expect(error._tag).toBe("NationalFloorTightened")
    expect(error.rule).toBe("eligibility.adult")
    const person = Schema.decodeUnknownSync(AdultAssessment)(error.counterexample)
    expect(adultEligibility(person).eligible).toBe(true)
    expect(error.message).toContain("test/three-outcomes@1.0.0")
    expect(error.message).toContain(
      "is stricter than England's national floor in eligibility.adult",
    )
    expect(error.message).toContain(
      "For an adult whose needs arise from an impairment or illness, unable to achieve 2 of the outcomes (nutrition: without-assistance; relationships: without-assistance), with significant impact on wellbeing",
    )
    expect(error.message).toContain(
      "the national rule (openpb/england-care-act@1.0.0 with its national settings) says eligible (The needs arise from a physical or mental impairment or illness. Unable to achieve 2 of the specified outcomes",
    )
    expect(error.message).toContain("test/three-outcomes@1.0.0")
    expect(error.pluginAnswer).toBe("not eligible")
    expect(error.message).toMatch(
      /; test\/three-outcomes@1\.0\.0\+[0-9a-f]{12} says not eligible \(The needs arise/,
    )
    expect(error.pluginReasons.at(-1)).toBe(
      "This council asks three outcomes or more; 2 were found.",
    )
  })

  it("stops a deployment charging with a lower minimum income guarantee, with both contributions", () => {
    const error = Effect.runSync(
      Effect.flip(
        deploy([englandCareAct.with(), lowerGuarantee.with()], {
          charging: "test/lower-guarantee",
        }).resolve,
      ),
    ) as NationalFloorTightened
    expect(error.rule).toBe("charging.contribution")
    expect(error.plugin).toMatch(/^test\/lower-guarantee@1\.0\.0\+/)
    // £300 a week at 40, no capital: £137.85 under the national guarantee, £20 more under this one.
    expect(error.message).toContain("a person aged 40, single, with income of £300.00 a week")
    expect(error.floorAnswer).toBe("a contribution of £137.85 a week")
    expect(error.pluginAnswer).toBe("a contribution of £157.85 a week")
    expect(error.floorReasons[0]).toContain("minimum income guarantee of £162.15 a week")
  })

  it("starts a council more generous than the law, and records needs met beyond reg 2 under s19(1)", () => {
    const deployment = deploy(
      [
        englandCareAct.with({
          firstPlanReviewWeeks: 6,
          minimumWeeklyChargePence: 125,
          capitalUpperLimitPence: 3_000_000,
        }),
        oneOutcome.with(),
      ],
      { eligibility: "test/one-outcome" },
    )
    const resolved = Effect.runSync(deployment.resolve)
    expect(resolved.floors.map((f) => [f.rule, f.sameRules])).toEqual([
      ["eligibility.adult", false],
      ["eligibility.carer", false],
      ["charging.contribution", false],
      ["reviewSchedule.nextReviews", false],
    ])
    expect(resolved.floors.every((f) => f.cases >= 300)).toBe(true)
    // The provider as core asks it: its own answer, with the power that meets needs beyond reg 2.
    const rules = resolved.providers.exclusive.eligibility?.rules.eligibility
    const beyond = rules?.adult(adult([["nutrition", ["without-assistance"]]]))
    const within = rules?.adult(
      adult([
        ["nutrition", ["without-assistance"]],
        ["toilet-needs", ["without-assistance"]],
      ]),
    )
    expect(resolved.providers.exclusive.eligibility?.id).toBe("test/one-outcome")
    expect(beyond?.eligible).toBe(true)
    expect(beyond?.reasons.at(-1)).toMatchObject({ criterion: "care-act/s19/1" })
    expect(beyond?.reasons.at(-1)?.text).toContain("Care Act 2014 s19(1)")
    expect(within?.eligible).toBe(true)
    expect(within?.reasons.some((r) => r.criterion === "care-act/s19/1")).toBe(false)
  })

  it("compares nothing when the Care Act plugin answers with its national settings", () => {
    const resolved = Effect.runSync(deploy([englandCareAct.with()]).resolve)
    expect(resolved.floors.every((f) => f.sameRules && f.cases === 0)).toBe(true)
  })
})
