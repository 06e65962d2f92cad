import {
  abandonJob,
  Job,
  type JobKind,
  Jobs,
  JobState,
  type JobView,
  jobKinds,
  runJob,
} from "@openpb/core"
import { Cause, Effect, Layer, Option, Schema } from "effect"
import { SqlClient } from "effect/sql"
import type { Db, PGliteLike } from "pg-boss"
import { APPLICATION_ROLE } from "../CouncilScope.ts"
import { PgliteExclusive } from "../PgliteClient.ts"
import { instantToIso, parseJson, toSafeNumber } from "../repositories/rows.ts"
import { type ExportWorkerConfig, runExportJobInWorker } from "./ExportWorker.ts"

export interface PgBossJobsConfig {
  /** PostgreSQL, as the URL's own user (the owner); absent: the embedded PGlite. */
  readonly databaseUrl?: string | undefined
  /** pg-boss's own schema, beside the application's. */
  readonly schema: string
  /** Whether this process takes jobs (every server process does; a one-off command need not). */
  readonly work: boolean
  /** A job whose process has not said it is alive for this long is taken over by another. */
  readonly heartbeatSeconds?: number | undefined
  /** How often expired jobs are looked for (pg-boss's supervision). */
  readonly superviseIntervalSeconds?: number | undefined
  /** Attempts after the first, with exponential backoff, before the job is given up. */
  readonly retryLimit?: number | undefined
  /** Jobs queued on a cron schedule (Europe/London), once per occurrence across all processes. */
  readonly schedules?: ReadonlyArray<{ readonly job: Job; readonly cron: string }> | undefined
  /** Told of every job this process finishes, gives up or sees fail. */
  readonly onEvent?: ((event: JobEvent) => void) | undefined
  /**
   * PostgreSQL only: each export job this process takes is streamed in a child process started
   * for it (`runExportJobInWorker`), its heap bounded apart from the server's. Absent, exports
   * stream in this process.
   */
  readonly exportWorker?: ExportWorkerConfig | undefined
}

export type JobEvent =
  | {
      readonly event: "job-done"
      readonly id: string
      readonly kind: JobKind
      readonly result: unknown
    }
  | {
      readonly event: "job-failed"
      readonly id: string
      readonly kind: JobKind
      readonly error: string
    }
  | {
      readonly event: "job-abandoned"
      readonly id: string
      readonly kind: JobKind
      readonly reason: string
    }
  | {
      /** An export job's worker process has started: its process id. */
      readonly event: "export-worker"
      readonly id: string
      readonly runId: string
      readonly pid: number
    }
  | { readonly event: "job-queue-error"; readonly error: string }

const queueOf = (kind: JobKind) => `openpb-${kind}`
const ABANDONED = "openpb-abandoned"
const schemaName = /^[a-z_][a-z0-9_]{0,62}$/
const decodeJob = Schema.decodeUnknownOption(Job)
const decodeState = Schema.decodeUnknownOption(JobState)

interface JobRow {
  readonly id: string
  readonly data: unknown
  readonly state: string
  readonly retry_count: unknown
  readonly created_on: unknown
  readonly started_on: unknown
  readonly completed_on: unknown
  readonly last_error: string | null
}
const encodeJob = Schema.encodeSync(Job)

/**
 * PGlite's one connection for pg-boss: taken between our statements and transactions (never
 * inside one), and as the owner, who may create pg-boss's schema, then back to the application
 * role. A failed statement block is rolled back before the connection is handed back.
 */
const pgliteAsOwner = (exclusive: PgliteExclusive["Service"]): PGliteLike => {
  const asOwner = <A>(use: (db: Parameters<Parameters<typeof exclusive>[0]>[0]) => Promise<A>) =>
    exclusive(async (db) => {
      await db.exec("RESET ROLE")
      try {
        return await use(db)
      } catch (error) {
        await db.exec("ROLLBACK").catch(() => undefined)
        throw error
      } finally {
        await db.exec(`SET ROLE ${APPLICATION_ROLE}`)
      }
    })
  return {
    query: (text, params) => asOwner((db) => db.query(text, params)),
    exec: (text) => asOwner((db) => db.exec(text)),
  }
}

