import {
  AdultAssessment,
  CarerAssessment,
  FinancialAssessment,
  Pence,
  type Reason,
  ReviewScheduleInput,
} from "@openpb/core"
import { Arbitrary, Effect, Schema } from "effect"
import type { AnyPlugin, LoadedPlugin } from "./definePlugin.ts"
import { NationalFloorTightened } from "./errors.ts"
import type { PortRules } from "./ports.ts"
import type { Providers } from "./services.ts"
import { pounds } from "./settings.ts"

export const Nation = Schema.Literals(["england", "scotland", "wales", "northern-ireland"])
export type Nation = typeof Nation.Type

/** The ports a national floor can be stated for: the statutory ones a council may not tighten. */
export const floorPorts = ["eligibility", "charging", "reviewSchedule"] as const
export type FloorPort = (typeof floorPorts)[number]

/**
 * Inputs every check of the floor tries before the generated ones (in their encoded form, as a
 * fixture file holds them): the boundary cases of the regulations, so that people the national
 * rule only just makes eligible are certainly among those tried.
 */
export interface FloorCases {
  readonly eligibility?: {
    readonly adult?: ReadonlyArray<(typeof AdultAssessment)["Encoded"]>
    readonly carer?: ReadonlyArray<(typeof CarerAssessment)["Encoded"]>
  }
  readonly charging?: {
    readonly contribution?: ReadonlyArray<(typeof FinancialAssessment)["Encoded"]>
  }
  readonly reviewSchedule?: {
    readonly nextReviews?: ReadonlyArray<(typeof ReviewScheduleInput)["Encoded"]>
  }
}

/**
 * What a plugin declares when, with its default settings, it states a nation's statutory
 * minimum for some ports. A deployment in that nation is held to it: whichever plugin answers
 * the port (this one with local settings, or another) may be more generous, never stricter.
 */
export interface NationalFloor<F extends FloorPort = FloorPort> {
  readonly nation: Nation
  readonly ports: ReadonlyArray<F>
  readonly cases?: FloorCases
  /**
   * The reason added to an eligibility answer when the deployment finds eligible needs this floor
   * does not: the power under which the council meets them (England: Care Act 2014 s19(1) for
   * adults, s20(6) for carers), so the decision records that they are met as such.
   */
  readonly beyondFloor?: { readonly adult?: Reason; readonly carer?: Reason }
}

/** One rule of a deployment held to a national floor, for the startup log and the API. */
export interface FloorCheck {
  readonly nation: Nation
  /** `port.method`, e.g. `eligibility.adult`. */
  readonly rule: string
  /** The plugin stating the floor, with its national (default) settings. */
  readonly floor: string
  /** The plugin(s) answering the rule in this deployment, as decisions record them. */
  readonly providers: ReadonlyArray<string>
  /** True when the floor plugin itself, with its national settings, answers: nothing to compare. */
  readonly sameRules: boolean
  /** How many inputs were compared (hand-written cases first, then generated ones). */
  readonly cases: number
}

/** Inputs generated per rule; with a fixed seed, every startup tries the same ones. */
export const FLOOR_RUNS = 300
const SEED = "openpb/national-floor"

type Raw = Record<string, unknown> & { readonly reasons?: ReadonlyArray<Reason> }

const upTo = (maximum: number) => Pence.check(Schema.isLessThanOrEqualTo(maximum))

/**
 * The port's input with its amounts drawn where charging rules change (a few pence, as an
 * unbounded generator draws, never reach a minimum income guarantee): income to £3,000 a week,
 * capital to £50,000, costs to £500 and £1,000 a week.
 */
const FinancialCases = FinancialAssessment.mapFields((fields) => ({
  ...fields,
  weeklyIncomePence: upTo(300_000),
  capitalPence: upTo(5_000_000),
  weeklyDisabilityRelatedExpenditurePence: upTo(50_000),
  weeklyHousingCostsPence: upTo(100_000),
}))

const reasonsText = (answer: Raw | undefined): ReadonlyArray<string> =>
  (answer?.reasons ?? []).map((r) => r.text)

const senses = (
  outcomes: ReadonlyArray<{ outcome: string; unableSenses: ReadonlyArray<string> }>,
) =>
  outcomes
    .filter((o) => o.unableSenses.length > 0)
    .map((o) => `${o.outcome}: ${[...new Set(o.unableSenses)].join(", ")}`)

const unableDistinct = (
  outcomes: ReadonlyArray<{ outcome: string; unableSenses: ReadonlyArray<string> }>,
) => new Set(outcomes.filter((o) => o.unableSenses.length > 0).map((o) => o.outcome)).size

