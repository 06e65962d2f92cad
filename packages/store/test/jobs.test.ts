import { assert, layer } from "@effect/vitest"
import {
  Actor,
  addDays,
  CurrentActor,
  ExportRunId,
  generateCaseloadCsv,
  getExportRun,
  getImportRun,
  ImportRunRepository,
  Jobs,
  listJobs,
  londonDateOf,
  reminderKinds,
  runCaseloadImport,
  startCaseloadImport,
  startExport,
  UnitOfWork,
  workQueue,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { PgClient } from "@effect/sql-pg"
import { Effect, Exit, Layer, Option, Redacted } from "effect"
import { SqlClient } from "effect/sql"
import { layerPgBossJobs } from "../src/jobs/PgBossJobs.ts"
import { councilScope } from "../src/CouncilScope.ts"
import { RepositoriesSql } from "../src/Store.ts"
import { layerTestDatabase, layerTestExports, testDatabaseKind } from "../src/testing.ts"
import { councilA } from "./support.ts"

/*
 * The job queue (pg-boss) on the application's own database: queued with the change that
 * causes it, run once it commits, never when it rolls back. On PGlite it shares the one
 * connection with the application (taken between its transactions); on PostgreSQL it has its
 * own pool as the owner, in its own schema.
 */

const databaseUrl = process.env.DATABASE_URL
const jobSchema = `openpb_jobs_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`

/** Drops the queue's schema when the suite ends (PostgreSQL; PGlite's goes with it). */
const dropJobSchema = Layer.effectDiscard(
  databaseUrl === undefined
    ? Effect.void
    : Effect.addFinalizer(() =>
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          yield* sql.unsafe(`DROP SCHEMA IF EXISTS ${jobSchema} CASCADE`)
        }).pipe(
          Effect.provide(PgClient.layer({ url: Redacted.make(databaseUrl), maxConnections: 1 })),
          Effect.orDie,
        ),
      ),
)

const runtime = layerPgBossJobs({
  databaseUrl,
  schema: jobSchema,
  work: true,
  heartbeatSeconds: 10,
}).pipe(
  Layer.provideMerge(Layer.mergeAll(RepositoriesSql, EnglandDefaultPolicies, layerTestExports())),
  Layer.provideMerge(layerTestDatabase()),
  Layer.provideMerge(dropJobSchema),
)

const finance = Effect.provideService(
  CurrentActor,
  new Actor({ subject: "jobs-finance", roles: ["finance"], councilId: councilA }),
)

const jobsFor = (runId: string) =>
  Effect.flatMap(
    SqlClient.SqlClient,
    (sql) =>
      sql<{
        n: unknown
      }>`SELECT count(*) AS n FROM ${sql(jobSchema)}.job WHERE data->>'runId' = ${runId}`,
  ).pipe(Effect.map((rows) => Number(rows[0]?.n)))

