import { execFileSync, spawn } from "node:child_process"
import { fileURLToPath } from "node:url"
import { Effect } from "effect"
import { auditTrailBench } from "./auditTrail.ts"
import { caseloadBench } from "./caseload.ts"
import { caseloadImportBench } from "./caseloadImport.ts"
import { exportServerPathBench } from "./exportServerPath.ts"
import { ledgerPostingsBench } from "./ledgerPostings.ts"

/** `pnpm bench`: every benchmark against the PostgreSQL at DATABASE_URL (default: the local one). */
const databaseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres"
const postings = Number(process.env.BENCH_POSTINGS ?? 3000)
const schema = `openpb_bench_${Date.now()}`
const exportSchema = `${schema}_export`
const exportServerSchema = `${schema}_export_server`
const caseloadSchema = `${schema}_caseload`
const auditSchema = `${schema}_audit`
const importSchema = `${schema}_import`

const dropSchema = (name: string) =>
  execFileSync("psql", [
    databaseUrl,
    "-qc",
    `SET client_min_messages = warning; DROP SCHEMA IF EXISTS ${name} CASCADE`,
  ])

/**
 * The export runs in its own Node process, as an export worker would: TypeScript run by Node
 * itself (no loader in memory) and V8 told how much heap to keep. The export's live heap stays
 * near 40 MB, but by default V8 grows its young generation and lets the old generation fill with
 * dead pages to several times the live size before collecting: past 350 MB at a million rows.
 */
const exportBench = () =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--max-semi-space-size=8",
        "--max-old-space-size=128",
        "--experimental-strip-types",
        "--disable-warning=ExperimentalWarning",
        "--conditions=@openpb/source",
        fileURLToPath(new URL("./exportCsvMain.ts", import.meta.url)),
        exportSchema,
      ],
      { stdio: "inherit", env: { ...process.env, DATABASE_URL: databaseUrl } },
    )
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`export benchmark exited with ${code}`)),
    )
  })

try {
  // The export benchmark runs in its own process, on the same PostgreSQL.
  await exportBench()
  // The same rows through a server's path: streamed in an export worker as the host starts one.
  await Effect.runPromise(
    exportServerPathBench(
      databaseUrl,
      exportServerSchema,
      Number(process.env.BENCH_EXPORT_ROWS ?? 1_000_000),
    ),
  )
  await Effect.runPromise(
    ledgerPostingsBench(
      databaseUrl,
      schema,
      postings,
      8,
      Number(process.env.BENCH_LEDGER_ROUNDS ?? 3),
    ),
  )
  await Effect.runPromise(
    caseloadBench(databaseUrl, caseloadSchema, Number(process.env.BENCH_CASELOAD_CALLS ?? 400)),
  )
  await Effect.runPromise(
    caseloadImportBench(databaseUrl, importSchema, Number(process.env.BENCH_IMPORT_ROWS ?? 10_000)),
  )
  await Effect.runPromise(
    auditTrailBench(
      databaseUrl,
      auditSchema,
      Number(process.env.BENCH_AUDIT_ROWS ?? 1_000_000),
      Number(process.env.BENCH_AUDIT_CALLS ?? 400),
    ),
  )
} finally {
  dropSchema(`${auditSchema}_large`)
  dropSchema(`${auditSchema}_small`)
  dropSchema(importSchema)
  dropSchema(caseloadSchema)
  dropSchema(exportSchema)
  dropSchema(exportServerSchema)
  dropSchema(schema)
}
