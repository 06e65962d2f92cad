import { spawn } from "node:child_process"
import { createHash } from "node:crypto"
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable, Transform } from "node:stream"
import { pipeline } from "node:stream/promises"
import {
  Actor,
  budgetsExporter,
  CouncilId,
  CurrentActor,
  ExporterRegistry,
  runExport,
} from "@openpb/core"
import {
  BUDGET_EXPORT_COLUMNS,
  layerDatabase,
  layerFileExportSink,
  Pglite,
  RepositoriesSql,
} from "@openpb/store"
import { seedBudgets } from "@openpb/store/testing"
import { Effect, Layer, Option } from "effect"
import { SqlClient } from "effect/sql"
import { report } from "./report.ts"

const council = CouncilId.make("bench")
const actor = new Actor({ subject: "bench", roles: ["finance"], councilId: council })
const MB = 1024 * 1024

/** The highest resident set size seen while `effect` runs, sampled every 10 ms. */
const peakRss = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.gen(function* () {
    let peak = process.memoryUsage().rss
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage().rss)
    }
    const timer = setInterval(sample, 10)
    const start = performance.now()
    const cpu = process.cpuUsage()
    const value = yield* effect.pipe(Effect.ensuring(Effect.sync(() => clearInterval(timer))))
    sample()
    const used = process.cpuUsage(cpu)
    return {
      value,
      seconds: (performance.now() - start) / 1000,
      cpuSeconds: (used.user + used.system) / 1e6,
      peakBytes: peak,
    }
  })

/**
 * The exporter's own columns, in its order, under its headers: the select list the store reads
 * them with, renamed. The exporter writes the store's records as they come (no formula guard
 * applies to these values), so COPY's CSV differs from the export's only in its line ends.
 */
const copyColumns = budgetsExporter.columns
  .map((column) => `${column.key === "budget_id" ? "id" : column.key} AS "${column.header}"`)
  .join(", ")

const copyQuery = `COPY (SELECT ${copyColumns} FROM (SELECT ${BUDGET_EXPORT_COLUMNS} FROM budgets WHERE council_id = 'bench' ORDER BY budgets.id) AS b) TO STDOUT WITH (FORMAT csv, HEADER)`

/**
 * COPY ends lines with LF; the export with CRLF, as RFC 4180 asks. The baseline puts the CR in
 * as the bytes go to the file, so both files are the same bytes and are compared as such.
 */
const CRLF = Buffer.from("\r\n")
const crlf = () =>
  new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const parts: Array<Buffer> = []
      let from = 0
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) {
        parts.push(chunk.subarray(from, at), CRLF)
        from = at + 1
      }
      parts.push(chunk.subarray(from))
      done(null, Buffer.concat(parts))
    },
  })

/** PostgreSQL's own COPY ... TO STDOUT through psql, into a file: the floor to compare with. */
const copyWithPsql = (databaseUrl: string, schema: string, file: string) =>
  Effect.promise(async () => {
    const child = spawn(
      "psql",
      [
        databaseUrl,
        "-qX",
        "-v",
        "ON_ERROR_STOP=1",
        "-c",
        `SET search_path TO ${schema}`,
        "-c",
        copyQuery,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    )
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve))
    await pipeline(child.stdout, crlf(), createWriteStream(file))
    const code = await exited
    if (code !== 0) throw new Error(`psql exited with ${code}`)
  })

/** PGlite has no client to stream to: its COPY writes a blob, which then goes to the file. */
const copyWithPglite = (file: string) =>
  Effect.gen(function* () {
    const found = yield* Effect.serviceOption(Pglite)
    if (Option.isNone(found)) return yield* Effect.die(new Error("no PGlite in this database"))
    const db = found.value
    // COPY to a file is for the database's owner: the application role may not.
    const result = yield* Effect.promise(() =>
      db.transaction(async (tx) => {
        await tx.query("SET LOCAL ROLE NONE")
        return tx.query(copyQuery.replace("TO STDOUT", "TO '/dev/blob'"))
      }),
    )
    const blob = result.blob
    if (blob === undefined) return yield* Effect.die(new Error("PGlite COPY returned no blob"))
    const bytes = Buffer.from(yield* Effect.promise(() => blob.arrayBuffer()))
    yield* Effect.promise(() => pipeline(Readable.from([bytes]), crlf(), createWriteStream(file)))
  })

