import { execFileSync } from "node:child_process"
import { Effect } from "effect"
import { ledgerPostingsBench } from "./ledgerPostings.ts"

/** `pnpm bench`: every benchmark against the PostgreSQL at DATABASE_URL (default: the local one). */
const databaseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres"
const postings = Number(process.env.BENCH_POSTINGS ?? 3000)
const schema = `openpb_bench_${Date.now()}`

try {
  await Effect.runPromise(ledgerPostingsBench(databaseUrl, schema, postings, 8))
} finally {
  execFileSync("psql", [
    databaseUrl,
    "-qc",
    `SET client_min_messages = warning; DROP SCHEMA IF EXISTS ${schema} CASCADE`,
  ])
}
