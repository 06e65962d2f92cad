import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  Actor,
  budgetsExporter,
  CouncilId,
  CurrentActor,
  type ExportJob,
  ExportJobs,
  ExporterRegistry,
  ExportRunRepository,
  prepareExport,
  recordExportRun,
} from "@openpb/core"
import { Deferred, Effect, Fiber, Layer, ManagedRuntime, Option } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { layerDatabase } from "../src/Database.ts"
import { type ExportWorkerConfig, runExportJobInWorker } from "../src/jobs/ExportWorker.ts"
import { RepositoriesSql } from "../src/Store.ts"
import { seedBudgets } from "../src/testing.ts"

/*
 * An export job streamed in a worker process (PostgreSQL only: PGlite's data is one process's):
 * it answers as `runExportJob` does, a run already ended starts no worker, a worker that dies
 * has its run failed with the reason, and one stopped before it listens is ended here.
 */

const databaseUrl = process.env.DATABASE_URL
const schema = `openpb_expworker_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`
const exportsDir = mkdtempSync(join(tmpdir(), "openpb-export-worker-"))
const council = CouncilId.make("council-a")
const actor = new Actor({ subject: "worker-test", roles: ["finance"], councilId: council })
const ROWS = 2_000

const runtime = ManagedRuntime.make(
  Layer.mergeAll(RepositoriesSql, ExporterRegistry.layer([budgetsExporter]), ExportJobs.layer).pipe(
    Layer.provideMerge(layerDatabase({ databaseUrl, schema, maxConnections: 2 })),
  ),
)

afterAll(async () => {
  await runtime.dispose()
  // As the owner: the pool's connections act as the application role.
  if (databaseUrl !== undefined)
    execFileSync("psql", [
      databaseUrl,
      "-qc",
      `SET client_min_messages = warning; DROP SCHEMA IF EXISTS ${schema} CASCADE`,
    ])
  rmSync(exportsDir, { recursive: true, force: true })
})

const worker = (entry: string): ExportWorkerConfig => ({
  entry: new URL(entry, import.meta.url),
  execArgv: ["--conditions=@openpb/source", "--max-old-space-size=128", "--max-semi-space-size=8"],
  setup: { databaseUrl: databaseUrl ?? "", schema, exportsDir },
})

/** A run recorded as `export.start` records it, and its job. */
const recorded = Effect.gen(function* () {
  const run = yield* Effect.flatMap(
    prepareExport({ exporterId: "budgets", format: "csv" }),
    recordExportRun,
  ).pipe(Effect.provideService(CurrentActor, actor))
  const job: ExportJob = { _tag: "export", councilId: council, runId: run.id }
  return job
})

const runOf = (job: ExportJob) =>
  Effect.flatMap(ExportRunRepository, (runs) => runs.findById(council, job.runId)).pipe(
    Effect.map(Option.getOrThrow),
  )

describe.runIf(databaseUrl !== undefined)(
  "an export job in a worker process (this suite needs DATABASE_URL)",
  () => {
    it("streams the run in another process and answers as in process; an ended run starts none", async () => {
      const { job, result, pids, run, again, pidsAgain } = await runtime.runPromise(
        Effect.gen(function* () {
          yield* seedBudgets(council, ROWS, 100)
          const job = yield* recorded
          const pids: Array<number> = []
          const result = yield* runExportJobInWorker(job, worker("./fixtures/exportWorker.ts"), {
            onStart: (pid) => pids.push(pid),
          })
          const run = yield* runOf(job)
          // Delivered again: the run has ended, so nothing is started.
          const pidsAgain: Array<number> = []
          const again = yield* runExportJobInWorker(job, worker("./fixtures/exportWorker.ts"), {
            onStart: (pid) => pidsAgain.push(pid),
          })
          return { job, result, pids, run, again, pidsAgain }
        }),
      )
      expect(result).toBe("completed")
      expect(pids).toHaveLength(1)
      expect(pids[0]).not.toBe(process.pid)
      expect(run.status).toBe("completed")
      expect(run.rowCount).toBe(ROWS)
      expect(run.checksumSha256).toMatch(/^[0-9a-f]{64}$/)
      expect(existsSync(join(exportsDir, `budgets-${job.runId}.csv`))).toBe(true)
      expect(again).toBe("skipped")
      expect(pidsAgain).toEqual([])
    }, 60_000)

    it("fails the run with the reason when its worker dies", async () => {
      const { result, run } = await runtime.runPromise(
        Effect.gen(function* () {
          const job = yield* recorded
          const result = yield* runExportJobInWorker(job, worker("./fixtures/exportWorkerDies.ts"))
          return { result, run: yield* runOf(job) }
        }),
      )
      expect(result).toBe("failed")
      expect(run.status).toBe("failed")
      expect(run.error).toMatch(/^the export worker stopped before it finished \(exit code 3;/)
    }, 60_000)

    it.each([
      [false, "cancelled"],
      [true, "running"],
    ])(
      "stopped as it starts (handed over: %s), its run is %s",
      async (handedOver, status) => {
        const run = await runtime.runPromise(
          Effect.gen(function* () {
            const job = yield* recorded
            const started = yield* Deferred.make<number>()
            const fiber = yield* Effect.forkChild(
              runExportJobInWorker(job, worker("./fixtures/exportWorker.ts"), {
                handedOver: () => handedOver,
                onStart: (pid) => Deferred.doneUnsafe(started, Effect.succeed(pid)),
              }),
            )
            yield* Deferred.await(started)
            yield* Fiber.interrupt(fiber)
            return yield* runOf(job)
          }),
        )
        expect(run.status).toBe(status)
      },
      60_000,
    )
  },
)
