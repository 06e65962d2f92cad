import { readFileSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  Actor,
  budgetsExporter,
  CouncilId,
  CurrentActor,
  ExportJobs,
  ExporterRegistry,
  ExportRunRepository,
  prepareExport,
  recordExportRun,
} from "@openpb/core"
import {
  exportWorkerFlags,
  layerDatabase,
  RepositoriesSql,
  runExportJobInWorker,
} from "@openpb/store"
import { seedBudgets } from "@openpb/store/testing"
import { Effect, Layer, Option } from "effect"
import { SqlClient } from "effect/sql"
import { report } from "./report.ts"

/** The reference council: its export worker module is the one a server of it starts. */
const appDir = new URL("../../../apps/reference-council/", import.meta.url)
const workerEntry = new URL("src/exportWorker.ts", appDir)
const council = CouncilId.make("northmere")
const actor = new Actor({ subject: "bench", roles: ["finance"], councilId: council })
const MB = 1024 * 1024
const HEAP_MB = 128

/**
 * The worker's Node flags as the host gives them to a server started by the app's start script:
 * the script's own flags, but for its heap limits, then the worker's (`exportWorkerFlags`).
 */
const workerExecArgv = (): ReadonlyArray<string> => {
  const start: unknown = JSON.parse(readFileSync(new URL("package.json", appDir), "utf8"))
  const script =
    typeof start === "object" &&
    start !== null &&
    "scripts" in start &&
    typeof start.scripts === "object" &&
    start.scripts !== null &&
    "start" in start.scripts &&
    typeof start.scripts.start === "string"
      ? start.scripts.start
      : ""
  return exportWorkerFlags(
    script.split(/\s+/).filter((word) => word.startsWith("--")),
    HEAP_MB,
  )
}

/** `VmRSS` and `VmHWM` (the kernel's high-water mark) of a process, in bytes; none once it is gone. */
const memoryOf = (pid: number): { rss: number; hwm: number } | undefined => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8")
    const kB = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0)
    return { rss: kB("VmRSS") * 1024, hwm: kB("VmHWM") * 1024 }
  } catch {
    return undefined
  }
}

/**
 * Budgets exported to CSV through the server's path on PostgreSQL: the run recorded as
 * `export.start` records it, then its job streamed by the store's `runExportJobInWorker`, as a
 * server's job runner calls it, in a worker started from the reference council's own module
 * with the host's flags. The worker's memory is sampled from `/proc/<pid>/status` every 10 ms:
 * the highest `VmRSS` seen, and `VmHWM` (the kernel's own peak) at its last sample.
 */
export const exportServerPathBench = (databaseUrl: string, schema: string, rows: number) =>
  Effect.suspend(() => {
    const directory = mkdtempSync(join(tmpdir(), "openpb-bench-export-server-"))
    return measure(databaseUrl, schema, rows, directory).pipe(
      Effect.provide(
        Layer.mergeAll(
          RepositoriesSql,
          ExporterRegistry.layer([budgetsExporter]),
          ExportJobs.layer,
        ).pipe(Layer.provideMerge(layerDatabase({ databaseUrl, schema, maxConnections: 2 }))),
      ),
      Effect.ensuring(Effect.sync(() => rmSync(directory, { recursive: true, force: true }))),
    )
  })

const measure = (databaseUrl: string, schema: string, rows: number, directory: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const seedStart = performance.now()
    yield* seedBudgets(council, rows, Math.max(1, Math.floor(rows / 10)))
    yield* sql`ANALYZE budgets`
    const seedSeconds = (performance.now() - seedStart) / 1000

    // Recorded as `export.start` records it; the job is then what the queue hands a server.
    const run = yield* Effect.flatMap(
      prepareExport({ exporterId: "budgets", format: "csv" }),
      recordExportRun,
    ).pipe(Effect.provideService(CurrentActor, actor))
    const memory = { pid: 0, rss: 0, hwm: 0, samples: 0 }
    let timer: ReturnType<typeof setInterval> | undefined
    const sample = () => {
      const now = memoryOf(memory.pid)
      if (now === undefined) return
      memory.rss = Math.max(memory.rss, now.rss)
      memory.hwm = Math.max(memory.hwm, now.hwm)
      memory.samples++
    }
    const start = performance.now()
    const result = yield* runExportJobInWorker(
      { _tag: "export", councilId: council, runId: run.id },
      {
        entry: workerEntry,
        execArgv: workerExecArgv(),
        setup: { databaseUrl, schema, exportsDir: directory },
      },
      {
        onStart: (pid) => {
          memory.pid = pid
          timer = setInterval(sample, 10)
        },
      },
    ).pipe(Effect.ensuring(Effect.sync(() => clearInterval(timer))))
    const seconds = (performance.now() - start) / 1000
    const ended = yield* (yield* ExportRunRepository).findById(council, run.id)
    if (result !== "completed" || Option.isNone(ended) || ended.value.rowCount !== rows)
      return yield* Effect.die(
        new Error(
          `the worker answered ${result}, exporting ${Option.getOrUndefined(ended)?.rowCount} rows`,
        ),
      )

    const peakRssMB = Math.round(memory.rss / MB)
    report({
      name: "export.csv.server",
      value: peakRssMB,
      unit: "MB",
      baseline: "the target peak RSS",
      baselineValue: 256,
      ratio: Number((peakRssMB / 256).toFixed(3)),
      peakRssMB,
      vmHwmMB: Math.round(memory.hwm / MB),
      rowsPerSecond: Math.round(rows / seconds),
      rows,
      seconds: Number(seconds.toFixed(2)),
      samples: memory.samples,
      heapMB: HEAP_MB,
      execArgv: workerExecArgv(),
      fileMB: Number((ended.value.byteCount / MB).toFixed(1)),
      seedSeconds: Number(seedSeconds.toFixed(1)),
      targets: { peakRssMB: 256 },
    })
  })