layer(runtime, { excludeTestServices: true, timeout: 60_000 })(
  `jobs on pg-boss, on ${testDatabaseKind()}`,
  (it) => {
    it.effect("a job queued in a transaction that rolls back is never there", () =>
      Effect.gen(function* () {
        const runId = ExportRunId.make(crypto.randomUUID())
        const failed = yield* Effect.exit(
          (yield* UnitOfWork).transaction(
            Effect.andThen(
              Effect.flatMap(Jobs, (jobs) =>
                jobs.enqueue({ _tag: "export", councilId: councilA, runId }),
              ),
              Effect.fail("the change is refused"),
            ),
          ),
        )
        assert.isTrue(Exit.isFailure(failed))
        assert.strictEqual(yield* jobsFor(runId), 0)
        const kept = ExportRunId.make(crypto.randomUUID())
        yield* (yield* UnitOfWork).transaction(
          Effect.flatMap(Jobs, (jobs) =>
            jobs.enqueue({ _tag: "export", councilId: councilA, runId: kept }),
          ),
        )
        assert.strictEqual(yield* jobsFor(kept), 1)
      }),
    )

    it.effect("an export started through the use case is streamed by the queue's worker", () =>
      Effect.gen(function* () {
        const run = yield* startExport({ exporterId: "budgets", format: "csv" }).pipe(finance)
        assert.strictEqual(run.status, "running")
        assert.strictEqual(yield* jobsFor(run.id), 1)
        let status: string = run.status
        for (let tries = 0; status === "running" && tries < 200; tries++) {
          yield* Effect.sleep("100 millis")
          status = (yield* getExportRun({ runId: run.id }).pipe(finance)).status
        }
        assert.strictEqual(status, "completed")
        // The council's administrators follow it in the council's job list; others are refused.
        const admin = Effect.provideService(
          CurrentActor,
          new Actor({ subject: "jobs-admin", roles: ["council-admin"], councilId: councilA }),
        )
        const listed = (yield* listJobs({}).pipe(admin)).find((j) => j.exportRunId === run.id)
        assert.strictEqual(listed?.kind, "export")
        assert.strictEqual(listed?.state, "completed")
        assert.strictEqual(listed?.retries, 0)
        assert.strictEqual(
          listed?.rowCount,
          (yield* getExportRun({ runId: run.id }).pipe(finance)).rowCount,
        )
        const refused = yield* Effect.exit(listJobs({}).pipe(finance))
        assert.isTrue(Exit.isFailure(refused))
      }),
    )

    it.effect(
      "a caseload import started through the use case is a job the queue's worker runs",
      () =>
        Effect.gen(function* () {
          const admin = Effect.provideService(
            CurrentActor,
            new Actor({ subject: "jobs-admin", roles: ["council-admin"], councilId: councilA }),
          )
          const sample = generateCaseloadCsv(30, 0)
          const started = yield* startCaseloadImport({
            csv: [sample.csv],
            sourceSystem: "jobs-test-system",
          }).pipe(admin)
          assert.strictEqual(started.status, "running")
          // The run, its file and its job were recorded together.
          assert.strictEqual(yield* jobsFor(started.id), 1)
          let run = started
          for (let tries = 0; run.status === "running" && tries < 300; tries++) {
            yield* Effect.sleep("100 millis")
            run = yield* getImportRun({ runId: started.id }).pipe(admin)
          }
          assert.deepStrictEqual(
            [run.status, run.counts.created, run.counts.failed],
            ["completed", 30, 0],
          )
          // The file goes with the run's end; the job is listed with the run to follow it by.
          const file = yield* (yield* ImportRunRepository).findFile(councilA, started.id)
          assert.isTrue(Option.isNone(file))
          let listed = (yield* listJobs({}).pipe(admin)).find((j) => j.importRunId === started.id)
          // pg-boss marks the job completed just after the handler returns.
          for (let tries = 0; listed?.state !== "completed" && tries < 50; tries++) {
            yield* Effect.sleep("100 millis")
            listed = (yield* listJobs({}).pipe(admin)).find((j) => j.importRunId === started.id)
          }
          assert.deepStrictEqual(
            [listed?.kind, listed?.state, listed?.retries, listed?.rowCount, listed?.exportRunId],
            ["import", "completed", 0, 30, null],
          )
        }),
    )

    it.effect("the reminders job, queued, reminds of each review due once", () =>
      Effect.gen(function* () {
        const admin = Effect.provideService(
          CurrentActor,
          new Actor({ subject: "jobs-admin", roles: ["council-admin"], councilId: councilA }),
        )
        // A caseload brought in: its running budgets have their next reviews.
        const sample = generateCaseloadCsv(12, 0)
        yield* runCaseloadImport({ csv: [sample.csv], sourceSystem: "reminders-system" }).pipe(
          admin,
        )
        const due = yield* workQueue({
          kinds: reminderKinds,
          dueBy: addDays(londonDateOf(Date.now()), 366),
          first: 100,
        }).pipe(admin)
        assert.isAbove(due.items.length, 0)
        const reminders = Effect.flatMap(SqlClient.SqlClient, (sql) =>
          sql<{ n: unknown }>`SELECT count(*) AS n FROM domain_events
                              WHERE council_id = ${councilA} AND type = 'ReminderDue'`.pipe(
            councilScope(sql).withCouncil(councilA),
          ),
        ).pipe(Effect.map((rows) => Number(rows[0]?.n)))
        const queue = (yield* UnitOfWork).transaction(
          Effect.flatMap(Jobs, (jobs) =>
            jobs.enqueue({ _tag: "reminders", councilId: councilA, withinDays: 366 }),
          ),
        )
        yield* queue
        let sent = 0
        for (let tries = 0; sent < due.items.length && tries < 200; tries++) {
          yield* Effect.sleep("100 millis")
          sent = yield* reminders
        }
        assert.strictEqual(sent, due.items.length)
        // Queued again, it finds nothing new to remind of.
        yield* queue
        let listed = (yield* listJobs({}).pipe(admin)).filter((j) => j.kind === "reminders")
        for (let tries = 0; listed.some((j) => j.state !== "completed") && tries < 100; tries++) {
          yield* Effect.sleep("100 millis")
          listed = (yield* listJobs({}).pipe(admin)).filter((j) => j.kind === "reminders")
        }
        assert.deepStrictEqual(
          listed.map((j) => j.state),
          ["completed", "completed"],
        )
        assert.strictEqual(yield* reminders, due.items.length)
      }),
    )
  },
)
