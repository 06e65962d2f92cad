import { Effect, Option } from "effect"
import { abandonImportJob, runImportJob } from "../imports/caseloadImport.ts"
import { allocateDueForCouncil } from "../ledger/allocateDueForCouncil.ts"
import { Actor, CurrentActor } from "../model/Actor.ts"
import { nowIso } from "../model/Time.ts"
import { ExportRunRepository } from "../ports/ExportRunRepository.ts"
import { cancellableExport } from "../reporting/ExportJobs.ts"
import { runRemindersJob } from "../work/reminders.ts"
import { prepareExport, streamExportRun } from "../reporting/runExport.ts"
import type { AllocationJob, ExportJob, Job } from "./Jobs.ts"

/**
 * The run an export job streams: one still `running`. A run that is not there (its transaction
 * rolled back) or has already ended is none, so a job delivered twice, or retried after its run
 * finished, does nothing.
 */
export const exportRunToStream = Effect.fn("exportRunToStream")(function* (job: ExportJob) {
  const found = yield* (yield* ExportRunRepository).findById(job.councilId, job.runId)
  return Option.filter(found, (run) => run.status === "running")
})

/** Ends an export run that produced no file: `failed` with its reason, or `cancelled`. */
export const endUnfinishedExportRun = Effect.fn("endUnfinishedExportRun")(function* (
  job: ExportJob,
  outcome: {
    readonly status: "failed" | "cancelled"
    readonly error: string | null
    readonly rowCount: number
  },
) {
  yield* (yield* ExportRunRepository).finish(job.councilId, job.runId, {
    ...outcome,
    byteCount: 0,
    checksumSha256: null,
    location: null,
    finishedAt: yield* nowIso,
  })
})

/**
 * Streams a recorded export run, as the actor who asked for it with the roles the run recorded;
 * a job with no run to stream (`exportRunToStream`) is skipped. A run taken over from a process
 * that died starts again from its first row.
 */
export const runExportJob = Effect.fn("runExportJob")(function* (
  job: ExportJob,
  options: JobOptions = {},
) {
  const found = yield* exportRunToStream(job)
  if (Option.isNone(found)) return "skipped" as const
  const run = found.value
  const [first, ...rest] = run.requestedRoles
  const fail = (error: string) =>
    endUnfinishedExportRun(job, { status: "failed", error, rowCount: 0 })
  if (first === undefined) {
    yield* fail("the run records no role to export with")
    return "failed" as const
  }
  const actor = new Actor({
    subject: run.requestedBy,
    roles: [first, ...rest],
    councilId: run.councilId,
  })
  const stream = Effect.gen(function* () {
    // Checked again as the run's actor: an exporter removed or changed since it was asked for
    // ends the run with that reason rather than streaming under rules it no longer has.
    const prepared = yield* prepareExport({
      exporterId: run.exporterId,
      format: run.format,
      parameters: run.parameters,
    }).pipe(Effect.tapError((error) => fail(error.message)))
    return yield* streamExportRun(
      run,
      prepared,
      options.handedOver === undefined ? {} : { handedOver: options.handedOver },
    )
  }).pipe(
    Effect.map((ended) => ended.status),
    Effect.provideService(CurrentActor, actor),
  )
  return yield* cancellableExport(run.id, stream)
})

/** The schedule's run: the council's due allocations, as the system. */
export const runAllocationJob = Effect.fn("runAllocationJob")(function* (job: AllocationJob) {
  return yield* allocateDueForCouncil({}).pipe(
    Effect.provideService(
      CurrentActor,
      new Actor({
        subject: "system:allocation-schedule",
        roles: ["system"],
        councilId: job.councilId,
      }),
    ),
  )
})

/**
 * A job the queue gave up on (its attempts used up, the last ones perhaps by processes that
 * died mid-way): an export run still `running` is failed with that reason, so no run stays
 * `running` without a process streaming it; so is an import run (the rows it wrote stay). A
 * missed allocation run needs nothing: the next one posts what it left, each period once, and
 * a missed reminders run neither: the next one sends what it left, each item once.
 */
export const abandonJob = Effect.fn("abandonJob")(function* (job: Job, reason: string) {
  if (job._tag === "import") return yield* abandonImportJob(job, reason)
  if (job._tag !== "export") return
  yield* endUnfinishedExportRun(job, { status: "failed", error: reason, rowCount: 0 })
})

export interface JobOptions {
  /**
   * Whether this attempt has lost its job to another process (the queue found its claim gone):
   * interrupted then, it leaves the job's records to the process that took it over.
   */
  readonly handedOver?: () => boolean
}

/** Runs one job of any kind: what every job runner calls for each job it takes. */
export const runJob = Effect.fn("runJob")(function* (job: Job, options: JobOptions = {}) {
  if (job._tag === "export") return yield* runExportJob(job, options)
  // A taken-over import attempt is interrupted by its runner and leaves the run to the new owner.
  if (job._tag === "import") return yield* runImportJob(job)
  if (job._tag === "reminders") return yield* runRemindersJob(job)
  return yield* runAllocationJob(job)
})