/**
 * Budgets exported to CSV through the `budgets` exporter (keyset pages of 5,000, encoder,
 * SHA-256, file sink, run record), against the database's own COPY of the same columns of the
 * same rows to a file, in the same run. PostgreSQL at `databaseUrl`, else PGlite in process
 * (whose memory then counts in the peak).
 */
export const exportCsvBench = (databaseUrl: string | undefined, schema: string, rows: number) =>
  Effect.suspend(() => {
    const directory = mkdtempSync(join(tmpdir(), "openpb-bench-export-"))
    return measure(databaseUrl, schema, rows, directory).pipe(
      Effect.provide(
        Layer.mergeAll(
          RepositoriesSql,
          ExporterRegistry.layer([budgetsExporter]),
          layerFileExportSink(directory),
        ).pipe(Layer.provideMerge(layerDatabase({ databaseUrl, schema, maxConnections: 2 }))),
      ),
      Effect.ensuring(Effect.sync(() => rmSync(directory, { recursive: true, force: true }))),
    )
  })

const measure = (
  databaseUrl: string | undefined,
  schema: string,
  rows: number,
  directory: string,
) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const seedStart = performance.now()
    yield* seedBudgets(council, rows, Math.max(1, Math.floor(rows / 10)))
    yield* sql`ANALYZE budgets`
    const seedSeconds = (performance.now() - seedStart) / 1000

    const rssBefore = process.memoryUsage().rss
    const exported = yield* peakRss(
      runExport({ exporterId: "budgets", format: "csv" }).pipe(
        Effect.provideService(CurrentActor, actor),
      ),
    )
    const run = exported.value
    if (run.rowCount !== rows) return yield* Effect.die(new Error(`exported ${run.rowCount} rows`))

    const copyFile = join(directory, "copy.csv")
    const copyStart = performance.now()
    yield* databaseUrl === undefined
      ? copyWithPglite(copyFile)
      : copyWithPsql(databaseUrl, schema, copyFile)
    const copySeconds = (performance.now() - copyStart) / 1000

    const copyChecksum = yield* Effect.promise(async () => {
      const hash = createHash("sha256")
      for await (const chunk of createReadStream(copyFile)) hash.update(chunk)
      return hash.digest("hex")
    })
    if (copyChecksum !== run.checksumSha256)
      return yield* Effect.die(new Error("the export and COPY wrote different bytes"))

    const value = rows / exported.seconds
    const baselineValue = rows / copySeconds
    report({
      name: "export.csv",
      value: Math.round(value),
      unit: "rows/s",
      baseline:
        databaseUrl === undefined
          ? "PGlite COPY (SELECT ...) TO '/dev/blob', written to a file"
          : "PostgreSQL COPY (SELECT ...) TO STDOUT via psql into a file",
      baselineValue: Math.round(baselineValue),
      ratio: Number((value / baselineValue).toFixed(3)),
      peakRssMB: Math.round(exported.peakBytes / MB),
      rssBeforeExportMB: Math.round(rssBefore / MB),
      processMaxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      rows,
      database: databaseUrl === undefined ? "pglite" : "postgresql",
      seconds: Number(exported.seconds.toFixed(2)),
      copySeconds: Number(copySeconds.toFixed(2)),
      fileMB: Number((run.byteCount / MB).toFixed(1)),
      copyFileMB: Number((statSync(copyFile).size / MB).toFixed(1)),
      sameBytes: true,
      checksumSha256: run.checksumSha256,
      cpuSeconds: Number(exported.cpuSeconds.toFixed(2)),
      seedSeconds: Number(seedSeconds.toFixed(1)),
      targets: { peakRssMB: 256, rowsPerSecond: 150_000, ratio: 0.5 },
    })
  })