const adultBrief = (a: AdultAssessment) => {
  const unable = senses(a.outcomes)
  return `an adult whose needs ${a.needsAriseFromImpairmentOrIllness ? "arise" : "do not arise"} from an impairment or illness, unable to achieve ${unableDistinct(a.outcomes)} of the outcomes${unable.length > 0 ? ` (${unable.join("; ")})` : ""}, with ${a.wellbeingImpact === "none" ? "no" : a.wellbeingImpact} impact on wellbeing, assessed over ${a.period.from} to ${a.period.to}${a.fluctuation ? `, needs fluctuating (${a.fluctuation.episodes.length} ${a.fluctuation.episodes.length === 1 ? "episode" : "episodes"} recorded)` : ""}`
}

const carerBrief = (a: CarerAssessment) => {
  const unable = senses(a.outcomes)
  return `a carer whose needs ${a.needsAriseFromProvidingNecessaryCare ? "arise" : "do not arise"} from providing necessary care, health ${a.healthAtRiskOfDeteriorating ? "" : "not "}at risk of deteriorating, unable to achieve ${unableDistinct(a.outcomes)} of the carer outcomes${unable.length > 0 ? ` (${unable.join("; ")})` : ""}, with ${a.wellbeingImpact === "none" ? "no" : a.wellbeingImpact} impact on wellbeing`
}

const financialBrief = (f: FinancialAssessment) =>
  [
    `a person aged ${f.ageYears}`,
    f.household ?? "single",
    `with income of ${pounds(f.weeklyIncomePence)} a week`,
    `capital of ${pounds(f.capitalPence)}`,
    `disability-related costs of ${pounds(f.weeklyDisabilityRelatedExpenditurePence)} and housing costs of ${pounds(f.weeklyHousingCostsPence)} a week`,
    ...(f.premiums
      ? [
          `premiums: ${
            [
              f.premiums.disability ? "disability" : "",
              f.premiums.enhancedDisability ? "enhanced disability" : "",
              f.premiums.carer ? "carer" : "",
              f.premiums.dependentChildren > 0
                ? `${f.premiums.dependentChildren} dependent children`
                : "",
            ]
              .filter(Boolean)
              .join(", ") || "none"
          }`,
        ]
      : []),
    ...(f.dateOfBirth ? [`born ${f.dateOfBirth}`] : []),
    ...(f.assessedOn ? [`assessed on ${f.assessedOn}`] : []),
    f.receivesSection117Aftercare ? "receiving s117 aftercare" : "not receiving s117 aftercare",
  ].join(", ")

const reviewsBrief = (i: ReviewScheduleInput) =>
  [
    `a plan starting ${i.planStartDate}`,
    i.firstDirectPaymentDate
      ? `a first direct payment on ${i.firstDirectPaymentDate}`
      : "no direct payment",
    ...(i.firstNhsDirectPaymentDate
      ? [`a first NHS direct payment on ${i.firstNhsDirectPaymentDate}`]
      : []),
    i.lastReviewDates.length > 0
      ? `last reviews ${i.lastReviewDates.map((d) => `${d.clock} ${d.date}`).join(", ")}`
      : "no review held yet",
  ].join(", ")

type Dues = ReadonlyArray<{
  readonly clock: string
  readonly dueDate: string
  reasons: ReadonlyArray<Reason>
}>

/** The deployment's reviews as core combines them: each clock once, the earlier date standing. */
const combineDues = (lists: ReadonlyArray<Dues>): Dues => {
  const byClock = new Map<string, Dues[number]>()
  for (const due of lists.flat()) {
    const kept = byClock.get(due.clock)
    if (kept === undefined || due.dueDate < kept.dueDate) byClock.set(due.clock, due)
  }
  return [...byClock.values()]
}

const duesText = (dues: Dues) =>
  dues.length === 0
    ? "no review due"
    : dues.map((d) => `the ${d.clock} review due by ${d.dueDate}`).join(" and ")

/**
 * How one rule of a floor port is compared, in its own types: `combine` gives the deployment's
 * answer from its providers' (on a shared port, as core combines them), and `holds` says whether
 * that answer is at least as generous as the floor's.
 */
