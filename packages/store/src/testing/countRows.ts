import { Effect } from "effect"
import { SqlClient } from "effect/sql"
import { acrossCouncils } from "./acrossCouncils.ts"

const tables = new Set<string>([
  "people",
  "budgets",
  "domain_events",
  "journeys",
  "decisions",
  "challenges",
  "carers",
  "ledger_postings",
  "ledger_entries",
  "audit_log",
  "export_runs",
  "directory_entries",
  "account_transactions",
])
export type CountedTable =
  | "people"
  | "budgets"
  | "domain_events"
  | "journeys"
  | "decisions"
  | "challenges"
  | "carers"
  | "ledger_postings"
  | "ledger_entries"
  | "audit_log"
  | "export_runs"
  | "directory_entries"
  | "account_transactions"

/** How many rows a table holds, every council's: tests use it to show a failed command wrote nothing. */
export const countRows = (table: CountedTable) =>
  Effect.gen(function* () {
    if (!tables.has(table)) return yield* Effect.die(new Error(`unknown table ${table}`))
    const sql = yield* SqlClient.SqlClient
    const rows = yield* acrossCouncils(
      sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql(table)}`,
    )
    return Number(rows[0]?.n ?? 0)
  }).pipe(Effect.orDie)
