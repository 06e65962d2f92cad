import {
  type BudgetExportFilter,
  type BudgetExportQuery,
  type BudgetExportRecord,
  ExportSource,
  keysetStream,
  Journey,
  type PlanExportRecord,
} from "@openpb/core"
import { Effect, Layer, Option, Schema, Stream } from "effect"
import { SqlClient } from "effect/sql"
import { councilScope } from "../CouncilScope.ts"
import { Pglite } from "../PgliteClient.ts"
import { asAtTables } from "./asAt.ts"
import { PERSON_COLUMNS, type PersonRow, toPerson } from "./PersonRepositorySql.ts"
import { parseJson } from "./rows.ts"

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

/**
 * The select list of a budgets page. Instants become ISO text in the database. Each funding
 * stream's amount is a column the database keeps on write (migration 0310), so a page decodes
 * no JSON; a budget as it was recorded before those columns existed (a page as at a past day)
 * has them added up from its streams instead.
 */
export const BUDGET_EXPORT_COLUMNS = `id::text AS id, council_id, person_id::text AS person_id, status,
  delivery_mechanism, amount_pence,
  COALESCE(council_social_care_pence, funding_stream_pence(funding_streams, 'council-social-care')) AS council_social_care_pence,
  COALESCE(nhs_health_pence, funding_stream_pence(funding_streams, 'nhs-health')) AS nhs_health_pence,
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

/** Rows per page on the embedded database: enough to amortise a statement, few enough to stay young. */
const EMBEDDED_PAGE_SIZE = 2_000

const decodeJourney = Schema.decodeUnknownSync(Journey)

/** A journey that has a plan: the FHIR export's unit. */
const HAS_PLAN = "jsonb_array_length(j.data -> 'plans') > 0"

/**
 * A page of people with a plan, each with their planned journeys (oldest first) and the London
 * date of each approval in force, read in one statement: the subqueries name the council, so
 * they use the (council_id, person_id) indexes.
 */
const PLANS_SELECT = `${PERSON_COLUMNS.split(",")
  .map((column) => `p.${column.trim()}`)
  .join(", ")},
  (SELECT jsonb_agg(jsonb_build_object('data', j.data, 'approvedOn',
            (SELECT to_char((d.made_at AT TIME ZONE 'Europe/London')::date, 'YYYY-MM-DD')
               FROM decisions d WHERE d.council_id = j.council_id
                AND d.id::text = j.data -> 'approved' ->> 'decisionId'))
          ORDER BY j.opened_at, j.id)
     FROM journeys j WHERE j.council_id = p.council_id AND j.person_id = p.id AND ${HAS_PLAN}) AS journeys`

const toPlanRecord = (row: PersonRow & { readonly journeys: unknown }): PlanExportRecord => ({
  person: toPerson(row),
  journeys: parseJson<ReadonlyArray<{ data: unknown; approvedOn: string | null }>>(
    row.journeys,
  ).map((j) => ({ journey: decodeJourney(parseJson(j.data)), approvedOn: j.approvedOn })),
})

export const ExportSourceSql = Layer.effect(
  ExportSource,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { withCouncil, streamWithCouncil } = councilScope(sql)
    // The embedded database has one connection: a whole export in one statement would hold it
    // from every other request, so there it is read a page at a time.
    const embedded = Option.isSome(yield* Effect.serviceOption(Pglite))

    const budgetsSelect = (
      q: BudgetExportFilter,
      page?: { readonly afterId: string | undefined; readonly limit: number },
    ) =>
      sql<BudgetExportRow>`${asAtTables(sql, q.councilId, q.asAt, ["budgets"], { table: "budgets", id: page?.afterId })}SELECT ${sql.literal(BUDGET_EXPORT_COLUMNS)} FROM budgets
          WHERE council_id = ${q.councilId}
          ${page?.afterId === undefined ? sql`` : sql`AND id > ${page.afterId}::uuid`}
          ${q.createdFrom === undefined ? sql`` : sql`AND created_at >= (${q.createdFrom}::date::timestamp AT TIME ZONE 'Europe/London')`}
          ${q.createdTo === undefined ? sql`` : sql`AND created_at < ((${q.createdTo}::date + 1)::timestamp AT TIME ZONE 'Europe/London')`}
          ${q.statuses === undefined ? sql`` : sql`AND ${sql.in("status", q.statuses)}`}
          ORDER BY budgets.id ${page === undefined ? sql`` : sql`LIMIT ${page.limit}`}`

    const budgets = (q: BudgetExportQuery) =>
      budgetsSelect(q, q).pipe(
        withCouncil(q.councilId),
        Effect.map((rows) => rows.map(toRecord)),
        Effect.orDie,
        Effect.withSpan("ExportSource.budgets"),
      )

    return ExportSource.of({
      budgets,
      budgetStream: (filter) =>
        embedded
          ? keysetStream(
              EMBEDDED_PAGE_SIZE,
              (afterId, limit) => budgets({ ...filter, afterId, limit }),
              (b) => b.id,
            )
          : streamWithCouncil(filter.councilId)(budgetsSelect(filter)).pipe(
              Stream.map(toRecord),
              Stream.orDie,
              Stream.withSpan("ExportSource.budgetStream"),
            ),
      plans: (q) =>
        sql<
          PersonRow & { journeys: unknown }
        >`${asAtTables(sql, q.councilId, q.asAt, ["people", "journeys"], { table: "people", id: q.afterId })}SELECT ${sql.literal(PLANS_SELECT)} FROM people p
          WHERE p.council_id = ${q.councilId}
          ${q.afterId === undefined ? sql`` : sql`AND p.id > ${q.afterId}::uuid`}
          AND EXISTS (SELECT 1 FROM journeys j
                      WHERE j.council_id = p.council_id AND j.person_id = p.id AND ${sql.literal(HAS_PLAN)})
          ORDER BY p.id LIMIT ${q.limit}`.pipe(
          withCouncil(q.councilId),
          Effect.map((rows) => rows.map(toPlanRecord)),
          Effect.orDie,
          Effect.withSpan("ExportSource.plans"),
        ),
    })
  }),
)
