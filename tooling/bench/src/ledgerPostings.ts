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
import { median } from "./stats.ts"

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

/** Seconds of wall time and milliseconds of this process's CPU (user and system) an effect took. */
const timed = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.gen(function* () {
    const start = performance.now()
    const cpu = process.cpuUsage()
    yield* effect
    const used = process.cpuUsage(cpu)
    return {
      seconds: (performance.now() - start) / 1000,
      cpuMs: (used.user + used.system) / 1000,
    }
  })

interface BudgetLock {
  readonly person_id: string
  readonly status: string
}

/**
 * Postings per second through the core's `recordAllocation` against the same work done by plain
 * SQL, at the same concurrency, in alternating rounds of the same run.
 *
 * What the core does for each posting, on the SQL store (11 round trips, one transaction):
 * `BEGIN`; the council setting (row-level security) with the transaction's clock; the budget's
 * row read for the access check (`BudgetRepository.findById`); the audit row of the write
 * (`audit_log`); `SELECT status ... FOR UPDATE` of the budget (the lock); the idempotency lookup
 * (the posting with its entries by key); the running balances upserted and returned in one
 * statement (`ledger_balances`, the balance check read; no trigger maintains them); the posting;
 * its two entries (which queue the deferred trigger checking that the posting balances, run at
 * commit); the `PostingMade` event with its webhook deliveries in one statement (the outbox);
 * `COMMIT`. No row-history trigger fires: the ledger tables are not tracked, and a row lock is
 * not an update.
 *
 * The baseline does that work by plain SQL in one transaction per posting under the same
 * council scoping (`councilScope(sql).withCouncil`: `BEGIN`, the council setting, `COMMIT`):
 * one `SELECT person_id, status ... FOR UPDATE` of the budget, the budget's read and its lock
 * in one statement as hand-written SQL would (the core reads the row, then locks it); the audit
 * row; the same idempotency lookup; the status check; the same balances upsert with its check
 * that no allocated account goes below zero; the posting; its entries (the same deferred
 * trigger fires); the same event and deliveries statement. 10 round trips, through the same
 * SQL client, without the repositories, decoding or the access table.
 */
