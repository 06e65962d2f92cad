import { AdultAssessment, EligibilityPolicy } from "@openpb/core"
import { Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  type AnyPlugin,
  addDays,
  between,
  type CarerAssessment,
  definePlugin,
  defineDeployment,
  type FinancialAssessment,
  type NationalFloorTightened,
  type PluginUse,
  withDefault,
} from "../src/index.ts"
import { everything } from "./support.ts"

const unable = (a: {
  outcomes: ReadonlyArray<{ outcome: string; unableSenses: ReadonlyArray<unknown> }>
}) => new Set(a.outcomes.filter((o) => o.unableSenses.length > 0).map((o) => o.outcome)).size
const said = (text: string) => [{ criterion: "test/rule", met: null, text }] as const

const adultRule = (minimum: number) => (a: AdultAssessment) => {
  const eligible =
    a.needsAriseFromImpairmentOrIllness &&
    unable(a) >= minimum &&
    a.wellbeingImpact === "significant"
  return {
    eligible,
    reasons: said(`Unable to achieve ${unable(a)} outcomes; ${minimum} are needed.`),
  }
}
const carerRule = (a: CarerAssessment) => ({
  eligible:
    a.needsAriseFromProvidingNecessaryCare &&
    (a.healthAtRiskOfDeteriorating || unable(a) >= 1) &&
    a.wellbeingImpact === "significant",
  reasons: said("Necessary care, then health at risk or one outcome, then a significant impact."),
})
const chargeRule = (allowancePence: number) => (f: FinancialAssessment) => ({
  weeklyContributionPence: f.receivesSection117Aftercare
    ? 0
    : Math.max(
        0,
        f.weeklyIncomePence -
          allowancePence -
          f.weeklyDisabilityRelatedExpenditurePence -
          f.weeklyHousingCostsPence,
      ),
  reasons: said(`Income above an allowance of ${allowancePence} pence a week is charged.`),
})

const twoOutcomes = {
  period: { from: "2026-01-05", to: "2026-03-29" },
  needsAriseFromImpairmentOrIllness: true,
  impairmentOrIllness: "a mental illness",
  outcomes: [
    { outcome: "nutrition", unableSenses: ["without-assistance"], evidence: "Notes." },
    { outcome: "relationships", unableSenses: ["without-assistance"], evidence: "Notes." },
  ],
  wellbeingImpact: "significant",
  wellbeingEvidence: "Notes.",
  healthNeeds: [],
  detentions: [],
  healthGrounds: [],
  views: { person: "Mine.", practitioner: "Theirs." },
} as const

const floorSettings = Schema.Struct({
  minimumOutcomes: withDefault(between(1, 10, "Outcomes needed"), 2),
  allowancePence: withDefault(between(0, 100_000, "The allowance"), 10_000),
  firstReviewDays: withDefault(between(1, 365, "Days to the first review"), 56),
})

const floorDeclaration = {
  nation: "england",
  ports: ["eligibility", "charging", "reviewSchedule"],
  beyondFloor: {
    adult: {
      criterion: "test/power-to-meet",
      met: null,
      text: "Not eligible under the national rule: met under the council's power in this test.",
    },
  },
} as const

/** A nation's rules in miniature: with its defaults, this plugin states England's floor. */
const nationalRules = definePlugin({
  id: "test/national-rules",
  version: "1.0.0",
  description: "A small national rule set stating a floor for eligibility, charging and reviews.",
  provides: ["eligibility", "charging", "reviewSchedule"],
  settings: floorSettings,
  nationalFloor: { ...floorDeclaration, cases: { eligibility: { adult: [twoOutcomes] } } },
  rules: (s) => ({
    eligibility: { adult: adultRule(s.minimumOutcomes), carer: carerRule },
    charging: { contribution: chargeRule(s.allowancePence) },
    reviewSchedule: {
      nextReviews: (i) => [
        {
          clock: "plan" as const,
          dueDate: addDays(i.planStartDate, s.firstReviewDays),
          reasons: said(`A plan is first reviewed within ${s.firstReviewDays} days.`),
        },
      ],
    },
  }),
})

