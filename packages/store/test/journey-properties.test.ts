import { assert, describe, it } from "@effect/vitest"
import {
  Actor,
  activateContingency,
  CouncilId,
  CurrentActor,
  completeReview,
  declineBudget,
  decideEligibility,
  decidePlan,
  draftPlan,
  endJourney,
  getJourney,
  type JourneyStage,
  lodgeChallenge,
  recordAssessment,
  recordFinancialAssessment,
  referPerson,
  registerPerson,
  resolveChallenge,
  resumeBudget,
  setIndicativeBudget,
  startAssessment,
  startReview,
  recordDirectPaymentArrangements,
  submitPlan,
  suspendBudget,
  transitions,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import {
  directPaymentArrangements,
  eligibleAssessment,
  financial,
  notEligibleAssessment,
  referral,
  supportPlan,
} from "@openpb/scenarios"
import { Clock, Effect, Exit, Layer } from "effect"
import { SqlClient } from "effect/sql"
import * as fc from "fast-check"
import {
  acrossCouncils,
  layerTestRuntime,
  makeTestClock,
  testDatabaseKind,
} from "../src/testing.ts"

const councilId = CouncilId.make("northmere")
const admin = new Actor({ subject: "prop-admin", roles: ["council-admin"], councilId })
const approver = new Actor({ subject: "prop-approver", roles: ["approver"], councilId })

type Command = {
  readonly name: string
  readonly run: (
    journeyId: string,
    state: { lastDecisionId?: string },
  ) => Effect.Effect<unknown, unknown, any>
}

const commands: ReadonlyArray<Command> = [
  { name: "startAssessment", run: (journeyId) => startAssessment({ journeyId }) },
  {
    name: "recordAssessment",
    run: (journeyId) => recordAssessment({ journeyId, assessment: eligibleAssessment }),
  },
  {
    name: "recordAssessment (not eligible)",
    run: (journeyId) => recordAssessment({ journeyId, assessment: notEligibleAssessment }),
  },
  {
    name: "recordFinancialAssessment",
    run: (journeyId) => recordFinancialAssessment({ journeyId, financial }),
  },
  { name: "decideEligibility", run: (journeyId) => decideEligibility({ journeyId }) },
  { name: "setIndicativeBudget", run: (journeyId) => setIndicativeBudget({ journeyId }) },
  { name: "draftPlan", run: (journeyId) => draftPlan({ journeyId, plan: supportPlan }) },
  {
    name: "recordDirectPaymentArrangements",
    run: (journeyId) =>
      recordDirectPaymentArrangements({ journeyId, arrangements: directPaymentArrangements }),
  },
  { name: "submitPlan", run: (journeyId) => submitPlan({ journeyId }) },
  {
    name: "approve",
    run: (journeyId) =>
      decidePlan({ journeyId, approve: true, reasons: ["fine"], panelReference: "P-1" }).pipe(
        Effect.provideService(CurrentActor, approver),
      ),
  },
  {
    name: "reject",
    run: (journeyId) =>
      decidePlan({
        journeyId,
        approve: false,
        reasons: ["too costly"],
        refusal: {
          ground: "equally-effective-for-less",
          explanation: "The college runs the same course free for residents.",
        },
      }).pipe(Effect.provideService(CurrentActor, approver)),
  },
  { name: "suspend", run: (journeyId) => suspendBudget({ journeyId, reason: "hospital stay" }) },
  { name: "resume", run: (journeyId) => resumeBudget({ journeyId }) },
  {
    name: "contingency",
    run: (journeyId) =>
      activateContingency({ journeyId, upliftPence: 10_000, days: 5, reason: "crisis" }),
  },
  { name: "startReview", run: (journeyId) => startReview({ journeyId, trigger: "crisis" }) },
  {
    name: "completeReview",
    run: (journeyId) =>
      completeReview({
        journeyId,
        progress: [{ outcomeId: "o1", attainment: 1, note: "" }],
        views: { person: "ok", practitioner: "ok" },
        outcome: "continue",
        reasons: ["carry on"],
      }),
  },
  {
    name: "end",
    run: (journeyId) => endJourney({ journeyId, reason: "persons-choice", note: "" }),
  },
  { name: "decline", run: (journeyId) => declineBudget({ journeyId, reason: "not now" }) },
  {
    name: "challenge last decision",
    run: (_, state) =>
      state.lastDecisionId === undefined
        ? Effect.fail("no decision yet")
        : lodgeChallenge({ decisionId: state.lastDecisionId, grounds: "I disagree" }).pipe(
            Effect.flatMap((c) =>
              resolveChallenge({
                challengeId: c.id,
                result: "upheld",
                reasons: ["looked again"],
                newAmountPence: 5_000_000,
              }).pipe(Effect.provideService(CurrentActor, approver)),
            ),
          ),
  },
]

const byName = (name: string) => commands.find((c) => c.name === name)!

/** The command that moves a journey on from a stage, so random runs also reach the later stages. */
const onward = (stage: JourneyStage, hasAssessment: boolean, hasArrangements: boolean): Command => {
  switch (stage) {
    case "considering":
      return byName("startAssessment")
    case "assessing":
      return byName(hasAssessment ? "decideEligibility" : "recordAssessment")
    case "eligibility-decided":
      return byName("setIndicativeBudget")
    case "indicative-budget":
      return byName("draftPlan")
    case "planning":
      return byName(hasArrangements ? "submitPlan" : "recordDirectPaymentArrangements")
    case "awaiting-approval":
      return byName("approve")
    case "suspended":
      return byName("resume")
    case "under-review":
      return byName("completeReview")
    case "not-eligible":
      return byName("challenge last decision")
    default:
      return byName("startReview")
  }
}

const snapshot = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const [row] = yield* sql<{ events: number; decisions: number; bad: number; versions: number }>`
    SELECT (SELECT count(*)::int FROM domain_events) AS events,
           (SELECT count(*)::int FROM decisions) AS decisions,
           (SELECT count(*)::int FROM decisions WHERE jsonb_array_length(reasons) = 0 OR policy_version = ''
              OR EXISTS (SELECT 1 FROM jsonb_array_elements(reasons) r WHERE coalesce(r->>'text', '') = '')) AS bad,
           (SELECT coalesce(sum(version), 0)::int FROM journeys) AS versions`
  return row!
}).pipe(acrossCouncils, Effect.orDie)

