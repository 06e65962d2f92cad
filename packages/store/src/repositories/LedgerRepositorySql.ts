import { AllocationSchedule, type BudgetStatus, LedgerRepository, Posting } from "@openpb/core"
import { Array as Arr, Effect, Layer, Option, Schema } from "effect"
import { councilScope } from "../CouncilScope.ts"
import { SqlClient, type Statement } from "effect/sql"
import { endOfLondonDay } from "./asAt.ts"
import { instantToIso, parseJson, toSafeNumber } from "./rows.ts"

interface PostingRow {
  readonly id: string
  readonly council_id: string
  readonly budget_id: string
  readonly kind: string
  readonly idempotency_key: string
  readonly effective_date: string
  readonly memo: string
  readonly details: unknown
  readonly reverses: string | null
  readonly decision_id: string | null
  readonly created_at: unknown
  readonly created_by: string
  readonly entries: unknown
}

const decodePosting = Schema.decodeUnknownSync(Posting)
const decodeSchedule = Schema.decodeUnknownSync(AllocationSchedule)

const toPosting = (row: PostingRow) =>
  decodePosting({
    id: row.id,
    councilId: row.council_id,
    budgetId: row.budget_id,
    kind: row.kind,
    idempotencyKey: row.idempotency_key,
    effectiveDate: row.effective_date,
    memo: row.memo,
    details: parseJson(row.details),
    reverses: row.reverses,
    decisionId: row.decision_id,
    createdAt: instantToIso(row.created_at),
    createdBy: row.created_by,
    entries: parseJson<Array<{ account: string; amountPence: unknown }>>(row.entries).map((e) => ({
      account: e.account,
      amountPence: toSafeNumber(e.amountPence),
    })),
  })

