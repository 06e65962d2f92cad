import { assert, describe, it } from "@effect/vitest"
import {
  addDays,
  addMonths,
  allocateDue,
  CurrentActor,
  completeReview,
  daysBetween,
  decidePlan,
  draftPlan,
  getBudget,
  getDecision,
  ledgerBalances,
  londonDateOf,
  periodAmount,
  startReview,
  submitPlan,
  type UseCaseServices,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { supportPlan } from "@openpb/scenarios"
import { Clock, Effect, Layer } from "effect"
import * as fc from "fast-check"
import { layerTestRuntime, makeTestClock, testDatabaseKind } from "../src/testing.ts"
import { toIndicativeBudget } from "./journeySupport.ts"
import { finance } from "./ledgerSupport.ts"

/** The demo plan with its personal assistant for `hours` a week, paid weekly or monthly. */
const planWith = (hours: number, frequency: "weekly" | "monthly") => ({
  ...supportPlan,
  lines: supportPlan.lines.map((line) =>
    line.id === "l1"
      ? {
          ...line,
          frequency,
          unitsPerPeriod: frequency === "weekly" ? hours : Math.round((hours * 52) / 12),
        }
      : line,
  ),
})

/**
 * What a schedule's periods begun by `today` should hold, by the rule itself: each day before
 * `from` at the old yearly amount, each day from it at the new, a period's days on each side
 * counted in whole pence. `periods` are [start, end) pairs.
 */
const expectedAllocated = (
  periods: ReadonlyArray<readonly [string, string]>,
  from: string,
  rates: { readonly old: number; readonly now: number },
) =>
  periods.reduce((total, [start, end]) => {
    const days = daysBetween(start, end)
    if (end <= from) return total + periodAmount(rates.old, days)
    if (start >= from) return total + periodAmount(rates.now, days)
    const after = daysBetween(from, end)
    return (
      total +
      periodAmount(rates.old, days) +
      periodAmount(rates.now, after) -
      periodAmount(rates.old, after)
    )
  }, 0)

const weeklyPeriods = (start: string, today: string) => {
  const periods: Array<readonly [string, string]> = []
  for (let day = start; day <= today; day = addDays(day, 7)) periods.push([day, addDays(day, 7)])
  return periods
}

const monthlyPeriods = (start: string, today: string) => {
  const periods: Array<readonly [string, string]> = []
  for (let n = 0; addMonths(start, n) <= today; n++)
    periods.push([addMonths(start, n), addMonths(start, n + 1)])
  return periods
}

describe(`plan changes with effective dates on ${testDatabaseKind()}`, () => {
  it.live(
    "a new plan for a running budget changes its allocations from the day it takes effect, to the penny, whether recorded on the day or late, raised or lowered, on the same rhythm or a new one",
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
        const today = async () => londonDateOf(await run(Clock.currentTimeMillis))
        let n = 0
        yield* Effect.promise(() =>
          fc.assert(
            fc.asyncProperty(
              fc.integer({ min: 1, max: 45 }),
              fc.integer({ min: 0, max: 28 }),
              fc.integer({ min: 0, max: 40 }),
              fc.constantFrom(2, 3, 5, 6),
              fc.constantFrom<"weekly" | "monthly">("weekly", "monthly"),
              fc.boolean(),
              async (running, back, after, hours, frequency, allocatedBefore) => {
                const { journeyId } = await run(
                  toIndicativeBudget({ givenName: `Change${n++}`, familyName: "Effective" }),
                )
                await run(draftPlan({ journeyId, plan: planWith(4, "weekly") }))
                await run(submitPlan({ journeyId }))
                const first = await run(
                  decidePlan({ journeyId, approve: true, reasons: ["meets the outcomes"] }),
                )
                const budgetId = first.budgetId!
                const start = await today()
                const old = (await run(getBudget({ budgetId }))).amountPence
                time.advanceDays(running)
                if (allocatedBefore) await run(allocateDue({ budgetId }))
                await run(startReview({ journeyId, trigger: "person-request" }))
                await run(
                  completeReview({
                    journeyId,
                    progress: [],
                    views: { person: "my needs changed", practitioner: "agreed" },
                    outcome: "change-amount",
                    reasons: ["the hours change"],
                  }),
                )
                await run(draftPlan({ journeyId, plan: planWith(hours, frequency) }))
                await run(submitPlan({ journeyId }))
                const recordedOn = await today()
                const from = addDays(recordedOn, -Math.min(back, running))
                const approved = await run(
                  decidePlan({
                    journeyId,
                    approve: true,
                    reasons: ["the new hours meet the needs"],
                    panelReference: "PANEL-1",
                    effectiveFrom: from,
                  }),
                )
                assert.strictEqual(approved.approved?.effectiveFrom, from)
                const decision = await run(
                  getDecision({ decisionId: approved.approved!.decisionId }),
                )
                assert.isTrue(
                  decision.reasons.some(
                    (r) => r.criterion === "approval/effective-from" && r.text.includes(from),
                  ),
                )
                const now = (await run(getBudget({ budgetId }))).amountPence
                time.advanceDays(after)
                await run(allocateDue({ budgetId }))
                const end = await today()
                const expected =
                  frequency === "weekly"
                    ? expectedAllocated(weeklyPeriods(start, end), from, { old, now })
                    : expectedAllocated(weeklyPeriods(start, addDays(from, -1)), from, {
                        old,
                        now: 0,
                      }) + expectedAllocated(monthlyPeriods(from, end), from, { old: 0, now })
                const balances = new Map(
                  (await run(ledgerBalances({ budgetId }))).accounts.map((a) => [
                    a.account,
                    a.balancePence,
                  ]),
                )
                assert.strictEqual(
                  balances.get("allocated:council-social-care") ?? 0,
                  expected,
                  `running ${running} days, changed from ${from} (recorded ${recordedOn}) to ${hours} hours ${frequency}, ${after} days on`,
                )
              },
            ),
            { numRuns: 25 },
          ),
        )
      }),
    240_000,
  )

  it.live(
    "refuses a change dated before the budget last started running or beyond the council's limit",
    () =>
      Effect.gen(function* () {
        const context = yield* Layer.build(layerTestRuntime(EnglandDefaultPolicies))
        const time = makeTestClock()
        const run = <A, E extends { readonly _tag: string }>(
          effect: Effect.Effect<A, E, UseCaseServices>,
        ) =>
          Effect.runPromise(
            Effect.match(effect, {
              onFailure: (e) => e._tag,
              onSuccess: () => "ok",
            }).pipe(
              Effect.provideService(CurrentActor, finance),
              Effect.provideService(Clock.Clock, time.clock),
              Effect.provide(context),
            ),
          )
        const walk = toIndicativeBudget({ givenName: "Bound", familyName: "Effective" }).pipe(
          Effect.provideService(CurrentActor, finance),
          Effect.provideService(Clock.Clock, time.clock),
          Effect.provide(context),
        )
        const { journeyId } = yield* Effect.promise(() => Effect.runPromise(walk))
        const step = (effect: Effect.Effect<unknown, { readonly _tag: string }, UseCaseServices>) =>
          Effect.promise(() => run(effect))
        yield* step(draftPlan({ journeyId, plan: planWith(4, "weekly") }))
        yield* step(submitPlan({ journeyId }))
        yield* step(decidePlan({ journeyId, approve: true, reasons: ["meets the outcomes"] }))
        const started = londonDateOf(time.clock.currentTimeMillisUnsafe())
        time.advanceDays(10)
        yield* step(startReview({ journeyId, trigger: "person-request" }))
        yield* step(
          completeReview({
            journeyId,
            progress: [],
            views: { person: "more", practitioner: "agreed" },
            outcome: "change-amount",
            reasons: ["more hours"],
          }),
        )
        yield* step(draftPlan({ journeyId, plan: planWith(5, "weekly") }))
        yield* step(submitPlan({ journeyId }))
        const decide = (effectiveFrom: string) =>
          step(
            decidePlan({
              journeyId,
              approve: true,
              reasons: ["more hours"],
              panelReference: "PANEL-2",
              effectiveFrom,
            }),
          )
        assert.strictEqual(yield* decide(addDays(started, -1)), "InvalidInput")
        assert.strictEqual(yield* decide(addDays(started, 11)), "InvalidInput")
        assert.strictEqual(yield* decide(started), "ok")
      }),
    120_000,
  )
})
