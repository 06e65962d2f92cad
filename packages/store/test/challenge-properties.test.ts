import { assert, describe, it } from "@effect/vitest"
import {
  addDays,
  allocateDue,
  CurrentActor,
  type Decision,
  endJourney,
  getBudget,
  getJourney,
  ledgerHistory,
  listDecisions,
  lodgeChallenge,
  londonDateOf,
  periodAmount,
  resolveChallenge,
  resumeBudget,
  suspendBudget,
  type UseCaseServices,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { Clock, Effect, Layer } from "effect"
import * as fc from "fast-check"
import { layerTestRuntime, makeTestClock, testDatabaseKind } from "../src/testing.ts"
import { activeBudget, finance } from "./ledgerSupport.ts"

const result = fc.constantFrom("upheld" as const, "partly-upheld" as const, "not-upheld" as const)

/** Some days on, a challenge: to the approval in force, or to a suspension or an ending made for it. */
const step = fc.oneof(
  fc.record({
    target: fc.constant("approval" as const),
    days: fc.integer({ min: 0, max: 20 }),
    result,
    raisePence: fc.integer({ min: 0, max: 400_000 }),
    /** Days back from today the change counts from; absent: the challenged approval's day. */
    backDays: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
  }),
  fc.record({
    target: fc.constantFrom("suspension" as const, "ending" as const),
    days: fc.integer({ min: 0, max: 20 }),
    result,
  }),
)

/** A successor is of its own kind, or a resumption withdrawing a suspension or an ending. */
const mayFollow = (superseded: string, successor: string) =>
  superseded === successor ||
  (successor === "resumption" && (superseded === "suspension" || superseded === "ending"))

describe(`challenge chains on ${testDatabaseKind()}`, () => {
  it.live(
    "random upheld and not-upheld challenges to approvals, suspensions and endings keep the decision chain, the budget and the ledger consistent",
    () =>
      Effect.gen(function* () {
        const context = yield* Layer.build(layerTestRuntime(EnglandDefaultPolicies))
        const time = makeTestClock()
        const run = <A, E>(effect: Effect.Effect<A, E, UseCaseServices>) =>
          Effect.runPromise(
            effect.pipe(
              Effect.provideService(CurrentActor, finance),
              Effect.provideService(Clock.Clock, time.clock),
              Effect.provide(context),
            ),
          )
        let person = 0
        let upheldSeen = 0
        yield* Effect.promise(() =>
          fc.assert(
            fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 5 }), async (steps) => {
              const { budgetId, journeyId } = await run(activeBudget(`Chain${person++}`))
              const startDay = londonDateOf(await run(Clock.currentTimeMillis))
              await run(allocateDue({ budgetId }))
              let latestFrom = startDay
              const pauses: Array<readonly [string, string]> = []
              for (const s of steps) {
                time.advanceDays(s.days)
                await run(allocateDue({ budgetId }))
                const today = londonDateOf(await run(Clock.currentTimeMillis))
                if (s.target !== "approval") {
                  const changed =
                    s.target === "suspension"
                      ? await run(suspendBudget({ journeyId, reason: "a hospital stay" }))
                      : await run(endJourney({ journeyId, reason: "other", note: "" }))
                  const decisionId =
                    s.target === "suspension"
                      ? changed.suspension!.decisionId
                      : changed.ending!.decisionId
                  time.advanceDays(s.days)
                  const challenge = await run(
                    lodgeChallenge({ decisionId, grounds: "This should not have happened" }),
                  )
                  await run(
                    resolveChallenge({
                      challengeId: challenge.id,
                      result: s.result,
                      reasons: ["Looked at again by someone independent"],
                    }),
                  )
                  const { journey } = await run(getJourney({ journeyId }))
                  const withdrawn = s.result !== "not-upheld"
                  assert.strictEqual(
                    journey.stage,
                    withdrawn ? "active" : s.target === "suspension" ? "suspended" : "ended",
                  )
                  assert.strictEqual(
                    (await run(getBudget({ budgetId }))).status,
                    withdrawn ? "active" : s.target === "suspension" ? "suspended" : "ended",
                  )
                  if (withdrawn) upheldSeen++
                  else if (s.target === "suspension") {
                    await run(resumeBudget({ journeyId }))
                    // The schedule's pause: no period starting in it counts, even one posted
                    // the morning the suspension began.
                    pauses.push([today, londonDateOf(await run(Clock.currentTimeMillis))])
                  } else break
                  continue
                }
                const { journey } = await run(getJourney({ journeyId }))
                const inForce = journey.approved!.decisionId
                const budget = await run(getBudget({ budgetId }))
                const challenge = await run(
                  lodgeChallenge({ decisionId: inForce, grounds: "The budget is too low" }),
                )
                const back = s.backDays === undefined ? undefined : addDays(today, -s.backDays)
                const from = back === undefined ? undefined : back < startDay ? startDay : back
                await run(
                  resolveChallenge({
                    challengeId: challenge.id,
                    result: s.result,
                    reasons: ["Looked at again by someone independent"],
                    ...(s.result === "not-upheld"
                      ? {}
                      : {
                          newAmountPence: budget.amountPence + s.raisePence,
                          ...(from === undefined ? {} : { effectiveFrom: from }),
                        }),
                  }),
                )
                if (s.result !== "not-upheld") {
                  upheldSeen++
                  const decided = (await run(listDecisions({ personId: budget.personId }))).find(
                    (d) => d.id === inForce,
                  )!
                  const effective = from ?? londonDateOf(decided.madeAt)
                  if (effective > latestFrom) latestFrom = effective
                }
              }
              time.advanceDays(7)
              if ((await run(getBudget({ budgetId }))).status === "active")
                await run(allocateDue({ budgetId }))

              const budget = await run(getBudget({ budgetId }))
              const { journey } = await run(getJourney({ journeyId }))
              const decisions: ReadonlyArray<Decision> = await run(
                listDecisions({ personId: budget.personId }),
              )
              const byId = new Map(decisions.map((d) => [d.id, d]))
              // Each superseded decision has exactly one successor, of its own kind.
              const successors = new Map<string, Decision>()
              for (const d of decisions) {
                if (d.supersedes === null) continue
                assert.isFalse(successors.has(d.supersedes), "a decision superseded twice")
                assert.isTrue(mayFollow(byId.get(d.supersedes)!.kind, d.kind))
                successors.set(d.supersedes, d)
              }
              // The approval in force is the end of the chain, and the budget is its amount.
              const inForce = byId.get(journey.approved!.decisionId)!
              assert.isFalse(successors.has(inForce.id), "the approval in force was superseded")
              let first = inForce
              while (first.supersedes !== null) first = byId.get(first.supersedes)!
              const originalApprovals = decisions.filter(
                (d) => d.kind === "plan-approval" && d.supersedes === null,
              )
              assert.deepStrictEqual(
                originalApprovals.map((d) => d.id),
                [first.id],
              )
              assert.strictEqual(budget.amountPence, inForce.amounts.costOfMeetingNeedsPence)
              assert.strictEqual(
                budget.fundingStreams.reduce((t, s) => t + s.amountPence, 0),
                budget.amountPence,
              )
              // The ledger agrees: every period from the latest change on holds its full share at
              // the amount in force, and no period ever holds less than it was first given.
              const postings = await run(ledgerHistory({ budgetId }))
              const perPeriod = new Map<string, number>()
              const firstGiven = new Map<string, number>()
              for (const p of postings) {
                if (p.kind !== "allocation") continue
                const [, ...rest] = p.idempotencyKey.split(":")
                const period = p.idempotencyKey.startsWith("alloc:")
                  ? rest.join(":")
                  : p.idempotencyKey.split(":").slice(-2).join(":")
                const amount = p.entries.find((e) =>
                  e.account.startsWith("allocated:"),
                )!.amountPence
                perPeriod.set(period, (perPeriod.get(period) ?? 0) + amount)
                if (p.idempotencyKey.startsWith("alloc:")) firstGiven.set(period, amount)
              }
              for (const [period, total] of perPeriod) {
                const [start, stream] = period.split(":") as [string, string]
                // A period that starts in a pause is taken back (never due); any other only rises.
                if (pauses.some(([from, to]) => start >= from && start < to)) continue
                assert.isAtLeast(total, firstGiven.get(period) ?? 0)
                if (start < latestFrom) continue
                const annual = budget.fundingStreams.find((s) => s.stream === stream)!.amountPence
                assert.strictEqual(total, periodAmount(annual, 7), `period ${period}`)
              }
            }),
            { numRuns: 20 },
          ),
        )
        assert.isAbove(upheldSeen, 3, "the runs must have upheld challenges, not only refused them")
      }).pipe(Effect.scoped),
    180_000,
  )
})