describe(`journey invariants on ${testDatabaseKind()}`, () => {
  it.live(
    "random command sequences never reach an invalid state; decisions explain themselves; every change has its event",
    () =>
      Effect.gen(function* () {
        const context = yield* Layer.build(layerTestRuntime(EnglandDefaultPolicies))
        const time = makeTestClock()
        const run = <A, E>(effect: Effect.Effect<A, E, any>) =>
          Effect.runPromiseExit(
            effect.pipe(
              Effect.provideService(CurrentActor, admin),
              Effect.provideService(Clock.Clock, time.clock),
              Effect.provide(context),
            ) as Effect.Effect<A, E>,
          )
        let runs = 0
        const visited = new Set<string>()
        yield* Effect.promise(() =>
          fc.assert(
            fc.asyncProperty(
              fc.array(
                fc.record({
                  // Mostly the step that moves the journey on, so every run's random commands
                  // also meet the later stages (at even odds, a run reaching "active" was rare).
                  onward: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
                  command: fc.integer({ min: 0, max: commands.length - 1 }),
                  days: fc.integer({ min: 0, max: 40 }),
                }),
                {
                  minLength: 5,
                  maxLength: 25,
                },
              ),
              async (steps) => {
                runs++
                const person = await run(
                  registerPerson({ givenName: "Prop", familyName: `Run${runs}` }),
                )
                if (!Exit.isSuccess(person)) throw new Error("register failed")
                const opened = await run(referPerson({ personId: person.value.id, referral }))
                if (!Exit.isSuccess(opened)) throw new Error("refer failed")
                const journeyId = opened.value.id
                const state: { lastDecisionId?: string } = {}
                let stage: JourneyStage = opened.value.stage
                for (const step of steps) {
                  time.advanceDays(step.days)
                  const seen = await run(getJourney({ journeyId }))
                  const hasAssessment =
                    Exit.isSuccess(seen) && seen.value.journey.assessment !== null
                  const hasArrangements =
                    Exit.isSuccess(seen) &&
                    seen.value.journey.directPaymentArrangements !== undefined
                  const command = step.onward
                    ? onward(stage, hasAssessment, hasArrangements)
                    : commands[step.command]!
                  const before = await run(snapshot)
                  const exit = await run(command.run(journeyId, state))
                  const after = await run(snapshot)
                  const current = await run(getJourney({ journeyId }))
                  if (!Exit.isSuccess(before) || !Exit.isSuccess(after) || !Exit.isSuccess(current))
                    throw new Error("read failed")
                  const next = current.value.journey.stage
                  assert.isTrue(
                    next === stage || transitions[stage].includes(next),
                    `${command.name} moved ${stage} -> ${next}, which the state machine does not allow`,
                  )
                  assert.strictEqual(
                    after.value.bad,
                    0,
                    "a decision without reasons or policy version",
                  )
                  if (Exit.isSuccess(exit)) {
                    assert.isAbove(
                      after.value.events,
                      before.value.events,
                      `${command.name} changed something without an event`,
                    )
                  } else {
                    assert.deepStrictEqual(
                      after.value,
                      before.value,
                      `${command.name} failed but wrote rows`,
                    )
                    assert.strictEqual(next, stage)
                  }
                  const journey = current.value.journey
                  const latest =
                    journey.approved?.decisionId ??
                    journey.indicativeDecisionId ??
                    journey.eligibilityDecisionId
                  if (latest) state.lastDecisionId = latest
                  stage = next
                  visited.add(next)
                }
              },
            ),
            { numRuns: 25 },
          ),
        )
        // The runs must have exercised the journey, not only refused commands.
        for (const stage of [
          "assessing",
          "eligibility-decided",
          "planning",
          "awaiting-approval",
          "active",
        ]) {
          assert.isTrue(visited.has(stage), `no run reached ${stage}`)
        }
      }).pipe(Effect.scoped),
    // Many database round trips: generous on a loaded two-core machine.
    180_000,
  )
})
