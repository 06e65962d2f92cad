import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  type DeploymentServices,
  type UseCaseServices,
  Actor,
  addDays,
  CouncilId,
  CurrentActor,
  completeReview,
  decideEligibility,
  decidePlan,
  declineBudget,
  draftPlan,
  endJourney,
  recordAssessment,
  recordFinancialAssessment,
  referPerson,
  registerPerson,
  setIndicativeBudget,
  startAssessment,
  startReview,
  recordDirectPaymentArrangements,
  submitPlan,
  todayInLondon,
} from "@openpb/core"
import {
  eligibleAssessment,
  financial,
  notEligibleAssessment,
  referral,
  supportPlan,
  directPaymentArrangements,
} from "@openpb/scenarios"
import { englandDefaults } from "@openpb/plugin-england-defaults"
import { defineDeployment } from "@openpb/plugin-sdk"
import { layerExports, RepositoriesSql, layerInProcessJobs } from "@openpb/store"
import { layerTestDatabase, makeTestClock, type TestClockControl } from "@openpb/store/testing"
import { Clock, Effect, Layer, ManagedRuntime } from "effect"
import { englandReturns, type ReferralSource } from "../src/index.ts"

export const COUNCIL = CouncilId.make("northmere")
export const seeder = new Actor({
  subject: "seed@northmere",
  roles: ["council-admin", "approver"],
  councilId: COUNCIL,
})

export type Mechanism = "notional" | "third-party" | "direct-payment"
export type Stream = "council-social-care" | "nhs-health"

/** One person as the test seeds them, and everything its expectations are computed from. */
export interface PersonSpec {
  readonly key: string
  readonly dateOfBirth: string
  readonly nhsNumber: string
  readonly address: string
  readonly researchConsent: boolean
  /** How far the journey goes. */
  readonly path: "approved" | "declined" | "not-eligible" | "considering"
  readonly lines: ReadonlyArray<{ stream: Stream; mechanism: Mechanism; weeklyPence: number }>
  readonly detentions?: ReadonlyArray<string>
  readonly healthGrounds?: ReadonlyArray<string>
  /** Who referred the person; the scenarios' referral (a practitioner) when left out. */
  readonly referralSource?: ReferralSource
}

export interface Seeded extends PersonSpec {
  readonly personId: string
  readonly journeyId: string
  readonly givenName: string
  readonly familyName: string
  readonly openedOn: string
}

export type Runtime = ManagedRuntime.ManagedRuntime<DeploymentServices, unknown>

export type Run = <A, E>(effect: Effect.Effect<A, E, UseCaseServices>, actor?: Actor) => Promise<A>

/** Runs use cases and exports as an actor, at the test clock's time. */
export const runner =
  (runtime: Runtime, clock: TestClockControl): Run =>
  (effect, actor = seeder) =>
    runtime.runPromise(
      effect.pipe(
        Effect.provideService(CurrentActor, actor),
        Effect.provideService(Clock.Clock, clock.clock),
      ),
    )

const planWith = (spec: PersonSpec) => ({
  ...supportPlan,
  lines: spec.lines.map((l, i) => ({
    id: `l${i + 1}`,
    description: `Support ${i + 1}`,
    category: "personal-assistant",
    provider: null,
    unitCostPence: l.weeklyPence,
    unitsPerPeriod: 1,
    frequency: "weekly",
    fundingStream: l.stream,
    deliveryMechanism: l.mechanism,
    outcomeIds: ["o1"],
  })),
})