/** The same rules stating the same floor, but with no hand-written case: only generated ones. */
const uncasedRules = definePlugin({
  ...nationalRules,
  id: "test/national-rules-uncased",
  nationalFloor: floorDeclaration,
})

const stricterEligibility = definePlugin({
  id: "test/stricter-eligibility",
  version: "1.0.0",
  description: "Asks three unachievable outcomes where the national rule asks two.",
  provides: ["eligibility"],
  settings: Schema.Struct({}),
  rules: () => ({ eligibility: { adult: adultRule(3), carer: carerRule } }),
})

const stricterCarers = definePlugin({
  id: "test/stricter-carers",
  version: "1.0.0",
  description: "Refuses a carer whose only ground is health at risk of deteriorating.",
  provides: ["eligibility"],
  settings: Schema.Struct({}),
  rules: () => ({
    eligibility: {
      adult: adultRule(2),
      carer: (a) => ({
        ...carerRule(a),
        eligible: carerRule(a).eligible && unable(a) >= 1,
      }),
    },
  }),
})

const dearerCharging = definePlugin({
  id: "test/dearer-charging",
  version: "1.0.0",
  description: "Leaves people a smaller allowance than the national rule.",
  provides: ["charging"],
  settings: Schema.Struct({}),
  rules: () => ({ charging: { contribution: chargeRule(5_000) } }),
})

const generous = definePlugin({
  id: "test/generous",
  version: "1.0.0",
  description: "Finds one outcome enough, every carer eligible, and charges nothing.",
  provides: ["eligibility", "charging"],
  settings: Schema.Struct({}),
  rules: () => ({
    eligibility: {
      adult: adultRule(1),
      carer: () => ({ eligible: true, reasons: said("Every carer is supported here.") }),
    },
    charging: {
      contribution: () => ({
        weeklyContributionPence: 0,
        reasons: said("Nothing is charged here."),
      }),
    },
  }),
})

const promptReviews = definePlugin({
  id: "test/prompt-reviews",
  version: "1.0.0",
  description: "Reviews every plan within four weeks of its start.",
  provides: ["reviewSchedule"],
  settings: Schema.Struct({}),
  rules: () => ({
    reviewSchedule: {
      nextReviews: (i) => [
        {
          clock: "plan" as const,
          dueDate: addDays(i.planStartDate, 28),
          reasons: said("Plans are reviewed within four weeks here."),
        },
      ],
    },
  }),
})

const council = { id: "test-council", name: "Test Council", nation: "england" } as const

/** A deployment in which `eligibility` and `charging` answer the named ports; test/all-ports the rest. */
const deploy = (
  uses: ReadonlyArray<PluginUse>,
  answering: { eligibility: string; charging: string },
  extra: { nation?: "england" | "scotland"; floors?: ReadonlyArray<AnyPlugin> } = {},
) =>
  defineDeployment({
    council: { ...council, nation: extra.nation ?? "england" },
    plugins: [...uses, everything.with()],
    choose: answering,
    ...(extra.floors ? { floors: extra.floors } : {}),
  })

const refusal = (deployment: ReturnType<typeof defineDeployment>) => {
  const error = Effect.runSync(Effect.flip(deployment.resolve))
  expect(error._tag).toBe("NationalFloorTightened")
  return error as NationalFloorTightened
}
const decodeAdult = Schema.decodeUnknownSync(AdultAssessment)

