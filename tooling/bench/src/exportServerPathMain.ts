import { execFileSync } from "node:child_process"
import { Effect } from "effect"
import { exportServerPathBench } from "./exportServerPath.ts"

/**
 * `export.csv.server` alone (`pnpm --filter @openpb/bench bench:export-server`), in a throwaway
 * schema of the PostgreSQL at DATABASE_URL (default: the local one).
 */
const databaseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres"
const schema = `openpb_bench_${Date.now()}_export_server`
try {
  await Effect.runPromise(
    exportServerPathBench(databaseUrl, schema, Number(process.env.BENCH_EXPORT_ROWS ?? 1_000_000)),
  )
} finally {
  execFileSync("psql", [
    databaseUrl,
    "-qc",
    `SET client_min_messages = warning; DROP SCHEMA IF EXISTS ${schema} CASCADE`,
  ])
}
