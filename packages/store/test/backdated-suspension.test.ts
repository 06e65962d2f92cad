import { assert, describe, it } from "@effect/vitest"
import {
  addDays,
  allocateDue,
  CurrentActor,
  decidePlan,
  draftPlan,
  getBudget,
  ledgerBalances,
  londonDateOf,
  periodAmount,
  resumeBudget,
  submitPlan,
  suspendBudget,
  type UseCaseServices,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { supportPlan } from "@openpb/scenarios"
import { Clock, Effect, Layer } from "effect"
import * as fc from "fast-check"
import { layerTestRuntime, makeTestClock, testDatabaseKind } from "../src/testing.ts"
import { toIndicativeBudget } from "./journeySupport.ts"
import { finance } from "./ledgerSupport.ts"

/** Weekly periods from `start` that have begun by `today` and do not start in [from, to). */
const expectedAllocated = (
  annualPence: number,
  start: string,
  today: string,
  pause: { readonly from: string; readonly to: string | null },
) => {
  let total = 0
  for (let day = start; day <= today; day = addDays(day, 7)) {
    const paused = day >= pause.from && (pause.to === null || day < pause.to)
    if (!paused) total += periodAmount(annualPence, 7)
  }
  return total
}

describe(`effective dates on ${testDatabaseKind()}`, () => {
  it.live(
    "a suspension (and its resumption) recorded late changes the allocations exactly by the periods it covers, as if recorded on the day",
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
              fc.integer({ min: 0, max: 45 }),
              fc.integer({ min: 0, max: 28 }),
              fc.integer({ min: 0, max: 30 }),
              fc.option(fc.integer({ min: 0, max: 28 }), { nil: undefined }),
              async (before, back, after, resumeBack) => {
                const { journeyId } = await run(
                  toIndicativeBudget({ givenName: `Late${n++}`, familyName: "Backdated" }),
                )
                await run(draftPlan({ journeyId, plan: supportPlan }))
                await run(submitPlan({ journeyId }))
                const approved = await run(
                  decidePlan({ journeyId, approve: true, reasons: ["meets the outcomes"] }),
                )
                const budgetId = approved.budgetId!
                const start = await today()
                time.advanceDays(before)
                await run(allocateDue({ budgetId }))
                const recordedOn = await today()
                const from = addDays(recordedOn, -Math.min(back, before))
                await run(
                  suspendBudget({
                    journeyId,
                    reason: "a hospital stay, recorded late",
                    effectiveFrom: from,
                  }),
                )
                time.advanceDays(after)
                await run(allocateDue({ budgetId }))
                let resumedOn: string | null = null
                if (resumeBack !== undefined) {
                  const now = await today()
                  // Never before the pause, nor beyond the 28 days a change may be dated back.
                  resumedOn = [addDays(now, -resumeBack), from, addDays(now, -28)].reduce((a, b) =>
                    a > b ? a : b,
                  )
                  await run(resumeBudget({ journeyId, effectiveFrom: resumedOn }))
                  await run(allocateDue({ budgetId }))
                }
                const end = await today()
                const budget = await run(getBudget({ budgetId }))
                const balances = new Map(
                  (await run(ledgerBalances({ budgetId }))).accounts.map((a) => [
                    a.account,
                    a.balancePence,
                  ]),
                )
                for (const stream of budget.fundingStreams)
                  assert.strictEqual(
                    balances.get(`allocated:${stream.stream}`) ?? 0,
                    expectedAllocated(stream.amountPence, start, end, { from, to: resumedOn }),
                    `${stream.stream}: ${before} days running, paused from ${from}, resumed ${resumedOn ?? "not yet"}`,
                  )
              },
            ),
            { numRuns: 30 },
          ),
        )
      }),
    180_000,
  )

  it.live(
    "refuses a date beyond the council's limit, in the future, or before the budget ran",
    () =>
      Effect.gen(function* () {
        const context = yield* Layer.build(layerTestRuntime(EnglandDefaultPolicies))
        const time = makeTestClock()
        const run = <A, E extends { readonly _tag: string }>(
          effect: Effect.Effect<A, E, UseCaseServices>,
        ) =>
          Effect.runPromise(
            Effect.match(effect, { onFailure: (e) => e._tag, onSuccess: () => "ok" }).pipe(
              Effect.provideService(CurrentActor, finance),
              Effect.provideService(Clock.Clock, time.clock),
              Effect.provide(context),
            ),
          )
        const { journeyId } = yield* Effect.promise(() =>
          Effect.runPromise(
            toIndicativeBudget({ givenName: "Limit", familyName: "Backdated" }).pipe(
              Effect.provideService(CurrentActor, finance),
              Effect.provideService(Clock.Clock, time.clock),
              Effect.provide(context),
            ),
          ),
        )
        yield* Effect.promise(() => run(draftPlan({ journeyId, plan: supportPlan })))
        yield* Effect.promise(() => run(submitPlan({ journeyId })))
        yield* Effect.promise(() =>
          run(decidePlan({ journeyId, approve: true, reasons: ["meets the outcomes"] })),
        )
        const started = londonDateOf(time.clock.currentTimeMillisUnsafe())
        time.advanceDays(40)
        const today = londonDateOf(time.clock.currentTimeMillisUnsafe())
        const attempt = (effectiveFrom: string) =>
          Effect.promise(() => run(suspendBudget({ journeyId, reason: "a stay", effectiveFrom })))
        // 29 days back is past the default limit of 28; tomorrow has not happened.
        assert.strictEqual(yield* attempt(addDays(today, -29)), "InvalidInput")
        assert.strictEqual(yield* attempt(addDays(today, 1)), "InvalidInput")
        assert.strictEqual(yield* attempt(addDays(today, -28)), "ok")
        assert.isTrue(started < addDays(today, -28))
      }),
  )
})
