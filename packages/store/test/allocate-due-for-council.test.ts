import { assert, describe, layer } from "@effect/vitest"
import {
  Actor,
  allocateDueForCouncil,
  CurrentActor,
  ledgerHistory,
  suspendBudget,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { Effect } from "effect"
import { layerTestRuntime, makeTestClock, testDatabaseKind } from "../src/testing.ts"
import { toIndicativeBudget } from "./journeySupport.ts"
import { activeBudget, asFinanceOn, councilId } from "./ledgerSupport.ts"

const time = makeTestClock()
const asFinance = asFinanceOn(time)
const allocationsOf = (budgetId: string) =>
  Effect.map(ledgerHistory({ budgetId }), (ps) => ps.filter((p) => p.kind === "allocation"))

describe(`the council's scheduled allocation run, on ${testDatabaseKind()}`, () => {
  layer(layerTestRuntime(EnglandDefaultPolicies), { excludeTestServices: true })((it) => {
    it.effect(
      "posts what is due for every active budget, once, whoever runs it and however often; none for a paused or indicative budget",
      () =>
        asFinance(
          Effect.gen(function* () {
            const running = yield* activeBudget("ScheduledOne")
            const other = yield* activeBudget("ScheduledTwo")
            const paused = yield* activeBudget("ScheduledPaused")
            yield* suspendBudget({ journeyId: paused.journeyId, reason: "a hospital stay" })
            yield* toIndicativeBudget({ givenName: "Scheduled", familyName: "Indicative" })
            time.advanceDays(14)

            const first = yield* allocateDueForCouncil({})
            assert.deepStrictEqual(first.failed, [])
            assert.isAtLeast(first.budgets, 2)
            // Weekly periods from day 0, 7 and 14, for each stream of each running budget.
            for (const { budgetId } of [running, other]) {
              const starts = new Set((yield* allocationsOf(budgetId)).map((p) => p.effectiveDate))
              assert.strictEqual(starts.size, 3)
            }
            assert.deepStrictEqual(
              (yield* allocationsOf(paused.budgetId)).filter((p) =>
                p.idempotencyKey.startsWith("alloc:"),
              ).length,
              0,
            )

            // A second run, and a run by the system at the same time, post nothing twice.
            const before = (yield* allocationsOf(running.budgetId)).length
            const system = new Actor({ subject: "system:schedule", roles: ["system"], councilId })
            yield* Effect.all(
              [
                allocateDueForCouncil({}),
                allocateDueForCouncil({}).pipe(Effect.provideService(CurrentActor, system)),
              ],
              { concurrency: 2 },
            )
            assert.strictEqual((yield* allocationsOf(running.budgetId)).length, before)

            // Someone who does not hold the ledger is refused.
            const practitioner = new Actor({ subject: "pat", roles: ["practitioner"], councilId })
            const refused = yield* allocateDueForCouncil({}).pipe(
              Effect.provideService(CurrentActor, practitioner),
              Effect.flip,
            )
            assert.strictEqual(refused._tag, "Forbidden")
          }),
        ),
    )
  })
})
