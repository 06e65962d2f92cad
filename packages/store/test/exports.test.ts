import { createHash } from "node:crypto"
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { assert, describe, layer } from "@effect/vitest"
import {
  Actor,
  AuditLog,
  budgetsExporter,
  type CouncilId,
  CurrentActor,
  defineExporter,
  type ExportRun,
  ExportRunRepository,
  ExportSource,
  ExporterRegistry,
  getExportRun,
  keysetStream,
  publish,
  runExport,
  suppressTable,
} from "@openpb/core"
import { Cause, Deferred, Effect, Exit, Fiber, Layer, Option, Schema, Stream } from "effect"
import { SqlClient } from "effect/sql"
import { layerFileExportSink } from "../src/index.ts"
import {
  acrossCouncils,
  countRows,
  layerTestDatabase,
  seedBudgets,
  testDatabaseKind,
} from "../src/testing.ts"
import { RepositoriesSql } from "../src/Store.ts"
import { councilA, councilB } from "./support.ts"

const directory = mkdtempSync(join(tmpdir(), "openpb-exports-"))
const filesInDirectory = () => readdirSync(directory).sort()
const BUDGETS = 12_345 // more than two pages of the budgets exporter

const actor = (subject: string, role: Actor["roles"][number], councilId: CouncilId = councilA) =>
  new Actor({ subject, roles: [role], councilId })
const finance = actor("fin@northmere", "finance")
const commissioner = actor("comm@northmere", "commissioner")
const practitioner = actor("prac@northmere", "practitioner")
const as =
  (who: Actor) =>
  <A, E, R>(effect: Effect.Effect<A, E, R>) =>
    Effect.provideService(effect, CurrentActor, who)

/** An aggregate report as the contract expects one: a suppressed table, no people in it. */
const budgetCounts = defineExporter({
  id: "budget-counts",
  version: "0.1.0",
  description: "Budgets by status and delivery mechanism, small numbers suppressed",
  parameters: Schema.Struct({}),
  roles: ["commissioner", "finance"],
  personLevel: false,
  formats: ["csv"],
  columns: [
    { key: "status", header: "Status" },
    { key: "direct_payment", header: "Direct payment" },
    { key: "other", header: "Other" },
    { key: "total", header: "Total" },
  ],
  rows: (_, { councilId }) => {
    const statuses = ["indicative", "active", "suspended", "ended"] as const
    const budgets = Stream.unwrap(
      ExportSource.useSync((source) =>
        keysetStream(
          1_000,
          (afterId, limit) =>
            source.budgets({
              councilId,
              afterId,
              limit,
              createdFrom: undefined,
              createdTo: undefined,
              statuses: undefined,
            }),
          (b) => b.id,
        ),
      ),
    )
    return Stream.unwrap(
      budgets.pipe(
        Stream.runFold(
          () => statuses.map(() => [0, 0]),
          (grid, b) => {
            grid[statuses.indexOf(b.status)]![b.deliveryMechanism === "direct-payment" ? 0 : 1]! +=
              1
            return grid
          },
        ),
        Effect.map((grid) => {
          const table = publish(suppressTable([{ values: grid, lowerBound: 1 }]), 0)
          return Stream.fromIterable(
            table.map((row, i) => ({
              status: statuses[i] ?? "total",
              direct_payment: row[0]!,
              other: row[1]!,
              total: row[2]!,
            })),
          )
        }),
      ),
    )
  },
})

/** Writes a few rows, then breaks as a lost connection would. */
const breaking = defineExporter({
  id: "breaking",
  version: "1.0.0",
  description: "Fails after its first rows",
  parameters: Schema.Struct({}),
  roles: ["finance"],
  personLevel: true,
  formats: ["csv"],
  columns: [{ key: "n", header: "N" }],
  rows: () =>
    Stream.concat(
      Stream.fromIterable([{ n: 1 }, { n: 2 }]),
      Stream.die(new Error("connection lost")),
    ),
})

const TestLayer = Layer.mergeAll(
  RepositoriesSql,
  ExporterRegistry.layer([budgetsExporter, budgetCounts, breaking]),
  layerFileExportSink(directory),
).pipe(Layer.provideMerge(layerTestDatabase()))

