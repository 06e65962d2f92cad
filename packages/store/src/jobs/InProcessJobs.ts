import { Jobs, runJob } from "@openpb/core"
import { Effect, Layer, Schedule } from "effect"
import { SqlClient } from "effect/sql"

type JobServices = Effect.Services<ReturnType<typeof runJob>>

/**
 * Jobs run in this process once the transaction that queued them commits (none if it rolls
 * back), retried with backoff. Nothing survives the process: this is for one-shot processes
 * (the command line, tests), never a server. A server runs `layerPgBossJobs`, whose jobs are
 * rows that outlive it.
 */
export const layerInProcessJobs = Layer.effect(
  Jobs,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const services = yield* Effect.context<JobServices>()
    return Jobs.of({
      // Nothing is kept: a job here lives only as long as its fiber.
      list: () => Effect.succeed([]),
      enqueue: (job) =>
        sql.afterCommit(
          // A fiber of its own on the layer's services, not the request's: no transaction,
          // council setting or actor of the caller's comes with it.
          Effect.sync(() => {
            Effect.runForkWith(services)(
              runJob(job).pipe(
                Effect.retry({ times: 3, schedule: Schedule.exponential("100 millis") }),
                Effect.catchCause((cause) => Effect.logError("job failed", job._tag, cause)),
              ),
            )
          }),
        ),
    })
  }),
)
