import { Effect, Option, Schema } from "effect"
import { authorize } from "../access/authorize.ts"
import { CurrentActor } from "../model/Actor.ts"
import { decodeInput } from "../model/Input.ts"
import { ImportRunId } from "../imports/ImportRun.ts"
import { ExportRunRepository } from "../ports/ExportRunRepository.ts"
import { ImportRunRepository } from "../ports/ImportRunRepository.ts"
import { ExportRunId } from "../reporting/ExportRun.ts"
import { Jobs } from "./Jobs.ts"

export const ListJobsInput = Schema.Struct({
  limit: Schema.optionalKey(
    Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 100 }, { message: "1 to 100" })),
  ),
})

/**
 * The council's jobs, newest first (50 unless `limit` says otherwise): what each is, where it
 * is, how often it failed and why, and an export's or an import's rows so far from its run record.
 */
export const listJobs = Effect.fn("listJobs")(function* (raw: unknown = {}) {
  const input = yield* decodeInput(ListJobsInput)(raw)
  yield* authorize("jobs.read")
  const actor = yield* CurrentActor
  const jobs = yield* (yield* Jobs).list(actor.councilId, input.limit ?? 50)
  const runs = yield* ExportRunRepository
  const imports = yield* ImportRunRepository
  return yield* Effect.forEach(jobs, (job) => {
    if (job.exportRunId !== null && Schema.is(ExportRunId)(job.exportRunId))
      return Effect.map(runs.findById(actor.councilId, job.exportRunId), (run) => ({
        ...job,
        rowCount: Option.match(run, { onNone: () => null, onSome: (r) => r.rowCount }),
      }))
    if (job.importRunId !== null && Schema.is(ImportRunId)(job.importRunId))
      return Effect.map(imports.findById(actor.councilId, job.importRunId), (run) => ({
        ...job,
        rowCount: Option.match(run, {
          onNone: () => null,
          onSome: (r) => r.counts.processedRows,
        }),
      }))
    return Effect.succeed(job)
  })
})