const runOf = (id: ExportRun["id"], councilId: CouncilId = councilA) =>
  ExportRunRepository.use((runs) => runs.findById(councilId, id)).pipe(
    Effect.map(Option.getOrThrow),
  )

const failureOf = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.flip(effect).pipe(Effect.map((e) => e as { _tag: string; message: string }))

/** A strict enough CSV reader for these rows (no quoted fields in them). */
const csvLines = (file: string) => readFileSync(join(directory, file), "utf8").split("\r\n")

describe(`exports on ${testDatabaseKind()}`, () => {
  layer(TestLayer, { excludeTestServices: true })((it) => {
    it.effect("seeds two councils", () =>
      Effect.gen(function* () {
        yield* seedBudgets(councilA, BUDGETS, 500)
        yield* seedBudgets(councilB, 7, 3)
        assert.strictEqual(yield* countRows("budgets"), BUDGETS + 7)
      }),
    )

    it.effect("exports every budget of the council to CSV, recorded with its checksum", () =>
      Effect.gen(function* () {
        const progress: Array<number> = []
        const run = yield* runExport(
          { exporterId: "budgets", format: "csv" },
          { onProgress: (p) => Effect.sync(() => progress.push(p.rowCount)) },
        ).pipe(as(finance))
        assert.strictEqual(run.status, "completed")
        assert.strictEqual(run.rowCount, BUDGETS)
        assert.strictEqual(run.exporterVersion, "1.0.0")
        assert.deepStrictEqual(run.requestedRoles, ["finance"])
        assert.deepStrictEqual(
          [...progress].sort((a, b) => a - b),
          progress,
        )
        assert.strictEqual(progress.at(-1), BUDGETS)
        assert.isAbove(progress.length, 2)

        const stored = yield* runOf(run.id)
        assert.deepStrictEqual(stored, run)
        const audit = yield* AuditLog
        yield* audit.flush
        const trail = yield* audit.search({
          councilId: councilA,
          actorSubject: finance.subject,
          limit: 10,
        })
        assert.deepStrictEqual(
          trail.map((e) => [e.operation, e.kind, e.personId]),
          [["export.budgets", "read", null]],
        )
        assert.notInclude(filesInDirectory().join(" "), ".partial")
        const bytes = readFileSync(join(directory, run.location!))
        assert.strictEqual(bytes.length, run.byteCount)
        assert.strictEqual(createHash("sha256").update(bytes).digest("hex"), run.checksumSha256)

        const lines = csvLines(run.location!)
        assert.strictEqual(lines.pop(), "")
        assert.strictEqual(lines.length, BUDGETS + 1)
        assert.strictEqual(lines[0], budgetsExporter.columns.map((c) => c.header).join(","))
        const sql = yield* SqlClient.SqlClient
        const ids = yield* acrossCouncils(sql<{ id: string }>`SELECT id::text AS id FROM budgets
                                                WHERE council_id = ${councilA} ORDER BY id`)
        assert.deepStrictEqual(
          lines.slice(1).map((l) => l.split(",")[0]),
          ids.map((r) => r.id),
        )
        const first = lines[1]!.split(",")
        assert.strictEqual(first[1], councilA)
        // Funding streams add up to the amount on every row.
        for (const line of lines.slice(1)) {
          const cells = line.split(",")
          assert.strictEqual(Number(cells[6]) + Number(cells[7]), Number(cells[5]))
        }
      }),
    )

    it.effect("filters by creation period and status, and writes XLSX and JSON Lines", () =>
      Effect.gen(function* () {
        // Seeded budgets are created a minute apart from 2026-01-01T00:01Z: 1,440 a day.
        const parameters = {
          createdIn: { from: "2026-01-02", to: "2026-01-03" },
          statuses: ["active", "ended"],
        }
        const jsonl = yield* runExport({ exporterId: "budgets", format: "jsonl", parameters }).pipe(
          as(finance),
        )
        const rows = readFileSync(join(directory, jsonl.location!), "utf8")
          .trimEnd()
          .split("\n")
          .map((l) => JSON.parse(l))
        assert.strictEqual(rows.length, jsonl.rowCount)
        // London is on GMT in January: two whole days, half of them active or ended.
        assert.strictEqual(rows.length, 1_440)
        for (const row of rows) {
          assert.include(["active", "ended"], row.status)
          assert.isTrue(row.created_at >= "2026-01-02" && row.created_at < "2026-01-04")
        }
        assert.deepStrictEqual((yield* runOf(jsonl.id)).parameters, parameters)

        const xlsx = yield* runExport({ exporterId: "budgets", format: "xlsx", parameters }).pipe(
          as(finance),
        )
        assert.strictEqual(xlsx.rowCount, 1_440)
        const head = readFileSync(join(directory, xlsx.location!)).subarray(0, 4)
        assert.deepStrictEqual([...head], [0x50, 0x4b, 0x03, 0x04])
      }),
    )

    it.effect("lets a commissioner run an aggregate report but no person-level export", () =>
      Effect.gen(function* () {
        const before = yield* countRows("export_runs")
        const files = filesInDirectory()
        const denied = yield* failureOf(
          runExport({ exporterId: "budgets", format: "csv" }).pipe(as(commissioner)),
        )
        assert.strictEqual(denied._tag, "Forbidden")
        assert.match(denied.message, /aggregate reports only/)
        const notListed = yield* failureOf(
          runExport({ exporterId: "budgets", format: "csv" }).pipe(as(practitioner)),
        )
        assert.strictEqual(notListed._tag, "Forbidden")
        assert.strictEqual(yield* countRows("export_runs"), before)
        assert.deepStrictEqual(filesInDirectory(), files)

        const report = yield* runExport({ exporterId: "budget-counts", format: "csv" }).pipe(
          as(commissioner),
        )
        assert.strictEqual(report.status, "completed")
        const lines = csvLines(report.location!)
        assert.strictEqual(lines[0], "Status,Direct payment,Other,Total")
        assert.strictEqual(lines.length, 1 + 5 + 1)
      }),
    )

    it.effect("refuses bad requests with typed errors and writes nothing", () =>
      Effect.gen(function* () {
        const before = yield* countRows("export_runs")
        const files = filesInDirectory()
        const unknown = yield* failureOf(
          runExport({ exporterId: "nope", format: "csv" }).pipe(as(finance)),
        )
        assert.strictEqual(unknown._tag, "UnknownExporter")
        const format = yield* failureOf(
          runExport({ exporterId: "budget-counts", format: "xlsx" }).pipe(as(finance)),
        )
        assert.strictEqual(format._tag, "UnsupportedFormat")
        const notAFormat = yield* failureOf(
          runExport({ exporterId: "budgets", format: "pdf" }).pipe(as(finance)),
        )
        assert.strictEqual(notAFormat._tag, "InvalidInput")
        const period = yield* failureOf(
          runExport({
            exporterId: "budgets",
            format: "csv",
            parameters: { createdIn: { from: "2026-03-01", to: "2026-02-01" } },
          }).pipe(as(finance)),
        )
        assert.strictEqual(period._tag, "InvalidInput")
        assert.deepStrictEqual((period as unknown as { path: Array<string> }).path, [
          "parameters",
          "createdIn",
          "to",
        ])
        const extra = yield* failureOf(
          runExport({ exporterId: "budgets", format: "csv", parameters: { since: 1 } }).pipe(
            as(finance),
          ),
        )
        assert.strictEqual(extra._tag, "InvalidInput")
        assert.strictEqual(yield* countRows("export_runs"), before)
        assert.deepStrictEqual(filesInDirectory(), files)
      }),
    )

    it.effect("records a cancelled export as cancelled and leaves no file", () =>
      Effect.gen(function* () {
        const started = yield* Deferred.make<ExportRun>()
        const paused = yield* Deferred.make<number>()
        const fiber = yield* runExport(
          { exporterId: "budgets", format: "csv" },
          {
            onStart: (run) => Deferred.succeed(started, run).pipe(Effect.asVoid),
            // Holds the export after its first batch, so the test cancels it mid-stream.
            onProgress: ({ rowCount }) =>
              Deferred.succeed(paused, rowCount).pipe(Effect.andThen(Effect.never)),
          },
        ).pipe(as(finance), Effect.forkChild)
        const run = yield* Deferred.await(started)
        const written = yield* Deferred.await(paused)
        assert.isAbove(written, 0)
        assert.isBelow(written, 20_000)
        const name = `budgets-${run.id}.csv`
        // Written as `<name>.<attempt>.partial` until it is complete.
        assert.isTrue(
          filesInDirectory().some((f) => f.startsWith(`${name}.`) && f.endsWith(".partial")),
        )
        assert.notInclude(filesInDirectory(), name)
        assert.strictEqual((yield* runOf(run.id)).status, "running")

        const exit = yield* Fiber.await(yield* Fiber.interrupt(fiber).pipe(Effect.as(fiber)))
        assert.isTrue(Exit.isFailure(exit) && Cause.hasInterruptsOnly(exit.cause))
        const ended = yield* runOf(run.id)
        assert.strictEqual(ended.status, "cancelled")
        assert.strictEqual(ended.rowCount, written)
        assert.isNull(ended.checksumSha256)
        assert.isNull(ended.location)
        assert.isNotNull(ended.finishedAt)
        assert.isFalse(filesInDirectory().some((f) => f.startsWith(`budgets-${run.id}`)))
      }),
    )

    it.effect("an attempt interrupted after its run was handed over records nothing", () =>
      Effect.gen(function* () {
        const started = yield* Deferred.make<ExportRun>()
        const paused = yield* Deferred.make<void>()
        const fiber = yield* runExport(
          { exporterId: "budgets", format: "csv" },
          {
            onStart: (run) => Deferred.succeed(started, run).pipe(Effect.asVoid),
            onProgress: () =>
              Deferred.succeed(paused, undefined).pipe(Effect.andThen(Effect.never)),
            // The queue found this attempt's claim gone: another process streams the run now.
            handedOver: () => true,
          },
        ).pipe(as(finance), Effect.forkChild)
        const run = yield* Deferred.await(started)
        yield* Deferred.await(paused)
        yield* Fiber.interrupt(fiber)
        const left = yield* runOf(run.id)
        assert.strictEqual(left.status, "running")
        assert.isNull(left.finishedAt)
        // Its own partial file is gone; the run's new owner writes one of its own.
        assert.isFalse(filesInDirectory().some((f) => f.startsWith(`budgets-${run.id}`)))
      }),
    )

    it.effect("records a failed export as failed and leaves no file", () =>
      Effect.gen(function* () {
        let runId: ExportRun["id"] | undefined
        const exit = yield* runExport(
          { exporterId: "breaking", format: "csv" },
          { onStart: (run) => Effect.sync(() => (runId = run.id)) },
        ).pipe(as(finance), Effect.exit)
        assert.isTrue(Exit.isFailure(exit) && Cause.hasDies(exit.cause))
        const ended = yield* runOf(runId!)
        assert.strictEqual(ended.status, "failed")
        assert.strictEqual(ended.error, "unexpected error")
        assert.isFalse(filesInDirectory().some((f) => f.startsWith(`breaking-${runId}`)))
      }),
    )

    it.effect("shows a run to whoever started it, not to another user", () =>
      Effect.gen(function* () {
        const run = yield* runExport({ exporterId: "budget-counts", format: "csv" }).pipe(
          as(commissioner),
        )
        const seen = yield* getExportRun({ runId: run.id }).pipe(as(commissioner))
        assert.strictEqual(seen.id, run.id)
        const other = yield* failureOf(getExportRun({ runId: run.id }).pipe(as(finance)))
        assert.strictEqual(other._tag, "ExportRunNotFound")
        const elsewhere = yield* failureOf(
          getExportRun({ runId: run.id }).pipe(
            as(actor("admin@southfold", "council-admin", councilB)),
          ),
        )
        assert.strictEqual(elsewhere._tag, "ExportRunNotFound")
      }),
    )

    it.effect("cleans up its directory", () =>
      Effect.sync(() => {
        rmSync(directory, { recursive: true, force: true })
        assert.isTrue(true)
      }),
    )
  })
})