interface FloorRuleSpec<I, A> {
  readonly port: FloorPort
  readonly method: string
  /** The port's input: what a floor's hand-written cases must be. */
  readonly input: Schema.Decoder<I>
  /** What the generated inputs are drawn from (the input, its amounts in a useful range). */
  readonly generate: Schema.Decoder<I>
  readonly cases: (cases: FloorCases) => ReadonlyArray<unknown> | undefined
  readonly shared: boolean
  readonly call: (plugin: LoadedPlugin, input: I) => A
  readonly combine: (answers: ReadonlyArray<A>) => A
  readonly holds: (floor: A, deployment: A) => boolean
  readonly brief: (input: I) => string
  readonly says: (answer: A) => string
  readonly reasons: (answer: A) => ReadonlyArray<string>
}

/** The facts of a comparison a failure reports. */
interface Compared {
  readonly brief: string
  readonly counterexample: unknown
  readonly floorAnswer: string
  readonly floorReasons: ReadonlyArray<string>
  readonly pluginAnswer: string
  readonly pluginReasons: ReadonlyArray<string>
}

/** A rule with its types closed over: what the check needs of any rule. */
interface FloorRule {
  readonly port: FloorPort
  readonly method: string
  readonly shared: boolean
  readonly cases: (cases: FloorCases) => ReadonlyArray<unknown> | undefined
  /** Why a hand-written case is not a valid input, if it is not. */
  readonly invalid: (value: unknown) => string | undefined
  /**
   * Tries the floor's cases, then generated inputs: how many held, or the first (shrunk) input
   * on which the deployment is stricter.
   */
  readonly compare: (
    floor: LoadedPlugin,
    answering: ReadonlyArray<LoadedPlugin>,
    declared: NationalFloor,
    seed: string,
  ) => Effect.Effect<
    { readonly _tag: "Held"; readonly cases: number } | ({ readonly _tag: "Stricter" } & Compared)
  >
}

/** Calls a rule; an exception is a defect naming the plugin and the rule, as at runtime. */
const callRule = <I, A>(spec: FloorRuleSpec<I, A>, plugin: LoadedPlugin, input: I): A => {
  try {
    return spec.call(plugin, input)
  } catch (cause) {
    throw new Error(
      `Plugin ${label(plugin)} failed in ${spec.port}.${spec.method} while checked against the national floor: ${String(cause)}`,
      { cause },
    )
  }
}

const floorRule = <I, A>(spec: FloorRuleSpec<I, A>): FloorRule => ({
  port: spec.port,
  method: spec.method,
  shared: spec.shared,
  cases: spec.cases,
  invalid: (value) => {
    const decoded = Schema.decodeUnknownExit(spec.input)(value)
    return decoded._tag === "Failure" ? String(decoded.cause) : undefined
  },
  compare: (floor, answering, declared, seed) =>
    Effect.gen(function* () {
      const compare = (value: I) => {
        const floorAnswer = callRule(spec, floor, value)
        const deployment = spec.combine(answering.map((p) => callRule(spec, p, value)))
        return { floorAnswer, deployment, holds: spec.holds(floorAnswer, deployment) }
      }
      const stricter = (value: I) => {
        const { floorAnswer, deployment } = compare(value)
        return {
          _tag: "Stricter" as const,
          brief: spec.brief(value),
          counterexample: value,
          floorAnswer: spec.says(floorAnswer),
          floorReasons: spec.reasons(floorAnswer),
          pluginAnswer: spec.says(deployment),
          pluginReasons: spec.reasons(deployment),
        }
      }
      const cases = (spec.cases(declared.cases ?? {}) ?? []).map((c) =>
        Schema.decodeUnknownSync(spec.input)(c),
      )
      for (const value of cases) if (!compare(value).holds) return stricter(value)
      const result = yield* Arbitrary.checkEffect(
        Arbitrary.schema(spec.generate),
        (value) => compare(value).holds,
        { runs: FLOOR_RUNS, seed, size: 10, maxShrinks: 500 },
      )
      if (result._tag === "Falsified") return stricter(result.shrunkInput)
      if (result._tag !== "Passed")
        return yield* Effect.die(
          new Error(
            `The national floor check of ${spec.port}.${spec.method} could not run: ${result._tag}`,
          ),
        )
      return { _tag: "Held" as const, cases: cases.length + result.runs }
    }),
})

const rulesOf = <P extends keyof PortRules>(plugin: LoadedPlugin, port: P) =>
  plugin.rules[port] as PortRules[P]

type Eligibility = { readonly eligible: boolean; readonly reasons: ReadonlyArray<Reason> }
type Contribution = {
  readonly weeklyContributionPence: number
  readonly reasons: ReadonlyArray<Reason>
}

