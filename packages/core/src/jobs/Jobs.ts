import { Context, type Effect, Schema } from "effect"
import { CouncilId } from "../model/Ids.ts"
import { ExportRunId } from "../reporting/ExportRun.ts"

/** An export whose run is recorded and waits for a process to stream it. */
export const ExportJob = Schema.TaggedStruct("export", {
  councilId: CouncilId,
  runId: ExportRunId,
})
export type ExportJob = typeof ExportJob.Type

/** Post the council's due allocations: the schedule's job, idempotent per budget and period. */
export const AllocationJob = Schema.TaggedStruct("allocation-run", {
  councilId: CouncilId,
})
export type AllocationJob = typeof AllocationJob.Type

/** Every kind of job, with the payload it carries (validated when a worker takes it). */
export const Job = Schema.Union([ExportJob, AllocationJob])
export type Job = typeof Job.Type
export type JobKind = Job["_tag"]
export const jobKinds: ReadonlyArray<JobKind> = ["export", "allocation-run"]

/**
 * Durable work that outlives the request that caused it. `enqueue` joins the caller's open
 * transaction: the job exists only if the change that caused it commits, and a rolled-back
 * change leaves none. Which process runs it, retries it with backoff, or takes it over from a
 * process that died, is the queue's business (see the store's job runners).
 */
export class Jobs extends Context.Service<
  Jobs,
  {
    enqueue(job: Job): Effect.Effect<void>
  }
>()("@openpb/core/Jobs") {}
