import {
  AccountTransaction,
  AccountTransactionRepository,
  type AccountTransactionUpsert,
  type FeedTransaction,
  newUuidV7,
  nowIso,
} from "@openpb/core"
import { Effect, Layer, Option, Schema } from "effect"
import { SqlClient } from "effect/sql"
import { councilScope } from "../CouncilScope.ts"
import { instantToIso } from "./rows.ts"

interface TransactionRow {
  readonly id: string
  readonly budget_id: string
  readonly source: string
  readonly source_id: string
  readonly status: string
  readonly booking_date: string
  readonly amount_pence: unknown
  readonly counterparty: string
  readonly merchant_category_code: string | null
  readonly reference: string
  readonly state: string
  readonly line_id: string | null
  readonly category: string | null
  readonly posting_id: string | null
  readonly matched_by: string | null
  readonly queue_reason: string | null
  readonly imported_at: unknown
  readonly updated_at: unknown
}

const decodeTransaction = Schema.decodeUnknownSync(AccountTransaction)

const toTransaction = (row: TransactionRow): AccountTransaction =>
  decodeTransaction({
    id: row.id,
    budgetId: row.budget_id,
    source: row.source,
    sourceId: row.source_id,
    status: row.status,
    bookingDate: row.booking_date,
    amountPence: Number(row.amount_pence),
    counterparty: row.counterparty,
    ...(row.merchant_category_code === null
      ? {}
      : { merchantCategoryCode: row.merchant_category_code }),
    reference: row.reference,
    state: row.state,
    lineId: row.line_id,
    category: row.category,
    postingId: row.posting_id,
    matchedBy: row.matched_by,
    queueReason: row.queue_reason,
    importedAt: instantToIso(row.imported_at),
    updatedAt: instantToIso(row.updated_at),
  })

/** Whether a stored pending transaction already says everything the file says of it. */
const sameAsStored = (stored: AccountTransaction, incoming: FeedTransaction) =>
  stored.status === incoming.status &&
  stored.amountPence === incoming.amountPence &&
  stored.bookingDate === incoming.bookingDate &&
  stored.counterparty === incoming.counterparty &&
  stored.reference === incoming.reference &&
  stored.merchantCategoryCode === incoming.merchantCategoryCode

const columns = `id::text AS id, budget_id::text AS budget_id, source, source_id, status,
  booking_date::text AS booking_date, amount_pence, counterparty, merchant_category_code, reference,
  state, line_id, category, posting_id::text AS posting_id, matched_by, queue_reason, imported_at,
  updated_at`

export const AccountTransactionRepositorySql = Layer.effect(
  AccountTransactionRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { withCouncil } = councilScope(sql)
    const select = sql.unsafe(columns)

    const lockExisting = (councilId: string, budgetId: string, source: string, sourceId: string) =>
      sql<TransactionRow>`SELECT ${select} FROM account_transactions
                           WHERE council_id = ${councilId} AND budget_id = ${budgetId}
                             AND source = ${source} AND source_id = ${sourceId}
                           FOR UPDATE`.pipe(
        Effect.map((rows) => Option.map(Option.fromNullishOr(rows[0]), toTransaction)),
      )

    return AccountTransactionRepository.of({
      upsert: (councilId, budgetId, source, transaction, state) =>
        Effect.gen(function* () {
          const now = yield* nowIso
          const existing = yield* lockExisting(councilId, budgetId, source, transaction.sourceId)
          if (Option.isNone(existing)) {
            // Another import of the same file may insert it first: then it is read as seen before.
            const inserted = yield* sql<TransactionRow>`
              INSERT INTO account_transactions (id, council_id, budget_id, source, source_id, status,
                booking_date, amount_pence, counterparty, merchant_category_code, reference, state,
                imported_at, updated_at)
              VALUES (${yield* newUuidV7}, ${councilId}, ${budgetId}, ${source}, ${transaction.sourceId},
                ${transaction.status}, ${transaction.bookingDate}::date, ${transaction.amountPence},
                ${transaction.counterparty}, ${transaction.merchantCategoryCode ?? null},
                ${transaction.reference}, ${state}, ${now}::timestamptz, ${now}::timestamptz)
              ON CONFLICT (council_id, budget_id, source, source_id) DO NOTHING
              RETURNING ${select}`
            const [row] = inserted
            if (row !== undefined)
              return { outcome: "added", stored: toTransaction(row) } as AccountTransactionUpsert
          }
          const stored =
            Option.getOrUndefined(existing) ??
            Option.getOrThrow(
              yield* lockExisting(councilId, budgetId, source, transaction.sourceId),
            )
          if (stored.status === "booked") {
            // A settled transaction never goes back to pending (an older file read again), and
            // a booked one is never rewritten: it may already be spending in the ledger.
            const same =
              transaction.status === "pending" ||
              (transaction.amountPence === stored.amountPence &&
                transaction.bookingDate === stored.bookingDate)
            return { outcome: same ? "unchanged" : "refused", stored } as AccountTransactionUpsert
          }
          if (sameAsStored(stored, transaction))
            return { outcome: "unchanged", stored } as AccountTransactionUpsert
          const [updated] = yield* sql<TransactionRow>`
            UPDATE account_transactions
               SET status = ${transaction.status}, booking_date = ${transaction.bookingDate}::date,
                   amount_pence = ${transaction.amountPence}, counterparty = ${transaction.counterparty},
                   merchant_category_code = ${transaction.merchantCategoryCode ?? null},
                   reference = ${transaction.reference}, state = ${state}, updated_at = ${now}::timestamptz
             WHERE council_id = ${councilId} AND id = ${stored.id}
            RETURNING ${select}`
          return {
            outcome: "updated",
            stored: toTransaction(updated!),
          } as AccountTransactionUpsert
        }).pipe(
          withCouncil(councilId),
          Effect.orDie,
          Effect.withSpan("AccountTransactionRepository.upsert"),
        ),
      findById: (councilId, id) =>
        sql<TransactionRow>`SELECT ${select} FROM account_transactions
                             WHERE council_id = ${councilId} AND id = ${id}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => Option.map(Option.fromNullishOr(rows[0]), toTransaction)),
          Effect.orDie,
        ),
      saveMatching: (transaction, councilId) =>
        Effect.gen(function* () {
          const now = yield* nowIso
          const [row] = yield* sql<TransactionRow>`
            UPDATE account_transactions
               SET state = ${transaction.state}, line_id = ${transaction.lineId},
                   category = ${transaction.category}, posting_id = ${transaction.postingId},
                   matched_by = ${transaction.matchedBy}, queue_reason = ${transaction.queueReason},
                   updated_at = ${now}::timestamptz
             WHERE council_id = ${councilId} AND id = ${transaction.id}
            RETURNING ${select}`
          return toTransaction(row!)
        }).pipe(withCouncil(councilId), Effect.orDie),
      queued: (councilId, budgetId, after, limit) =>
        sql<TransactionRow>`SELECT ${select} FROM account_transactions
                             WHERE council_id = ${councilId} AND budget_id = ${budgetId}
                               AND state = 'queued'
                               ${after === undefined ? sql`` : sql`AND (booking_date, id) > (${after.bookingDate}::date, ${after.id}::uuid)`}
                             ORDER BY booking_date, id
                             LIMIT ${limit}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => rows.map(toTransaction)),
          Effect.orDie,
        ),
    })
  }),
)