export const ledgerPostingsBench = (
  databaseUrl: string,
  schema: string,
  count: number,
  concurrency: number,
  rounds: number,
) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { withCouncil } = councilScope(sql)
    // Postings spread over as many budgets as writers, as in a council with many people.
    const budgets = yield* Effect.forEach(Array.from({ length: concurrency }), () => activeBudget)
    const budgetOf = (i: number) => budgets[i % budgets.length]!
    const amountOf = (i: number) => 100 + (i % 50)
    const allocation = (i: number, prefix: string) =>
      recordAllocation({
        budgetId: budgetOf(i),
        idempotencyKey: `${prefix}-${i}`,
        stream: "council-social-care",
        amountPence: amountOf(i),
        date: "2026-11-24",
      })
    const councilId = actor.councilId
    const roles = `{${actor.roles.join(",")}}`
    const plain = (i: number, prefix: string) =>
      withCouncil(councilId)(
        Effect.gen(function* () {
          const budgetId = budgetOf(i)
          const key = `${prefix}-${i}`
          const amount = amountOf(i)
          const [budget] = yield* sql<BudgetLock>`SELECT person_id, status FROM budgets
            WHERE council_id = ${councilId} AND id = ${budgetId} FOR UPDATE`
          if (budget === undefined) return yield* Effect.die(new Error(`no budget ${budgetId}`))
          yield* sql`INSERT INTO audit_log (council_id, actor_subject, actor_roles, operation, kind, person_id,
                                            api, request_id, purpose, at)
                     VALUES (${councilId}, ${actor.subject}, ${roles}::text[], 'ledger.allocate', 'write',
                             ${budget.person_id}, 'system', 'none', NULL, ${new Date().toISOString()}::timestamptz)`
          const existing =
            yield* sql`SELECT p.id, p.council_id, p.budget_id, p.kind, p.idempotency_key,
                     p.effective_date::text AS effective_date, p.memo, p.details, p.reverses, p.decision_id,
                     p.created_at, p.created_by,
                     (SELECT json_agg(json_build_object('account', e.account, 'amountPence', e.amount_pence) ORDER BY e.line)
                        FROM ledger_entries e WHERE e.posting_id = p.id) AS entries
              FROM ledger_postings p
              WHERE p.council_id = ${councilId} AND p.budget_id = ${budgetId} AND p.idempotency_key = ${key}
              ORDER BY p.id`
          if (existing.length > 0) return yield* Effect.die(new Error(`key ${key} used twice`))
          if (budget.status !== "active")
            return yield* Effect.die(new Error(`budget ${budgetId} is ${budget.status}`))
          const after = yield* sql<{ account: string; balance_pence: string }>`
            INSERT INTO ledger_balances (council_id, budget_id, account, balance_pence)
            VALUES (${councilId}, ${budgetId}, 'allocated:council-social-care', ${amount}),
                   (${councilId}, ${budgetId}, 'source:council-social-care', ${-amount})
            ON CONFLICT (budget_id, account) DO UPDATE SET balance_pence = ledger_balances.balance_pence + EXCLUDED.balance_pence
            RETURNING account, balance_pence`
          if (after.some((r) => r.account.startsWith("allocated:") && Number(r.balance_pence) < 0))
            return yield* Effect.die(new Error("insufficient funds"))
          const id = yield* newUuidV7
          yield* sql`INSERT INTO ledger_postings (id, council_id, budget_id, kind, idempotency_key, effective_date, memo,
                                                  details, reverses, decision_id, created_at, created_by)
                     VALUES (${id}, ${councilId}, ${budgetId}, 'allocation', ${key}, '2026-11-24'::date, 'Allocation',
                             '{}'::jsonb, NULL, NULL, ${new Date().toISOString()}::timestamptz, ${actor.subject})`
          yield* sql`INSERT INTO ledger_entries (posting_id, council_id, budget_id, line, account, amount_pence, effective_date)
                     VALUES (${id}, ${councilId}, ${budgetId}, 0, 'allocated:council-social-care', ${amount}, '2026-11-24'),
                            (${id}, ${councilId}, ${budgetId}, 1, 'source:council-social-care', ${-amount}, '2026-11-24')`
          const entries = [
            { account: "allocated:council-social-care", amountPence: amount },
            { account: "source:council-social-care", amountPence: -amount },
          ]
          yield* sql`WITH event AS (
                INSERT INTO domain_events (council_id, type, aggregate_type, aggregate_id, actor_subject, payload)
                VALUES (${councilId}, 'PostingMade', 'Budget', ${budgetId}, ${actor.subject},
                        ${JSON.stringify({ postingId: id, kind: "allocation", entries })}::jsonb)
                RETURNING position, council_id, type, aggregate_type, aggregate_id
              )
              INSERT INTO webhook_deliveries
                (subscription_id, event_position, council_id, aggregate_type, aggregate_id)
              SELECT s.id, event.position, event.council_id, event.aggregate_type, event.aggregate_id
                FROM event
                JOIN webhook_subscriptions s
                  ON s.council_id = event.council_id AND event.type = ANY(s.event_types)`
        }),
      )
    const batch = <E, R>(
      post: (i: number, prefix: string) => Effect.Effect<unknown, E, R>,
      prefix: string,
      n: number,
    ) =>
      Effect.forEach(
        Array.from({ length: n }, (_, i) => i),
        (i) => post(i, prefix),
        { concurrency, discard: true },
      )
    // Warm-up of each path, long enough for the first round's CPU per posting not to carry the
    // compiler's (50 left the core's first round a third dearer than the next).
    yield* batch(allocation, "warm-core", 300)
    yield* batch(plain, "warm-plain", 300)
    const perRound: Array<{
      first: "core" | "baseline"
      core: number
      baseline: number
      cpuMs: number
      baselineCpuMs: number
    }> = []
    for (let round = 0; round < rounds; round++) {
      // Each round runs both batches; which goes first alternates, so neither always meets the
      // tables (and the machine) as the other left them.
      const coreFirst = round % 2 === 0
      const core = timed(batch(allocation, `core-${round}`, count))
      const baseline = timed(batch(plain, `plain-${round}`, count))
      const [coreRun, plainRun] = coreFirst
        ? yield* Effect.all([core, baseline])
        : yield* Effect.map(Effect.all([baseline, core]), ([b, c]) => [c, b] as const)
      perRound.push({
        first: coreFirst ? "core" : "baseline",
        core: count / coreRun.seconds,
        baseline: count / plainRun.seconds,
        cpuMs: coreRun.cpuMs / count,
        baselineCpuMs: plainRun.cpuMs / count,
      })
    }
    const value = median(perRound.map((r) => r.core))
    const baselineValue = median(perRound.map((r) => r.baseline))
    report({
      name: "ledger.postings",
      value: Math.round(value),
      unit: "postings/s",
      baseline: "the same work by plain SQL",
      baselineValue: Math.round(baselineValue),
      ratio: Number((value / baselineValue).toFixed(3)),
      medianRoundRatio: Number(median(perRound.map((r) => r.core / r.baseline)).toFixed(3)),
      // This process's CPU per posting (PostgreSQL's is not in it): steadier than throughput on
      // a machine shared with other work.
      cpuMsPerPosting: Number(median(perRound.map((r) => r.cpuMs)).toFixed(3)),
      baselineCpuMsPerPosting: Number(median(perRound.map((r) => r.baselineCpuMs)).toFixed(3)),
      postings: count,
      concurrency,
      rounds: perRound.map((r) => ({
        first: r.first,
        value: Math.round(r.core),
        baselineValue: Math.round(r.baseline),
        ratio: Number((r.core / r.baseline).toFixed(3)),
        cpuMsPerPosting: Number(r.cpuMs.toFixed(3)),
        baselineCpuMsPerPosting: Number(r.baselineCpuMs.toFixed(3)),
      })),
    })
  }).pipe(
    Effect.provide(
      Layer.mergeAll(RepositoriesSql, EnglandDefaultPolicies).pipe(
        Layer.provideMerge(layerDatabase({ databaseUrl, schema, maxConnections: concurrency })),
      ),
    ),
    Effect.provideService(CurrentActor, actor),
  )
