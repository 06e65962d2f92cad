import { type BudgetExportRecord, ExportSource } from "@openpb/core"
import { Effect, Layer } from "effect"
import { SqlClient } from "effect/sql"

interface BudgetExportRow {
  readonly id: string
  readonly council_id: string
  readonly person_id: string
  readonly status: BudgetExportRecord["status"]
  readonly delivery_mechanism: BudgetExportRecord["deliveryMechanism"]
  readonly amount_pence: unknown
  readonly council_social_care_pence: unknown
  readonly nhs_health_pence: unknown
  readonly created_at: string
}

// The database does the shaping (streams to columns, instants to ISO text) so each row costs
// the application no parsing: rows here are trusted, the table's checks guard them.
const streamPence = (stream: string) =>
  `COALESCE((SELECT sum((s->>'amountPence')::bigint) FROM jsonb_array_elements(funding_streams) s
             WHERE s->>'stream' = '${stream}'), 0)::bigint`

export const BUDGET_EXPORT_COLUMNS = `id::text AS id, council_id, person_id::text AS person_id, status,
  delivery_mechanism, amount_pence,
  ${streamPence("council-social-care")} AS council_social_care_pence,
  ${streamPence("nhs-health")} AS nhs_health_pence,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at`

const toRecord = (row: BudgetExportRow): BudgetExportRecord => ({
  id: row.id,
  councilId: row.council_id,
  personId: row.person_id,
  status: row.status,
  deliveryMechanism: row.delivery_mechanism,
  amountPence: Number(row.amount_pence),
  councilSocialCarePence: Number(row.council_social_care_pence),
  nhsHealthPence: Number(row.nhs_health_pence),
  createdAt: row.created_at,
})

export const ExportSourceSql = Layer.effect(
  ExportSource,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    return ExportSource.of({
      budgets: (q) =>
        sql<BudgetExportRow>`SELECT ${sql.literal(BUDGET_EXPORT_COLUMNS)} FROM budgets
          WHERE council_id = ${q.councilId}
          ${q.afterId === undefined ? sql`` : sql`AND id > ${q.afterId}::uuid`}
          ${q.createdFrom === undefined ? sql`` : sql`AND created_at >= (${q.createdFrom}::date::timestamp AT TIME ZONE 'Europe/London')`}
          ${q.createdTo === undefined ? sql`` : sql`AND created_at < ((${q.createdTo}::date + 1)::timestamp AT TIME ZONE 'Europe/London')`}
          ${q.statuses === undefined ? sql`` : sql`AND ${sql.in("status", q.statuses)}`}
          ORDER BY id LIMIT ${q.limit}`.pipe(
          Effect.map((rows) => rows.map(toRecord)),
          Effect.orDie,
          Effect.withSpan("ExportSource.budgets"),
        ),
    })
  }),
)
