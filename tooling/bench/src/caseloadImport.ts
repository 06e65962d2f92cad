import {
  Actor,
  CouncilId,
  CurrentActor,
  generateCaseloadCsv,
  type ImportRun,
  runCaseloadImport,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { caseloadCsvColumns, readCsv } from "@openpb/core"
import { layerDatabase, RepositoriesSql } from "@openpb/store"
import { Effect, Layer } from "effect"
import { SqlClient } from "effect/sql"
import { report } from "./report.ts"

const council = CouncilId.make("bench-import")
const admin = new Actor({ subject: "bench-import", roles: ["council-admin"], councilId: council })

/** The file as the API takes it: pieces of at most 20,000 characters. */
const piecesOf = (text: string) => {
  const pieces: Array<string> = []
  for (let at = 0; at < text.length; at += 20_000) pieces.push(text.slice(at, at + 20_000))
  return pieces
}

const timed = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.gen(function* () {
    const start = performance.now()
    const value = yield* effect
    return { value, seconds: (performance.now() - start) / 1000 }
  })

/**
 * The baseline: the same file's rows, as text, put into one temporary table by multi-row INSERTs
 * in one transaction: what moving the rows costs with no checks, no domain and no ledger.
 */
const plainInsert = (csv: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const read = readCsv(csv)
    if (!("records" in read)) return yield* Effect.die(new Error(read.problem))
    const [, ...records] = read.records
    yield* sql.withTransaction(
      Effect.gen(function* () {
        // A temporary table: the application's role may not create tables in the schema.
        yield* sql.unsafe(
          `CREATE TEMP TABLE bench_import_baseline (${caseloadCsvColumns.map((c) => `${c} text`).join(", ")}) ON COMMIT DROP`,
        )
        for (let at = 0; at < records.length; at += 500) {
          const rows = records
            .slice(at, at + 500)
            .map((record) =>
              Object.fromEntries(caseloadCsvColumns.map((column, i) => [column, record[i] ?? ""])),
            )
          const [first, ...rest] = rows
          if (first !== undefined)
            yield* sql`INSERT INTO bench_import_baseline ${sql.insert([first, ...rest])}`
        }
      }),
    )
    return records.length
  })

/**
 * `import.caseload`: a generated caseload of `people` rows (every 97th spoiled) imported as a
 * council moving system would: a dry run, the real run, then the same file again, which must
 * add nothing. Reports the real run's rows per second against a plain INSERT of the same rows.
 */
export const caseloadImportBench = (databaseUrl: string, schema: string, people: number) =>
  Effect.gen(function* () {
    const sample = generateCaseloadCsv(people, 97)
    const input = (dryRun: boolean) => ({
      csv: piecesOf(sample.csv),
      sourceSystem: "bench-legacy",
      fileName: "bench-caseload.csv",
      dryRun,
    })
    const importing = (dryRun: boolean) =>
      runCaseloadImport(input(dryRun), { batchSize: 200, concurrency: 4 }).pipe(
        Effect.provideService(CurrentActor, admin),
      )
    const dry = yield* timed(importing(true))
    const real = yield* timed(importing(false))
    const again = yield* timed(importing(false))
    const check = (run: ImportRun, what: string, ok: boolean) =>
      ok
        ? Effect.void
        : Effect.die(
            new Error(`${what}: ${JSON.stringify(run.counts)} (${run.error ?? "no error"})`),
          )
    const good = people - sample.spoiled.length
    yield* check(dry.value, "dry run", dry.value.counts.failed === sample.spoiled.length)
    yield* check(real.value, "real run", real.value.counts.created === good)
    yield* check(again.value, "second run", again.value.counts.created === 0)
    const baseline = yield* timed(plainInsert(sample.csv))
    const rate = people / real.seconds
    const baselineRate = baseline.value / baseline.seconds
    report({
      name: "import.caseload",
      value: Math.round(rate),
      unit: "rows/s",
      baseline: "a plain INSERT of the same rows in one transaction",
      baselineValue: Math.round(baselineRate),
      ratio: Number((rate / baselineRate).toFixed(4)),
      rows: people,
      seededBadRows: sample.spoiled.length,
      created: real.value.counts.created,
      failed: real.value.counts.failed,
      secondRunCreated: again.value.counts.created,
      secondRunUnchanged: again.value.counts.unchanged,
      dryRunRowsPerSecond: Math.round(people / dry.seconds),
      secondRunRowsPerSecond: Math.round(people / again.seconds),
      seconds: Number(real.seconds.toFixed(2)),
      schema,
    })
  }).pipe(
    Effect.provide(
      Layer.mergeAll(RepositoriesSql, EnglandDefaultPolicies).pipe(
        Layer.provideMerge(layerDatabase({ databaseUrl, schema, maxConnections: 5 })),
      ),
    ),
  )