/**
 * Durable jobs on pg-boss, in the application's own database (PostgreSQL or PGlite): queued in
 * the transaction of the change that causes them, taken by one process at a time with a
 * heartbeat, retried with exponential backoff, taken over when their process dies, and given
 * up with a reason after the last attempt.
 */
export const layerPgBossJobs = (config: PgBossJobsConfig) =>
  Layer.effect(
    Jobs,
    Effect.gen(function* () {
      if (!schemaName.test(config.schema))
        return yield* Effect.die(new Error(`Invalid job schema name ${config.schema}`))
      // Loaded here, not at the top: `pg` (under pg-boss) is only loaded where jobs run.
      const { PgBoss, fromPglite } = yield* Effect.promise(() => import("pg-boss"))
      const sql = yield* SqlClient.SqlClient
      const services = yield* Effect.context<Effect.Services<ReturnType<typeof runJob>>>()
      const run = Effect.runPromiseWith(services)
      const exclusive = Option.getOrUndefined(yield* Effect.serviceOption(PgliteExclusive))
      const common = {
        schema: config.schema,
        // Expired jobs and missed heartbeats are looked for on the monitor's pass, so both go together.
        superviseIntervalSeconds: config.superviseIntervalSeconds ?? 30,
        monitorIntervalSeconds: config.superviseIntervalSeconds ?? 30,
        // Jobs are state, not logs: a finished one is kept a week for whoever asks after it.
        schedule: config.work,
        supervise: config.work,
      }
      const boss =
        config.databaseUrl !== undefined
          ? new PgBoss({
              ...common,
              connectionString: config.databaseUrl,
              max: 4,
              application_name: "openpb-jobs",
            })
          : exclusive !== undefined
            ? new PgBoss({ ...common, db: fromPglite(pgliteAsOwner(exclusive)), backend: "pglite" })
            : yield* Effect.die(new Error("pg-boss needs PostgreSQL or the embedded PGlite"))
      boss.on("error", (error) => {
        config.onEvent?.({ event: "job-queue-error", error: String(error) })
      })
      yield* Effect.acquireRelease(
        Effect.promise(() => boss.start()),
        () => Effect.promise(() => boss.stop({ graceful: true, timeout: 20_000 })),
      )
      const heartbeatSeconds = config.heartbeatSeconds ?? 30
      yield* Effect.promise(async () => {
        if (!(await boss.getQueue(ABANDONED))) await boss.createQueue(ABANDONED)
        // Every start brings the queues' settings to this process's: the latest start decides.
        const settings = {
          retryLimit: config.retryLimit ?? 3,
          retryDelay: 5,
          retryBackoff: true,
          heartbeatSeconds,
          expireInSeconds: 4 * 3600,
          deadLetter: ABANDONED,
        }
        for (const kind of jobKinds)
          if (await boss.getQueue(queueOf(kind))) await boss.updateQueue(queueOf(kind), settings)
          else
            await boss.createQueue(queueOf(kind), {
              // At most one allocation run waits and one runs: a tick while one is queued adds none.
              policy: kind === "allocation-run" || kind === "reminders" ? "stately" : "standard",
              ...settings,
            })
        // The application role queues jobs inside its own transactions.
        await boss.getDb().executeSql(
          `GRANT USAGE ON SCHEMA ${config.schema} TO ${APPLICATION_ROLE};
           GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${config.schema} TO ${APPLICATION_ROLE};
           GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${config.schema} TO ${APPLICATION_ROLE};
           GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${config.schema} TO ${APPLICATION_ROLE};`,
        )
      })
      if (config.work) {
        yield* Effect.promise(async () => {
          for (const kind of jobKinds)
            await boss.work<unknown>(
              queueOf(kind),
              { localConcurrency: 2, pollingIntervalSeconds: 1 },
              async ([job]) => {
                if (job === undefined) return
                const decoded = decodeJob(job.data)
                // A payload no version of this code wrote has nothing to run: it is not retried.
                if (Option.isNone(decoded)) return
                // pg-boss aborts the signal when this attempt's claim is gone (another process
                // took the job over after a missed heartbeat, or the job expired): the attempt
                // stops at once and leaves the run to whoever holds the job now.
                const handedOver = () => job.signal.aborted
                const worker = config.databaseUrl === undefined ? undefined : config.exportWorker
                const value = decoded.value
                const exit = await run(
                  Effect.exit(
                    value._tag === "export" && worker !== undefined
                      ? runExportJobInWorker(value, worker, {
                          handedOver,
                          onStart: (pid) =>
                            config.onEvent?.({
                              event: "export-worker",
                              id: job.id,
                              runId: value.runId,
                              pid,
                            }),
                        })
                      : runJob(value, { handedOver }),
                  ),
                  { signal: job.signal },
                )
                if (exit._tag === "Success") {
                  config.onEvent?.({ event: "job-done", id: job.id, kind, result: exit.value })
                  return exit.value
                }
                const error = Cause.pretty(exit.cause)
                config.onEvent?.({ event: "job-failed", id: job.id, kind, error })
                throw new Error(error)
              },
            )
          await boss.work<unknown>(ABANDONED, { pollingIntervalSeconds: 1 }, async ([job]) => {
            if (job === undefined) return
            const decoded = decodeJob(job.data)
            if (Option.isNone(decoded)) return
            const attempts = (config.retryLimit ?? 3) + 1
            const reason = `gave up after ${attempts} attempt${attempts === 1 ? "" : "s"}: the process running it stopped before it finished (or it failed; see the server log)`
            await run(abandonJob(decoded.value, reason))
            config.onEvent?.({
              event: "job-abandoned",
              id: job.id,
              kind: decoded.value._tag,
              reason,
            })
          })
          for (const { job, cron } of config.schedules ?? [])
            await boss.schedule(queueOf(job._tag), cron, encodeJob(job), {
              tz: "Europe/London",
              key: job.councilId,
            })
        })
      }
      const views = (rows: ReadonlyArray<JobRow>) =>
        rows.flatMap((row): ReadonlyArray<JobView> => {
          const job = decodeJob(parseJson(row.data))
          const state = decodeState(row.state)
          if (Option.isNone(job) || Option.isNone(state)) return []
          return [
            {
              id: row.id,
              kind: job.value._tag,
              state: state.value,
              retries: toSafeNumber(row.retry_count),
              createdAt: instantToIso(row.created_on),
              startedAt: row.started_on === null ? null : instantToIso(row.started_on),
              endedAt: row.completed_on === null ? null : instantToIso(row.completed_on),
              exportRunId: job.value._tag === "export" ? job.value.runId : null,
              importRunId: job.value._tag === "import" ? job.value.runId : null,
              rowCount: null,
              lastError: row.last_error,
            },
          ]
        })
      return Jobs.of({
        list: (councilId, limit) =>
          // The caller's own connection (its transaction, as the application role): on PGlite the
          // queue's exclusive access would wait for that transaction to end.
          sql
            .unsafe<JobRow>(
              `SELECT id::text AS id, data, state::text AS state, retry_count, created_on,
                      started_on, completed_on,
                      CASE WHEN state::text IN ('retry', 'failed') THEN output->>'message' END AS last_error
               FROM ${config.schema}.job
               WHERE name LIKE 'openpb-%' AND name <> '${ABANDONED}' AND data->>'councilId' = $1
               ORDER BY created_on DESC, id DESC LIMIT $2`,
              [councilId, limit],
            )
            .pipe(Effect.map(views), Effect.orDie, Effect.withSpan("Jobs.list")),
        enqueue: (job) =>
          Effect.gen(function* () {
            // pg-boss writes the job through this fiber's connection: inside the caller's open
            // transaction when there is one, so it commits or rolls back with the change.
            const caller = yield* Effect.context<never>()
            const db: Db = {
              executeSql: (text, values) =>
                Effect.runPromiseWith(caller)(
                  sql
                    .unsafe<Record<string, unknown>>(text, values)
                    .pipe(Effect.map((rows) => ({ rows: [...rows] }))),
                ),
            }
            yield* Effect.promise(() => boss.send(queueOf(job._tag), encodeJob(job), { db }))
          }),
      })
    }),
  )