/** Seeds one person's journey through core's use cases, as far as the spec says. */
export const seedPerson = async (run: Run, spec: PersonSpec, index: number): Promise<Seeded> => {
  const givenName = `Given${spec.key}`
  const familyName = `Family${spec.key}`
  const person = await run(
    registerPerson({
      givenName,
      familyName,
      dateOfBirth: spec.dateOfBirth,
      nhsNumber: spec.nhsNumber,
      contact: { phone: null, email: null, address: spec.address },
      equality: {
        ethnicity: index % 2 === 0 ? "A" : "M",
        sex: index % 2 === 0 ? "female" : "male",
      },
      researchConsent: spec.researchConsent,
    }),
  )
  const journey = await run(
    referPerson({
      personId: person.id,
      referral: { ...referral, source: spec.referralSource ?? referral.source },
    }),
  )
  const openedOn = await run(todayInLondon)
  const seeded = {
    ...spec,
    personId: person.id,
    journeyId: journey.id,
    givenName,
    familyName,
    openedOn,
  }
  if (spec.path === "considering") return seeded
  if (spec.path === "declined") {
    await run(declineBudget({ journeyId: journey.id, reason: "Not now, thank you." }))
    return seeded
  }
  await run(startAssessment({ journeyId: journey.id }))
  const period = { from: addDays(openedOn, -14), to: addDays(openedOn, -1) }
  const assessment = spec.path === "not-eligible" ? notEligibleAssessment : eligibleAssessment
  await run(
    recordAssessment({
      journeyId: journey.id,
      assessment: {
        ...assessment,
        period,
        detentions: spec.detentions ?? [],
        healthGrounds: spec.healthGrounds ?? [],
      },
    }),
  )
  if (spec.path === "not-eligible") {
    await run(decideEligibility({ journeyId: journey.id }))
    return seeded
  }
  await run(recordFinancialAssessment({ journeyId: journey.id, financial }))
  await run(decideEligibility({ journeyId: journey.id }))
  await run(setIndicativeBudget({ journeyId: journey.id }))
  await run(draftPlan({ journeyId: journey.id, plan: planWith(spec) }))
  await run(
    recordDirectPaymentArrangements({
      journeyId: journey.id,
      arrangements: directPaymentArrangements,
    }),
  )
  await run(submitPlan({ journeyId: journey.id }))
  await run(
    decidePlan({
      journeyId: journey.id,
      approve: true,
      reasons: ["The plan meets the eligible needs."],
      panelReference: "PANEL-1",
    }),
  )
  return seeded
}

export const review = (run: Run, journeyId: string, dueReviewId?: string) =>
  run(
    startReview({
      journeyId,
      trigger: "scheduled",
      ...(dueReviewId ? { reviewId: dueReviewId } : {}),
    }),
  ).then(() =>
    run(
      completeReview({
        journeyId,
        progress: [{ outcomeId: "o1", attainment: 1, note: "Better." }],
        wellbeing: { instrument: "dialog", raw: [5, 5, 4, 6, 5, 5, 4, 5, 6, 5, 5], scored: 5 },
        views: { person: "Better.", practitioner: "Good progress." },
        outcome: "continue",
        reasons: ["The plan is working; carry on."],
      }),
    ),
  )

export const end = (run: Run, journeyId: string, reason: string) =>
  run(endJourney({ journeyId, reason, note: "Recorded at the last visit." }))

/** NHS numbers that pass the modulus 11 check, made from a 9-digit stem. */
export const nhsNumber = (n: number): string => {
  for (let stem = 943_476_000 + n * 10; ; stem++) {
    const digits = String(stem).split("").map(Number)
    const sum = digits.reduce((s, d, i) => s + d * (10 - i), 0)
    const check = 11 - (sum % 11)
    if (check === 10) continue
    return `${stem}${check === 11 ? 0 : check}`
  }
}

/** The council's LA code in every test deployment. */
export const LA_CODE = "E10000999"

/**
 * A Northmere deployment with England's defaults and returns, its exports written to a
 * temporary directory, on a test clock starting 1 June 2026, 10:00 in London.
 */