export const LedgerRepositorySql = Layer.effect(
  LedgerRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    /** Recorded by the end of a London day, as reports as at a day read it too. */
    const recordedBy = (day: string) => sql`p.created_at < ${endOfLondonDay(sql, day)}`
    const { withCouncil } = councilScope(sql)
    const selectPostings = (councilId: string, where: Statement.Statement<unknown>) =>
      sql<PostingRow>`SELECT p.id, p.council_id, p.budget_id, p.kind, p.idempotency_key,
                             p.effective_date::text AS effective_date, p.memo, p.details, p.reverses, p.decision_id,
                             p.created_at, p.created_by,
                             (SELECT json_agg(json_build_object('account', e.account, 'amountPence', e.amount_pence) ORDER BY e.line)
                                FROM ledger_entries e WHERE e.posting_id = p.id) AS entries
                      FROM ledger_postings p WHERE ${where} ORDER BY p.id`.pipe(
        withCouncil(councilId),
      )
    return LedgerRepository.of({
      lockBudget: (councilId, budgetId) =>
        sql<{
          status: string
        }>`SELECT status FROM budgets WHERE council_id = ${councilId} AND id = ${budgetId} FOR UPDATE`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => (rows[0]?.status ?? "ended") as BudgetStatus),
          Effect.orDie,
        ),
      insert: (posting) =>
        Effect.gen(function* () {
          yield* sql`INSERT INTO ledger_postings (id, council_id, budget_id, kind, idempotency_key, effective_date, memo,
                                                  details, reverses, decision_id, created_at, created_by)
                     VALUES (${posting.id}, ${posting.councilId}, ${posting.budgetId}, ${posting.kind},
                             ${posting.idempotencyKey}, ${posting.effectiveDate}::date, ${posting.memo},
                             ${JSON.stringify(posting.details)}::jsonb, ${posting.reverses}, ${posting.decisionId},
                             ${posting.createdAt}::timestamptz, ${posting.createdBy})`
          const rows: Array<Record<string, unknown>> = posting.entries.map((entry, line) => ({
            posting_id: posting.id,
            council_id: posting.councilId,
            budget_id: posting.budgetId,
            line,
            account: entry.account,
            amount_pence: entry.amountPence,
            effective_date: posting.effectiveDate,
          }))
          if (!Arr.isReadonlyArrayNonEmpty(rows))
            return yield* Effect.die(new Error("a posting without entries"))
          yield* sql`INSERT INTO ledger_entries ${sql.insert(rows)}`
        }).pipe(
          withCouncil(posting.councilId),
          Effect.orDie,
          Effect.withSpan("LedgerRepository.insert"),
        ),
      findByKey: (councilId, budgetId, key) =>
        selectPostings(
          councilId,
          sql`p.council_id = ${councilId} AND p.budget_id = ${budgetId} AND p.idempotency_key = ${key}`,
        ).pipe(
          Effect.map((rows) => Option.map(Option.fromNullishOr(rows[0]), toPosting)),
          Effect.orDie,
        ),
      findById: (councilId, budgetId, id) =>
        selectPostings(
          councilId,
          sql`p.council_id = ${councilId} AND p.budget_id = ${budgetId} AND p.id = ${id}`,
        ).pipe(
          Effect.map((rows) => Option.map(Option.fromNullishOr(rows[0]), toPosting)),
          Effect.orDie,
        ),
      applyToBalances: (councilId, budgetId, changes) => {
        const rows: Array<Record<string, unknown>> = [...changes].map(([account, delta]) => ({
          council_id: councilId,
          budget_id: budgetId,
          account,
          balance_pence: delta,
        }))
        if (!Arr.isReadonlyArrayNonEmpty(rows)) return Effect.succeed(new Map<string, number>())
        return sql<{
          account: string
          balance_pence: unknown
        }>`INSERT INTO ledger_balances ${sql.insert(rows)}
            ON CONFLICT (budget_id, account) DO UPDATE SET balance_pence = ledger_balances.balance_pence + EXCLUDED.balance_pence
            RETURNING account, balance_pence`.pipe(
          withCouncil(councilId),
          Effect.map(
            (result) => new Map(result.map((r) => [r.account, toSafeNumber(r.balance_pence)])),
          ),
          Effect.orDie,
          Effect.withSpan("LedgerRepository.applyToBalances"),
        )
      },
      rebuildBalances: (councilId, budgetId) =>
        Effect.gen(function* () {
          yield* sql`DELETE FROM ledger_balances WHERE council_id = ${councilId} AND budget_id = ${budgetId}`
          yield* sql`INSERT INTO ledger_balances (council_id, budget_id, account, balance_pence)
                     SELECT council_id, budget_id, account, sum(amount_pence) FROM ledger_entries
                     WHERE council_id = ${councilId} AND budget_id = ${budgetId} GROUP BY council_id, budget_id, account`
        }).pipe(withCouncil(councilId), Effect.orDie),
      balances: (councilId, budgetId, upTo, knownBy) =>
        (upTo === undefined && knownBy === undefined
          ? sql<{
              account: string
              balance: unknown
            }>`SELECT account, balance_pence AS balance FROM ledger_balances
               WHERE council_id = ${councilId} AND budget_id = ${budgetId}`
          : sql<{
              account: string
              balance: unknown
            }>`SELECT e.account, sum(e.amount_pence) AS balance FROM ledger_entries e
               WHERE e.council_id = ${councilId} AND e.budget_id = ${budgetId}
                 AND ${upTo === undefined ? sql`TRUE` : sql`e.effective_date <= ${upTo}::date`}
                 AND ${
                   knownBy === undefined
                     ? sql`TRUE`
                     : sql`EXISTS (SELECT 1 FROM ledger_postings p
                                    WHERE p.id = e.posting_id AND ${recordedBy(knownBy)})`
                 }
               GROUP BY e.account`
        ).pipe(
          withCouncil(councilId),
          Effect.map((rows) => new Map(rows.map((r) => [r.account, toSafeNumber(r.balance)]))),
          Effect.orDie,
          Effect.withSpan("LedgerRepository.balances"),
        ),
      postings: (councilId, budgetId, range, knownBy) =>
        selectPostings(
          councilId,
          sql`p.council_id = ${councilId} AND p.budget_id = ${budgetId}
              AND ${
                range === undefined
                  ? sql`TRUE`
                  : sql`p.effective_date BETWEEN ${range.from}::date AND ${range.to}::date`
              }
              AND ${knownBy === undefined ? sql`TRUE` : recordedBy(knownBy)}`,
        ).pipe(
          Effect.map((rows) => rows.map(toPosting)),
          Effect.orDie,
        ),
      isReversed: (councilId, postingId) =>
        sql<{
          n: number
        }>`SELECT count(*)::int AS n FROM ledger_postings WHERE council_id = ${councilId} AND reverses = ${postingId}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => (rows[0]?.n ?? 0) > 0),
          Effect.orDie,
        ),
      schedule: (councilId, budgetId) =>
        sql<{
          schedule: unknown
        }>`SELECT schedule FROM ledger_schedules WHERE council_id = ${councilId} AND budget_id = ${budgetId}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) =>
            Option.map(Option.fromNullishOr(rows[0]), (r) => decodeSchedule(parseJson(r.schedule))),
          ),
          Effect.orDie,
        ),
      lastStatement: (councilId, budgetId) =>
        sql<{
          period_end: string | null
        }>`SELECT max(payload->>'periodEnd') AS period_end FROM domain_events
             WHERE council_id = ${councilId} AND aggregate_type = 'Budget' AND aggregate_id = ${budgetId}
               AND type = 'DirectPaymentStatementReceived'`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => Option.fromNullishOr(rows[0]?.period_end ?? null)),
          Effect.orDie,
        ),
      latestStatement: (councilId, budgetId) =>
        sql<{
          period_end: string
          received_on: string | null
          note: string | null
        }>`SELECT payload->>'periodEnd' AS period_end, payload->>'receivedOn' AS received_on,
                  payload->>'note' AS note
             FROM domain_events
            WHERE council_id = ${councilId} AND aggregate_type = 'Budget' AND aggregate_id = ${budgetId}
              AND type = 'DirectPaymentStatementReceived'
            ORDER BY payload->>'periodEnd' DESC, position DESC
            LIMIT 1`.pipe(
          withCouncil(councilId),
          Effect.map((rows) =>
            Option.map(Option.fromNullishOr(rows[0]), (row) => ({
              periodEnd: row.period_end,
              receivedOn: row.received_on ?? row.period_end,
              note: row.note,
            })),
          ),
          Effect.orDie,
        ),
      saveSchedule: (councilId, budgetId, schedule) =>
        sql`INSERT INTO ledger_schedules (budget_id, council_id, schedule)
            VALUES (${budgetId}, ${councilId}, ${JSON.stringify(schedule)}::jsonb)
            ON CONFLICT (budget_id) DO UPDATE SET schedule = EXCLUDED.schedule`.pipe(
          withCouncil(councilId),
          Effect.asVoid,
          Effect.orDie,
        ),
    })
  }),
)
