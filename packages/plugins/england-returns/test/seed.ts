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
import type { TestClockControl } from "@openpb/store/testing"
import { Clock, Effect, type ManagedRuntime } from "effect"

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
  const journey = await run(referPerson({ personId: person.id, referral }))
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
