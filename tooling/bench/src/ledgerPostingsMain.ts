import { execFileSync } from "node:child_process"
import { Effect } from "effect"
import { ledgerPostingsBench } from "./ledgerPostings.ts"

/** `pnpm bench:ledger`: the ledger postings benchmark alone, in a schema of its own. */
const databaseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres"
const schema = `openpb_bench_${Date.now()}_ledger`
try {
  await Effect.runPromise(
    ledgerPostingsBench(
      databaseUrl,
      schema,
      Number(process.env.BENCH_POSTINGS ?? 3000),
      8,
      Number(process.env.BENCH_LEDGER_ROUNDS ?? 3),
    ),
  )
} finally {
  execFileSync("psql", [
    databaseUrl,
    "-qc",
    `SET client_min_messages = warning; DROP SCHEMA IF EXISTS ${schema} CASCADE`,
  ])
}