const eligibilityRule = <I>(
  method: "adult" | "carer",
  input: Schema.Decoder<I>,
  call: (plugin: LoadedPlugin, input: I) => Eligibility,
  brief: (input: I) => string,
) =>
  floorRule<I, Eligibility>({
    port: "eligibility",
    method,
    input,
    generate: input,
    cases: (c) => c.eligibility?.[method],
    shared: false,
    call,
    combine: (answers) => answers[0]!,
    // Whenever the national rule finds the needs eligible, the deployment must too.
    holds: (floor, deployment) => !floor.eligible || deployment.eligible,
    brief,
    says: (a) => (a.eligible ? "eligible" : "not eligible"),
    reasons: (a) => reasonsText(a),
  })

const floorRules: ReadonlyArray<FloorRule> = [
  eligibilityRule(
    "adult",
    AdultAssessment,
    (plugin, a) => rulesOf(plugin, "eligibility").adult(a),
    adultBrief,
  ),
  eligibilityRule(
    "carer",
    CarerAssessment,
    (plugin, a) => rulesOf(plugin, "eligibility").carer(a),
    carerBrief,
  ),
  floorRule<FinancialAssessment, Contribution>({
    port: "charging",
    method: "contribution",
    input: FinancialAssessment,
    generate: FinancialCases,
    cases: (c) => c.charging?.contribution,
    shared: false,
    call: (plugin, input) => rulesOf(plugin, "charging").contribution(input),
    combine: (answers) => answers[0]!,
    // The person never pays more than the national rule asks.
    holds: (floor, deployment) =>
      deployment.weeklyContributionPence <= floor.weeklyContributionPence,
    brief: financialBrief,
    says: (a) => `a contribution of ${pounds(a.weeklyContributionPence)} a week`,
    reasons: (a) => reasonsText(a),
  }),
  floorRule<ReviewScheduleInput, Dues>({
    port: "reviewSchedule",
    method: "nextReviews",
    input: ReviewScheduleInput,
    generate: ReviewScheduleInput,
    cases: (c) => c.reviewSchedule?.nextReviews,
    shared: true,
    call: (plugin, input) => rulesOf(plugin, "reviewSchedule").nextReviews(input),
    combine: (answers) => combineDues(answers),
    // Every clock the national rule runs is due no later in the deployment.
    holds: (floor, deployment) =>
      floor.every((due) =>
        deployment.some((d) => d.clock === due.clock && d.dueDate <= due.dueDate),
      ),
    brief: reviewsBrief,
    says: duesText,
    reasons: (a) => a.flatMap((d) => d.reasons.map((r) => r.text)),
  }),
]

/** The same plugin, version and settings digest: the very rules of the floor. */
const isFloorItself = (plugin: LoadedPlugin, floor: LoadedPlugin) =>
  plugin.id === floor.id && plugin.ref.version === floor.ref.version

const label = (plugin: LoadedPlugin) => `${plugin.id}@${plugin.ref.version}`

/** A floor plugin with its national settings, and the deployment it holds. */
export interface FloorInput {
  readonly nation: Nation
  /** The floor plugin loaded with its default settings. */
  readonly floor: LoadedPlugin
  readonly declared: NationalFloor
  readonly providers: Providers
}

/** A floor's hand-written case that its port's input refuses is a programming error. */
export const validateFloorCases = (pluginId: string, declared: NationalFloor) => {
  for (const rule of floorRules) {
    const cases = rule.cases(declared.cases ?? {}) ?? []
    if (cases.length > 0 && !declared.ports.includes(rule.port))
      throw new Error(
        `Plugin ${pluginId} gives national floor cases for ${rule.port}.${rule.method} but states no floor for ${rule.port}`,
      )
    for (const [index, value] of cases.entries()) {
      const invalid = rule.invalid(value)
      if (invalid !== undefined)
        throw new Error(
          `Plugin ${pluginId}: national floor case ${index + 1} of ${rule.port}.${rule.method} is not a valid input: ${invalid}`,
        )
    }
  }
}

/**
 * Compares every rule of one floor's ports with the deployment's providers, on the floor's own
 * cases then on inputs generated from the port's schema with a fixed seed; the first input on
 * which the deployment is stricter (shrunk to a small one) stops the deployment.
 */
