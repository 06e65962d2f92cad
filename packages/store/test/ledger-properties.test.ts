import { assert, describe, it } from "@effect/vitest"
import {
  balancesOf,
  CurrentActor,
  checkDirectPaymentSurplus,
  confirmRecovery,
  drawContingency,
  ledgerBalances,
  ledgerHistory,
  mustStayNonNegative,
  recordAllocation,
  recordPayment,
  londonDateOf,
  recordSpending,
  reversePosting,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { Clock, Effect, Exit, Layer } from "effect"
import { SqlClient } from "effect/sql"
import * as fc from "fast-check"
import {
  acrossCouncils,
  layerTestRuntime,
  makeTestClock,
  testDatabaseKind,
} from "../src/testing.ts"
import { activeBudget, finance } from "./ledgerSupport.ts"

const streams = ["council-social-care", "nhs-health"] as const
const op = fc.oneof(
  fc.record({
    kind: fc.constant("allocate" as const),
    stream: fc.constantFrom(...streams),
    amount: fc.integer({ min: 1, max: 200_000 }),
  }),
  fc.record({
    kind: fc.constant("pay" as const),
    stream: fc.constantFrom(...streams),
    mechanism: fc.constantFrom("direct-payment" as const, "third-party" as const),
    amount: fc.integer({ min: 1, max: 150_000 }),
  }),
  fc.record({
    kind: fc.constant("spend" as const),
    stream: fc.constantFrom(...streams),
    mechanism: fc.constantFrom(
      "direct-payment" as const,
      "third-party" as const,
      "notional" as const,
    ),
    line: fc.constantFrom("l1", "l2"),
    amount: fc.integer({ min: 1, max: 100_000 }),
  }),
  fc.record({ kind: fc.constant("draw" as const), amount: fc.integer({ min: 1, max: 30_000 }) }),
  fc.record({ kind: fc.constant("reverse" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("retry" as const) }),
  fc.record({ kind: fc.constant("clawback" as const) }),
)

describe(`ledger invariants on ${testDatabaseKind()}`, () => {
  it.live(
    "random allocations, payments, spending, draws, reversals, retries and clawbacks keep the books exact",
    () =>
      Effect.gen(function* () {
        const context = yield* Layer.build(layerTestRuntime(EnglandDefaultPolicies))
        const time = makeTestClock()
        const run = <A, E>(effect: Effect.Effect<A, E, any>) =>
          Effect.runPromiseExit(
            effect.pipe(
              Effect.provideService(CurrentActor, finance),
              Effect.provideService(Clock.Clock, time.clock),
              Effect.provide(context),
            ) as Effect.Effect<A, E>,
          )
        const unbalanced = Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          const rows = yield* sql<{
            n: number
          }>`SELECT count(*)::int AS n FROM (SELECT posting_id FROM ledger_entries
          GROUP BY posting_id HAVING sum(amount_pence) <> 0) unbalanced`
          const postings = yield* sql<{ n: number }>`SELECT count(*)::int AS n FROM ledger_postings`
          return { unbalanced: rows[0]!.n, postings: postings[0]!.n }
        }).pipe(acrossCouncils, Effect.orDie)
        let runs = 0
        let succeeded = 0
        yield* Effect.promise(() =>
          fc.assert(
            fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 30 }), async (ops) => {
              runs++
              const setup = await run(activeBudget(`Run${runs}`))
              if (!Exit.isSuccess(setup)) throw new Error(`setup failed: ${String(setup.cause)}`)
              const { budgetId, contingencyDecisionId } = setup.value
              const postingIds: Array<string> = []
              let last: Effect.Effect<unknown, unknown, any> | undefined
              let step = 0
              for (const o of ops) {
                step++
                const key = `run${runs}-step${step}`
                // Today on the run's clock: never before the budget started.
                const date = londonDateOf(time.clock.currentTimeMillisUnsafe())
                let command: Effect.Effect<unknown, unknown, any>
                switch (o.kind) {
                  case "allocate":
                    command = recordAllocation({
                      budgetId,
                      idempotencyKey: key,
                      stream: o.stream,
                      amountPence: o.amount,
                      date,
                    })
                    break
                  case "pay":
                    command = recordPayment({
                      budgetId,
                      idempotencyKey: key,
                      stream: o.stream,
                      mechanism: o.mechanism,
                      amountPence: o.amount,
                      date,
                      payee: "DP account",
                    })
                    break
                  case "spend":
                    command = recordSpending({
                      budgetId,
                      idempotencyKey: key,
                      lineId: o.line,
                      category: "personal-assistant",
                      stream: o.stream,
                      mechanism: o.mechanism,
                      amountPence: o.amount,
                      date,
                      payee: "PA",
                    })
                    break
                  case "draw":
                    command = drawContingency({
                      budgetId,
                      idempotencyKey: key,
                      decisionId: contingencyDecisionId,
                      stream: "council-social-care",
                      amountPence: o.amount,
                    })
                    break
                  case "reverse":
                    command =
                      postingIds.length === 0
                        ? Effect.fail("nothing to reverse")
                        : reversePosting({
                            budgetId,
                            idempotencyKey: key,
                            postingId: postingIds[o.pick % postingIds.length]!,
                            reason: "entered in error",
                          })
                    break
                  case "retry":
                    command = last ?? Effect.fail("nothing to retry")
                    break
                  case "clawback":
                    command = checkDirectPaymentSurplus({
                      budgetId,
                      stream: "council-social-care",
                    }).pipe(
                      Effect.tap(() => Effect.sync(() => time.advanceDays(30))),
                      Effect.flatMap(
                        (decision): Effect.Effect<unknown, unknown, any> =>
                          decision.outcome.startsWith("proposed-")
                            ? confirmRecovery({ budgetId, decisionId: decision.id })
                            : Effect.succeed(decision),
                      ),
                    )
                    break
                }
                const before = await run(unbalanced)
                const exit = await run(command)
                const after = await run(unbalanced)
                if (!Exit.isSuccess(before) || !Exit.isSuccess(after))
                  throw new Error("read failed")
                assert.strictEqual(after.value.unbalanced, 0, "a posting does not balance")
                if (Exit.isSuccess(exit)) {
                  succeeded++
                  const value = exit.value as { id?: string; entries?: unknown }
                  if (
                    value?.entries !== undefined &&
                    value.id !== undefined &&
                    !postingIds.includes(value.id)
                  )
                    postingIds.push(value.id)
                  if (o.kind === "retry")
                    assert.strictEqual(
                      after.value.postings,
                      before.value.postings,
                      "a retried key posted twice",
                    )
                } else if (o.kind !== "clawback") {
                  assert.strictEqual(
                    after.value.postings,
                    before.value.postings,
                    `${o.kind} failed but posted`,
                  )
                }
                if (o.kind !== "retry") last = command
                const balances = await run(ledgerBalances({ budgetId }))
                const history = await run(ledgerHistory({ budgetId }))
                if (!Exit.isSuccess(balances) || !Exit.isSuccess(history))
                  throw new Error("read failed")
                const derived = balancesOf(history.value)
                for (const { account, balancePence } of balances.value.accounts) {
                  assert.strictEqual(
                    balancePence,
                    derived.get(account) ?? 0,
                    `${account} differs from the sum of its entries`,
                  )
                  if (mustStayNonNegative(account))
                    assert.isAtLeast(balancePence, 0, `${account} went negative`)
                }
              }
            }),
            { numRuns: 15 },
          ),
        )
        assert.isAbove(succeeded, 30, "the runs must have posted, not only been refused")
      }).pipe(Effect.scoped),
    // Many database round trips: generous on a loaded two-core machine.
    180_000,
  )
})