describe("national floors", () => {
  it("refuses a deployment whose eligibility plugin asks three outcomes where the national rule asks two, naming the plugin and a person the national rule makes eligible", () => {
    const error = refusal(
      deploy([nationalRules.with(), stricterEligibility.with()], {
        eligibility: "test/stricter-eligibility",
        charging: "test/national-rules",
      }),
    )
    expect(error.rule).toBe("eligibility.adult")
    expect(error.plugin).toMatch(/^test\/stricter-eligibility@1\.0\.0\+[0-9a-f]{12}$/)
    expect(error.floor).toBe("test/national-rules@1.0.0")
    // The counterexample is a person the national rule makes eligible and the plugin refuses.
    const person = decodeAdult(error.counterexample)
    expect(adultRule(2)(person).eligible).toBe(true)
    expect(adultRule(3)(person).eligible).toBe(false)
    expect([error.floorAnswer, error.pluginAnswer]).toEqual(["eligible", "not eligible"])
    expect(error.message).toContain("test/stricter-eligibility@1.0.0")
    expect(error.message).toContain("England's national floor in eligibility.adult")
    expect(error.message).toContain(
      "an adult whose needs arise from an impairment or illness, unable to achieve 2 of the outcomes (nutrition: without-assistance; relationships: without-assistance), with significant impact on wellbeing",
    )
    expect(error.message).toContain("says eligible (Unable to achieve 2 outcomes; 2 are needed.)")
    expect(error.message).toContain(
      "says not eligible (Unable to achieve 2 outcomes; 3 are needed.)",
    )
  })

  it("finds a counterexample among generated inputs alone, shrunk to a small one, the same at every startup", () => {
    const make = () =>
      deploy([uncasedRules.with(), stricterEligibility.with()], {
        eligibility: "test/stricter-eligibility",
        charging: "test/national-rules-uncased",
      })
    const error = refusal(make())
    const person = decodeAdult(error.counterexample)
    expect(unable(person)).toBe(2)
    expect(person.outcomes.every((o) => o.unableSenses.length <= 1)).toBe(true)
    expect(error.floorAnswer).toBe("eligible")
    expect(JSON.stringify(refusal(make()).counterexample)).toBe(
      JSON.stringify(error.counterexample),
    )
  })

  it("holds the floor plugin itself to its national settings: a local setting may not tighten it", () => {
    const error = refusal(
      deploy([nationalRules.with({ minimumOutcomes: 3 })], {
        eligibility: "test/national-rules",
        charging: "test/national-rules",
      }),
    )
    expect(error.rule).toBe("eligibility.adult")
    expect(error.plugin).toMatch(/^test\/national-rules@1\.0\.0\+/)
    expect(error.message).toContain("(test/national-rules@1.0.0 with its national settings)")
  })

  it("refuses a carers' rule that drops health at risk as a ground on its own", () => {
    const error = refusal(
      deploy([nationalRules.with(), stricterCarers.with()], {
        eligibility: "test/stricter-carers",
        charging: "test/national-rules",
      }),
    )
    expect(error.rule).toBe("eligibility.carer")
    expect(error.message).toContain(
      "a carer whose needs arise from providing necessary care, health at risk of deteriorating, unable to achieve 0 of the carer outcomes",
    )
  })

  it("refuses a charging plugin that asks more than the national rule, with both amounts", () => {
    const error = refusal(
      deploy([nationalRules.with(), dearerCharging.with()], {
        eligibility: "test/national-rules",
        charging: "test/dearer-charging",
      }),
    )
    expect(error.rule).toBe("charging.contribution")
    expect(error.plugin).toMatch(/^test\/dearer-charging@1\.0\.0\+/)
    const floor = Number(error.floorAnswer.match(/£([\d,.]+)/)?.[1]?.replace(/,/g, ""))
    const plugin = Number(error.pluginAnswer.match(/£([\d,.]+)/)?.[1]?.replace(/,/g, ""))
    expect(plugin).toBeGreaterThan(floor)
    expect(error.message).toContain("a person aged")
  })

  it("refuses a later review clock, unless another plugin of the shared port reviews sooner", () => {
    const later = refusal(
      deploy([nationalRules.with({ firstReviewDays: 90 })], {
        eligibility: "test/national-rules",
        charging: "test/national-rules",
      }),
    )
    expect(later.rule).toBe("reviewSchedule.nextReviews")
    expect(later.message).toMatch(/the plan review due by \d{4}-\d{2}-\d{2}/)
    const sooner = Effect.runSync(
      deploy([nationalRules.with({ firstReviewDays: 90 }), promptReviews.with()], {
        eligibility: "test/national-rules",
        charging: "test/national-rules",
      }).resolve,
    )
    expect(
      sooner.floors.find((f) => f.rule === "reviewSchedule.nextReviews")?.cases,
    ).toBeGreaterThanOrEqual(300)
  })

  it("starts a more generous deployment, having compared every rule, and records needs met beyond the floor as such", async () => {
    const deployment = deploy([nationalRules.with(), generous.with()], {
      eligibility: "test/generous",
      charging: "test/generous",
    })
    const resolved = Effect.runSync(deployment.resolve)
    expect(resolved.floors.map((f) => [f.rule, f.sameRules, f.cases >= 300])).toEqual([
      ["eligibility.adult", false, true],
      ["eligibility.carer", false, true],
      ["charging.contribution", false, true],
      // The floor plugin answers the shared review port itself, so the earlier date stands.
      ["reviewSchedule.nextReviews", true, false],
    ])
    const oneOutcome = decodeAdult({ ...twoOutcomes, outcomes: twoOutcomes.outcomes.slice(0, 1) })
    const { beyond, within } = await Effect.gen(function* () {
      const eligibility = yield* EligibilityPolicy
      return {
        beyond: yield* eligibility.adult(oneOutcome),
        within: yield* eligibility.adult(decodeAdult(twoOutcomes)),
      }
    }).pipe(Effect.provide(deployment.layer), Effect.runPromise)
    expect(beyond.eligible).toBe(true)
    expect(beyond.reasons.at(-1)?.criterion).toBe("test/power-to-meet")
    expect(beyond.policy.id).toBe("test/generous")
    expect(within.eligible).toBe(true)
    expect(within.reasons.map((r) => r.criterion)).not.toContain("test/power-to-meet")
  })

  it("compares nothing when the floor plugin answers with its national settings", () => {
    const resolved = Effect.runSync(
      deploy([nationalRules.with()], {
        eligibility: "test/national-rules",
        charging: "test/national-rules",
      }).resolve,
    )
    expect(resolved.floors).toHaveLength(4)
    expect(resolved.floors.every((f) => f.sameRules && f.cases === 0)).toBe(true)
  })

  it("holds a deployment to a floor named under `floors` it does not list, and only to its own nation's", () => {
    const named = refusal(
      deploy(
        [stricterEligibility.with(), generous.with()],
        {
          eligibility: "test/stricter-eligibility",
          charging: "test/generous",
        },
        { floors: [nationalRules] },
      ),
    )
    expect(named.rule).toBe("eligibility.adult")
    const scotland = Effect.runSync(
      deploy(
        [nationalRules.with(), stricterEligibility.with()],
        {
          eligibility: "test/stricter-eligibility",
          charging: "test/national-rules",
        },
        { nation: "scotland" },
      ).resolve,
    )
    expect(scotland.floors).toEqual([])
    const wrong = Effect.runSync(
      Effect.flip(
        deploy(
          [generous.with()],
          { eligibility: "test/generous", charging: "test/generous" },
          {
            nation: "scotland",
            floors: [nationalRules],
          },
        ).resolve,
      ),
    )
    expect(wrong._tag).toBe("DeploymentInvalid")
    expect(wrong.message).toContain(
      "test/national-rules, which states no national floor for scotland",
    )
  })

  it("refuses a floor declaration that cannot be held to, where the plugin is defined", () => {
    expect(() =>
      definePlugin({
        ...nationalRules,
        provides: ["eligibility", "charging"],
        // A plugin that no longer provides the port it states a floor for.
        rules: ((s: typeof floorSettings.Type) => {
          const { eligibility, charging } = nationalRules.rules(s)
          return { eligibility, charging }
        }) as never,
      }),
    ).toThrow(/floor for reviewSchedule but does not provide it/)
    expect(() =>
      definePlugin({
        ...nationalRules,
        settings: Schema.Struct({ ...floorSettings.fields, allowancePence: Schema.Int }),
      }),
    ).toThrow(/every setting needs a national default/)
    expect(() =>
      definePlugin({
        ...nationalRules,
        nationalFloor: {
          ...floorDeclaration,
          cases: { eligibility: { adult: [{ ...twoOutcomes, wellbeingImpact: "huge" as never }] } },
        },
      }),
    ).toThrow(/case 1 of eligibility.adult is not a valid input/)
  })
})
