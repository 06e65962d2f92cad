import { addDays } from "@openpb/core"
import type { SqlClient } from "effect/sql"
import type { Fragment } from "effect/sql/Statement"

/** The tables the row history keeps (migration 0290), as reports read them. */
export type TrackedTable = "people" | "carers" | "journeys" | "budgets" | "challenges"

/**
 * The first instant after a London day (midnight in London starting the next, from the one
 * calendar): what was recorded before it was known by that day. Statements and reports share it.
 */
export const endOfLondonDay = (sql: SqlClient.SqlClient, day: string) =>
  sql`(${addDays(day, 1)}::timestamp AT TIME ZONE 'Europe/London')`

/**
 * A `WITH` clause that stands in for the given tables as they were known at the end of a London
 * day: each table's name is bound to its rows' last recorded states (deleted rows left out), and
 * `decisions` and `ledger_postings`, which are only ever added to, to those recorded by then. A
 * query written against the live tables reads the past unchanged when this clause precedes it,
 * so one query serves both (a name in `WITH` hides the table it stands for). Without a day it is
 * empty and the query reads the live tables.
 *
 * `afterId` narrows the first table to ids after it, so a keyset page does not rebuild every row.
 */
export const asAtTables = (
  sql: SqlClient.SqlClient,
  councilId: string,
  day: string | undefined,
  tables: ReadonlyArray<TrackedTable>,
  afterId?: { readonly table: TrackedTable; readonly id: string | undefined },
): Fragment => {
  if (day === undefined) return sql``
  const end = endOfLondonDay(sql, day)
  const snapshots = tables.map(
    (table) => sql`${sql.literal(table)} AS (
      SELECT (jsonb_populate_record(NULL::${sql.literal(table)}, latest.row_data)).*
      FROM (SELECT DISTINCT ON (row_id) row_data FROM row_history
            WHERE council_id = ${councilId} AND table_name = ${table} AND recorded_at < ${end}
            ${afterId !== undefined && afterId.table === table && afterId.id !== undefined ? sql`AND row_id > ${afterId.id}::uuid` : sql``}
            ORDER BY row_id, recorded_at DESC, seq DESC) latest
      WHERE latest.row_data IS NOT NULL)`,
  )
  return sql`WITH ${sql.join(
    ", ",
    false,
  )([
    ...snapshots,
    sql`decisions AS (SELECT * FROM decisions WHERE council_id = ${councilId} AND made_at < ${end})`,
    sql`ledger_postings AS (SELECT * FROM ledger_postings WHERE council_id = ${councilId} AND created_at < ${end})`,
  ])} `
}
