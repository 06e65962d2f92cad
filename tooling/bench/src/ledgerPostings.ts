import {
  Actor,
  CouncilId,
  CurrentActor,
  decideEligibility,
  decidePlan,
  draftPlan,
  newUuidV7,
  recordAllocation,
  recordAssessment,
  referPerson,
  registerPerson,
  setIndicativeBudget,
  startAssessment,
  recordDirectPaymentArrangements,
  submitPlan,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import {
  directPaymentArrangements,
  eligibleAssessment,
  referral,
  supportPlan,
} from "@openpb/scenarios"
import { councilScope, layerDatabase, RepositoriesSql } from "@openpb/store"
import { Effect, Layer } from "effect"
import { SqlClient } from "effect/sql"
import { report } from "./report.ts"

const actor = new Actor({ subject: "bench", roles: ["system"], councilId: CouncilId.make("bench") })

const activeBudget = Effect.gen(function* () {
  const person = yield* registerPerson({ givenName: "Bench", familyName: "Mark" })
  const { id: journeyId } = yield* referPerson({ personId: person.id, referral })
  yield* startAssessment({ journeyId })
  yield* recordAssessment({ journeyId, assessment: eligibleAssessment })
  yield* decideEligibility({ journeyId })
  yield* setIndicativeBudget({ journeyId })
  yield* draftPlan({ journeyId, plan: supportPlan })
  yield* recordDirectPaymentArrangements({ journeyId, arrangements: directPaymentArrangements })
  yield* submitPlan({ journeyId })
  return (yield* decidePlan({ journeyId, approve: true, reasons: ["bench"], panelReference: "B" }))
    .budgetId!
})

const timed = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.gen(function* () {
    const start = performance.now()
    yield* effect
    return (performance.now() - start) / 1000
  })

/**
 * Postings per second through the core (decode, access check, lock, idempotency, balance
 * check, posting, entries, event, one transaction each) against the same rows inserted by plain
 * SQL, one transaction per posting under the same council row-level security, at the same
 * concurrency, in the same run.
 */
export const ledgerPostingsBench = (
  databaseUrl: string,
  schema: string,
  count: number,
  concurrency: number,
) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { withCouncil } = councilScope(sql)
    // Postings spread over as many budgets as writers, as in a council with many people.
    const budgets = yield* Effect.forEach(Array.from({ length: concurrency }), () => activeBudget)
    const budgetOf = (i: number) => budgets[i % budgets.length]!
    const allocation = (i: number, prefix: string) =>
      recordAllocation({
        budgetId: budgetOf(i),
        idempotencyKey: `${prefix}-${i}`,
        stream: "council-social-care",
        amountPence: 100 + (i % 50),
        date: "2026-11-24",
      })
    yield* Effect.forEach(
      Array.from({ length: 50 }, (_, i) => i),
      (i) => allocation(i, "warm"),
      { concurrency, discard: true },
    )
    const ids = Array.from({ length: count }, (_, i) => i)
    const coreSeconds = yield* timed(
      Effect.forEach(ids, (i) => allocation(i, "core"), { concurrency, discard: true }),
    )
    const plainSeconds = yield* timed(
      Effect.forEach(
        ids,
        (i) =>
          withCouncil(actor.councilId)(
            Effect.gen(function* () {
              const id = yield* newUuidV7
              const amount = 100 + (i % 50)
              yield* sql`INSERT INTO ledger_postings (id, council_id, budget_id, kind, idempotency_key, effective_date, memo, details, created_at, created_by)
                         VALUES (${id}, 'bench', ${budgetOf(i)}, 'allocation', ${`plain-${i}`}, '2026-11-24', 'plain', '{}'::jsonb, now(), 'bench')`
              yield* sql`INSERT INTO ledger_entries (posting_id, council_id, budget_id, line, account, amount_pence, effective_date)
                         VALUES (${id}, 'bench', ${budgetOf(i)}, 0, 'allocated:council-social-care', ${amount}, '2026-11-24'),
                                (${id}, 'bench', ${budgetOf(i)}, 1, 'source:council-social-care', ${-amount}, '2026-11-24')`
            }),
          ),
        { concurrency, discard: true },
      ),
    )
    const value = count / coreSeconds
    const baselineValue = count / plainSeconds
    report({
      name: "ledger.postings",
      value: Math.round(value),
      unit: "postings/s",
      baseline: "plain SQL inserts",
      baselineValue: Math.round(baselineValue),
      ratio: Number((value / baselineValue).toFixed(3)),
      postings: count,
      concurrency,
    })
  }).pipe(
    Effect.provide(
      Layer.mergeAll(RepositoriesSql, EnglandDefaultPolicies).pipe(
        Layer.provideMerge(layerDatabase({ databaseUrl, schema, maxConnections: concurrency })),
      ),
    ),
    Effect.provideService(CurrentActor, actor),
  )