export const checkFloor = (
  input: FloorInput,
): Effect.Effect<ReadonlyArray<FloorCheck>, NationalFloorTightened> =>
  Effect.gen(function* () {
    const checks: Array<FloorCheck> = []
    for (const rule of floorRules) {
      if (!input.declared.ports.includes(rule.port)) continue
      const answering: ReadonlyArray<LoadedPlugin> = rule.shared
        ? (input.providers.shared[rule.port] ?? [])
        : [input.providers.exclusive[rule.port]].filter((p) => p !== undefined)
      const sameRules = answering.some((p) => isFloorItself(p, input.floor))
      const base = {
        nation: input.nation,
        rule: `${rule.port}.${rule.method}`,
        floor: `${input.floor.id}@${input.floor.version}`,
        providers: answering.map(label),
        sameRules,
      }
      // The floor's own rules with its national settings cannot be stricter than themselves;
      // on a shared port they answer beside the others and the earlier date stands.
      if (sameRules || answering.length === 0) {
        checks.push({ ...base, cases: 0 })
        continue
      }
      const outcome = yield* rule.compare(
        input.floor,
        answering,
        input.declared,
        `${SEED}/${base.rule}`,
      )
      if (outcome._tag === "Stricter")
        return yield* new NationalFloorTightened({
          nation: input.nation,
          plugin: answering.map(label).join(" and "),
          floor: `${input.floor.id}@${input.floor.version}`,
          rule: base.rule,
          case: outcome.brief,
          counterexample: outcome.counterexample,
          floorAnswer: outcome.floorAnswer,
          floorReasons: outcome.floorReasons,
          pluginAnswer: outcome.pluginAnswer,
          pluginReasons: outcome.pluginReasons,
        })
      checks.push({ ...base, cases: outcome.cases })
    }
    return checks
  })

/** The plugins a deployment is held to: those stating a floor for its nation. */
export const floorsFor = (nation: Nation, plugins: ReadonlyArray<AnyPlugin>) => {
  const seen = new Set<string>()
  return plugins.filter((plugin) => {
    const key = `${plugin.id}@${plugin.version}`
    if (plugin.nationalFloor?.nation !== nation || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Holds a deployment to every national floor stated for its nation by the plugins it lists (or
 * names under `floors`), each floor plugin loaded with its national (default) settings.
 */
export const checkNationalFloors = (
  floors: ReadonlyArray<Omit<FloorInput, "providers">>,
  providers: Providers,
): Effect.Effect<ReadonlyArray<FloorCheck>, NationalFloorTightened> =>
  Effect.forEach(floors, (floor) => checkFloor({ ...floor, providers })).pipe(
    Effect.map((checks) => checks.flat()),
  )

/**
 * A deployment's eligibility plugin, answering as before, except that where it finds needs
 * eligible that the national floor does not, the answer also gives the floor's reason for the
 * power under which the council meets them (England: Care Act 2014 s19(1), s20(6)). The plugin's
 * own rules and reference are unchanged, so a replay of the decision gives the same reasons.
 */
export const recordBeyondFloor = (
  plugin: LoadedPlugin,
  floors: ReadonlyArray<Omit<FloorInput, "providers">>,
): LoadedPlugin => {
  const eligibility = plugin.rules.eligibility
  if (eligibility === undefined) return plugin
  const holding = floors.filter(
    (f) =>
      f.declared.ports.includes("eligibility") &&
      f.declared.beyondFloor !== undefined &&
      !isFloorItself(plugin, f.floor),
  )
  if (holding.length === 0) return plugin
  /** The floors that would not find these needs eligible: the deployment meets them beyond. */
  const beyond = <
    A extends { readonly eligible: boolean; readonly reasons: ReadonlyArray<Reason> },
  >(
    method: "adult" | "carer",
    answer: A,
    floorEligible: (floor: LoadedPlugin) => boolean,
  ): A => {
    if (!answer.eligible) return answer
    const added = holding.flatMap((f) => {
      const reason = f.declared.beyondFloor?.[method]
      if (reason === undefined) return []
      return floorEligible(f.floor) ? [] : [reason]
    })
    const fresh = added.filter(
      (r, i) =>
        added.findIndex((o) => o.criterion === r.criterion) === i &&
        !answer.reasons.some((o) => o.criterion === r.criterion),
    )
    return fresh.length === 0 ? answer : { ...answer, reasons: [...answer.reasons, ...fresh] }
  }
  return {
    ...plugin,
    rules: {
      ...plugin.rules,
      eligibility: {
        ...eligibility,
        adult: (a) =>
          beyond("adult", eligibility.adult(a), (f) => rulesOf(f, "eligibility").adult(a).eligible),
        carer: (a) =>
          beyond("carer", eligibility.carer(a), (f) => rulesOf(f, "eligibility").carer(a).eligible),
      },
    },
  }
}
