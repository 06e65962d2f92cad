import { Context, type Effect, Schema } from "effect"
import { CouncilId } from "../model/Ids.ts"
import { IsoInstant } from "../model/Time.ts"
import { ImportRunId } from "../imports/ImportRun.ts"
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

/** A caseload import whose run and file are recorded and wait for a process to write its rows. */
export const ImportJob = Schema.TaggedStruct("import", {
  councilId: CouncilId,
  runId: ImportRunId,
})
export type ImportJob = typeof ImportJob.Type

/**
 * Remind subscribed systems of the council's reviews, statements and no-spend checks due within
 * `withinDays` days or overdue: the daily schedule's job, one `ReminderDue` event an item.
 */
export const RemindersJob = Schema.TaggedStruct("reminders", {
  councilId: CouncilId,
  withinDays: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 366 })),
})
export type RemindersJob = typeof RemindersJob.Type

/** Every kind of job, with the payload it carries (validated when a worker takes it). */
export const Job = Schema.Union([ExportJob, AllocationJob, ImportJob, RemindersJob])
export type Job = typeof Job.Type
export type JobKind = Job["_tag"]
export const jobKinds: ReadonlyArray<JobKind> = ["export", "allocation-run", "import", "reminders"]

/** Where a job is: waiting (`created`, or `retry` after a failed attempt), running, or ended. */
export const JobState = Schema.Literals([
  "created",
  "retry",
  "active",
  "completed",
  "cancelled",
  "failed",
]).annotate({ identifier: "JobState" })
export type JobState = typeof JobState.Type

/** One job as the queue holds it, for an administrator following the council's work. */
export const JobView = Schema.Struct({
  id: Schema.String,
  kind: Schema.Literals(["export", "allocation-run", "import", "reminders"]),
  state: JobState,
  /** Attempts that failed before this one (a process that died mid-way counts as one). */
  retries: Schema.Int,
  createdAt: IsoInstant,
  startedAt: Schema.NullOr(IsoInstant),
  endedAt: Schema.NullOr(IsoInstant),
  /** For an export job: the run to follow it by (its rows so far are on the run). */
  exportRunId: Schema.NullOr(Schema.String),
  /** For an import job: the run to follow it by (`importRun`: its counts and problems). */
  importRunId: Schema.NullOr(Schema.String),
  /** Rows so far, for an export or import job whose run records them. */
  rowCount: Schema.NullOr(Schema.Int),
  /** Why the last attempt failed, when it did. */
  lastError: Schema.NullOr(Schema.String),
}).annotate({ identifier: "Job" })
export type JobView = typeof JobView.Type

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
    /** The council's jobs, newest first, read in the caller's transaction. */
    list(councilId: CouncilId, limit: number): Effect.Effect<ReadonlyArray<JobView>>
  }
>()("@openpb/core/Jobs") {}
