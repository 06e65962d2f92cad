import { execFileSync } from "node:child_process"
import { Effect } from "effect"
import { caseloadImportBench } from "./caseloadImport.ts"

/** `pnpm bench:import`: the caseload import benchmark alone, in a schema of its own. */
const databaseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres"
const schema = `openpb_bench_${Date.now()}_import`
try {
  await Effect.runPromise(
    caseloadImportBench(databaseUrl, schema, Number(process.env.BENCH_IMPORT_ROWS ?? 10_000)),
  )
} finally {
  execFileSync("psql", [
    databaseUrl,
    "-qc",
    `SET client_min_messages = warning; DROP SCHEMA IF EXISTS ${schema} CASCADE`,
  ])
}