export const openReturnsHarness = async () => {
  const directory = mkdtempSync(join(tmpdir(), "openpb-returns-"))
  const deployment = defineDeployment({
    council: { id: "northmere", name: "Northmere", nation: "england" },
    plugins: [...englandDefaults, englandReturns.with({ laCode: LA_CODE })],
  })
  const resolved = await Effect.runPromise(deployment.resolve)
  const runtime = ManagedRuntime.make(
    layerInProcessJobs.pipe(
      Layer.provideMerge(
        Layer.mergeAll(
          RepositoriesSql,
          Layer.orDie(deployment.layer),
          layerExports(resolved.exporters, directory),
        ),
      ),
      Layer.provideMerge(layerTestDatabase()),
    ),
  )
  const clock = makeTestClock(Date.UTC(2026, 5, 1, 9, 0, 0))
  return {
    directory,
    resolved,
    runtime,
    clock,
    run: runner(runtime, clock),
    close: async () => {
      await runtime.dispose()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}

const council = (mechanism: Mechanism, weeklyPence = 10_000) => ({
  stream: "council-social-care" as const,
  mechanism,
  weeklyPence,
})
const nhs = (mechanism: Mechanism, weeklyPence: number) => ({
  stream: "nhs-health" as const,
  mechanism,
  weeklyPence,
})

const northmereSpecs = () => {
  let n = 0
  const spec = (
    key: string,
    dateOfBirth: string,
    lines: PersonSpec["lines"],
    extra: Partial<PersonSpec> = {},
  ): PersonSpec => ({
    key,
    dateOfBirth,
    nhsNumber: nhsNumber(n++),
    address: `${n} Mill Lane, Northmere NM${n} 1AA`,
    researchConsent: false,
    path: "approved",
    lines,
    ...extra,
  })
  /** Seeded in June (before the third quarter). */
  const june: ReadonlyArray<PersonSpec> = [
    ...["A1", "A2", "A3", "A4", "A5", "A6"].map((k) =>
      spec(k, "1980-02-10", [council("direct-payment")]),
    ),
    spec("B7", "1950-05-05", [council("direct-payment")]),
    spec("B8", "1951-07-07", [council("direct-payment")]),
    // Section 3 detentions: s117 aftercare, with NHS money held notionally (the larger share).
    ...["C9", "C10", "C11", "C12", "C13", "C14"].map((k) =>
      spec(k, "1975-09-30", [council("direct-payment", 5_000), nhs("notional", 20_000)], {
        detentions: ["section-3"],
      }),
    ),
  ]
  /** Seeded on 12 October (in the third quarter), referred from every source. */
  const october: ReadonlyArray<PersonSpec> = [
    spec("D15", "1990-01-01", [council("notional")], { referralSource: "hospital" }),
    spec("D16", "1990-01-01", [council("notional")], { referralSource: "gp" }),
    spec("D17", "1990-01-01", [council("notional")], { referralSource: "self" }),
    spec("E18", "1990-01-01", [council("third-party")], { referralSource: "carer" }),
    spec("E19", "1990-01-01", [council("third-party")], { referralSource: "other" }),
    spec("F20", "1985-03-03", [council("direct-payment"), council("notional")]),
    ...["G21", "G22", "G23", "G24", "G25"].map((k) =>
      spec(k, "1970-12-12", [council("notional", 5_000), nhs("direct-payment", 30_000)], {
        healthGrounds: ["continuing-healthcare"],
      }),
    ),
    ...["K26", "K27", "K28", "K29"].map((k) => spec(k, "1955-04-04", [council("direct-payment")])),
    // The only wheelchair budget: a count of one, to be hidden.
    spec("W30", "1982-02-02", [council("notional", 5_000), nhs("third-party", 8_000)], {
      healthGrounds: ["wheelchair"],
    }),
    spec("H31", "1988-08-08", [], { path: "declined", referralSource: "hospital" }),
    spec("H32", "1988-08-08", [], { path: "not-eligible" }),
    spec("H33", "1988-08-08", [], { path: "considering", referralSource: "gp" }),
  ]
  return { june, october }
}

/** What the Northmere seeding did, for tests to compute their expectations from. */
export interface Northmere {
  readonly seeded: ReadonlyArray<Seeded>
  /** Endings by person key. */
  readonly endings: ReadonlyMap<string, { reason: string; on: string }>
  /** Dates of completed reviews by person key. */
  readonly reviewsOf: ReadonlyMap<string, ReadonlyArray<string>>
  readonly byKey: (key: string) => Seeded
}

/**
 * The returns' test population: people seeded in June and on 12 October 2026 along every path
 * (approved with each mechanism and funding mix, declined, not eligible, still considering),
 * with endings and reviews before and during the third quarter. Starts on the harness's clock
 * (1 June) and leaves it on 14 December.
 */
export const seedNorthmere = async (run: Run, clock: TestClockControl): Promise<Northmere> => {
  const { june, october } = northmereSpecs()
  const seeded: Array<Seeded> = []
  const endings = new Map<string, { reason: string; on: string }>()
  const reviewsOf = new Map<string, Array<string>>()
  const byKey = (key: string) => {
    const found = seeded.find((s) => s.key === key)
    if (found === undefined) throw new Error(`no seeded person ${key}`)
    return found
  }
  const today = () => run(todayInLondon)
  const endAs = async (key: string, reason: string) => {
    await end(run, byKey(key).journeyId, reason)
    endings.set(key, { reason, on: await today() })
  }
  const reviewOf = async (key: string) => {
    await review(run, byKey(key).journeyId)
    reviewsOf.set(key, [...(reviewsOf.get(key) ?? []), await today()])
  }

  for (const s of june) seeded.push(await seedPerson(run, s, seeded.length))
  clock.advanceDays(44) // 15 July
  await endAs("A6", "moved-away")
  clock.advanceDays(26) // 10 August
  await endAs("C14", "moved-away")
  clock.advanceDays(63) // 12 October
  for (const s of october) seeded.push(await seedPerson(run, s, seeded.length))
  clock.advanceDays(35) // 16 November
  await endAs("B7", "died")
  await reviewOf("A1")
  await reviewOf("C9")
  clock.advanceDays(28) // 14 December
  await reviewOf("A1")
  await reviewOf("A2")
  await reviewOf("A5")
  return { seeded, endings, reviewsOf, byKey }
}
