import { Cause, Effect, Exit, Option, Schema } from "effect"
import { authorize } from "../access/authorize.ts"
import type { ImportJob } from "../jobs/Jobs.ts"
import { Jobs } from "../jobs/Jobs.ts"
import { Actor, CurrentActor } from "../model/Actor.ts"
import { todayInLondon } from "../model/CalendarDay.ts"
import { decodeInput, invalidAt } from "../model/Input.ts"
import { Label, Prose } from "../model/Text.ts"
import { nowIso } from "../model/Time.ts"
import { newUuidV7, type PersonId } from "../model/Ids.ts"
import { type ImportedRecord, ImportRunRepository } from "../ports/ImportRunRepository.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"
import { sha256Hex } from "../reporting/sha256.ts"
import {
  bringInRow,
  newRowProblems,
  type ImportContext,
  reimportOf,
  updateImportedRow,
} from "./bringIn.ts"
import {
  type CaseloadCsvRow,
  type CaseloadImportRow,
  caseloadCsvColumns,
  readCaseloadCsv,
} from "./CaseloadCsv.ts"
import {
  type ImportCounts,
  ImportRun,
  ImportRunId,
  ImportRunNotFound,
  type ImportRowProblem,
} from "./ImportRun.ts"

/** The most pieces a file may come in: 5,000 of 20,000 characters, about 100 MB. */
const MAX_PIECES = 5_000

export const StartCaseloadImportInput = Schema.Struct({
  csv: Schema.Array(Prose)
    .check(
      Schema.isMinLength(1, { message: "must hold the file's text" }),
      Schema.isMaxLength(MAX_PIECES, { message: `must be at most ${MAX_PIECES} pieces` }),
    )
    .annotate({
      description: `The caseload file's text (UTF-8), in pieces of at most 20,000 characters joined in order: a header naming some of ${caseloadCsvColumns.join(", ")} (source_id, given_name, family_name and stage required), then one person a row.`,
    }),
  /** The system the file comes from: with each row's source id, it names the record for good. */
  sourceSystem: Label.annotate({
    description:
      "The system the records come from (e.g. the council's previous case management system): a re-import from the same system matches rows by their source id.",
  }),
  fileName: Schema.optionalKey(Label),
  /** Check every row against the file's layout and the council's records, and write nothing. */
  dryRun: Schema.optionalKey(Schema.Boolean),
})
export type StartCaseloadImportInput = typeof StartCaseloadImportInput.Encoded

export interface ImportProgress {
  readonly runId: ImportRunId
  readonly counts: ImportCounts
}

export interface RunCaseloadImportOptions {
  /** Once the run is recorded, before any row is written: the id to follow it by. */
  readonly onStart?: (run: ImportRun) => Effect.Effect<void>
  /** After each batch of rows. */
  readonly onProgress?: (progress: ImportProgress) => Effect.Effect<void>
  /** Rows per batch: looked up together, written in one transaction, progress saved after each (default 250). */
  readonly batchSize?: number
  /**
   * Batches written at once (default 1). More than one only helps on PostgreSQL, where each
   * batch has a connection of its own; PGlite has one connection.
   */
  readonly concurrency?: number
}

/** What a row comes to, before anything is written. */
type Planned =
  | { readonly kind: "new"; readonly row: number; readonly value: CaseloadImportRow }
  | { readonly kind: "unchanged"; readonly row: number }
  | {
      readonly kind: "update"
      readonly row: number
      readonly value: CaseloadImportRow
      readonly record: ImportedRecord
      readonly before: CaseloadImportRow
      readonly columns: Parameters<typeof updateImportedRow>[3]
    }
  | { readonly kind: "refused"; readonly problems: ReadonlyArray<ImportRowProblem> }

/** The file checked as a whole: refused here (a typed error at `csv`) when it cannot be read. */
const prepare = Effect.fnUntraced(function* (raw: unknown) {
  const input = yield* decodeInput(StartCaseloadImportInput)(raw)
  const text = input.csv.join("")
  const read = readCaseloadCsv(text)
  if ("message" in read) return yield* invalidAt(["csv"], read.message)
  return {
    input,
    text,
    rows: read.rows,
    fileSha256: sha256Hex(new TextEncoder().encode(text)),
  }
})

/** The record of a run about to start, as the caller asked for it. */
const newRun = Effect.fnUntraced(function* ({
  input,
  rows,
  fileSha256,
}: Effect.Success<ReturnType<typeof prepare>>) {
  const actor = yield* CurrentActor
  return new ImportRun({
    id: ImportRunId.make(yield* newUuidV7),
    councilId: actor.councilId,
    kind: "caseload",
    sourceSystem: input.sourceSystem,
    fileName: input.fileName ?? null,
    fileSha256,
    dryRun: input.dryRun ?? false,
    status: "running",
    requestedBy: actor.subject,
    counts: emptyCounts(rows.length),
    problems: [],
    error: null,
    startedAt: yield* nowIso,
    finishedAt: null,
  })
})

/** Each row of a batch against the records already imported from the same system. */
const planBatch = Effect.fnUntraced(function* (
  rows: ReadonlyArray<CaseloadCsvRow>,
  sourceSystem: string,
) {
  const actor = yield* CurrentActor
  const today = yield* todayInLondon
  const ids = rows.flatMap((r) => ("value" in r ? [r.value.source_id] : []))
  const imported =
    ids.length === 0
      ? new Map<string, ImportedRecord>()
      : yield* (yield* ImportRunRepository).imported(actor.councilId, sourceSystem, ids)
  const nhsNumbers = rows.flatMap((r) =>
    "value" in r && r.value.nhs_number !== undefined && !imported.has(r.value.source_id)
      ? [r.value.nhs_number]
      : [],
  )
  const holders =
    nhsNumbers.length === 0
      ? new Map<string, PersonId>()
      : yield* (yield* ImportRunRepository).peopleByNhsNumber(actor.councilId, nhsNumbers)
  return rows.map((r): Planned => {
    if (!("value" in r)) return { kind: "refused", problems: r.problems }
    const record = imported.get(r.value.source_id)
    const holder = r.value.nhs_number === undefined ? undefined : holders.get(r.value.nhs_number)
    if (record === undefined && holder !== undefined)
      return {
        kind: "refused",
        problems: [
          {
            row: r.row,
            column: "nhs_number",
            sourceId: r.sourceId,
            message: `this NHS number is already on a person's record in OpenPB (person ${holder}), not brought in from ${sourceSystem} as ${r.value.source_id}: one person, one record`,
          },
        ],
      }
    if (record === undefined) {
      const problems = newRowProblems(r.value, sourceSystem, today)
      if (problems.length > 0)
        return {
          kind: "refused",
          problems: problems.map((p) => ({ row: r.row, sourceId: r.sourceId, ...p })),
        }
      return { kind: "new", row: r.row, value: r.value }
    }
    const again = reimportOf(record, r.value)
    if (again.kind === "unchanged") return { kind: "unchanged", row: r.row }
    if (again.kind === "refused")
      return {
        kind: "refused",
        problems: [
          { row: r.row, column: again.column, sourceId: r.sourceId, message: again.reason },
        ],
      }
    return {
      kind: "update",
      row: r.row,
      value: r.value,
      record,
      before: again.before,
      columns: again.columns,
    }
  })
})

const emptyCounts = (totalRows: number): ImportCounts => ({
  totalRows,
  processedRows: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  failed: 0,
})

/** A short reason kept with a row or a run: a typed error's message; defects stay in the logs. */
const describeFailure = (cause: Cause.Cause<unknown>): string =>
  Option.match(Cause.findErrorOption(cause), {
    onNone: () => "could not be written (an unexpected error, logged by the server)",
    onSome: (error) =>
      typeof error === "object" && error !== null && "message" in error
        ? String(error.message)
        : "could not be written",
  })

const columnOf = (cause: Cause.Cause<unknown>): string | null =>
  Option.match(Cause.findErrorOption(cause), {
    onNone: () => null,
    onSome: (error) =>
      typeof error === "object" &&
      error !== null &&
      "column" in error &&
      typeof error.column === "string"
        ? error.column
        : null,
  })

const BATCH = 250

/**
 * Imports a caseload file. A dry run checks every row (its columns, and against what the same
 * system's earlier imports brought in) and answers with every problem, writing nothing. A real
 * run is recorded, then goes through the file a batch at a time, one transaction per batch and
 * a savepoint per row, so a row refused when written leaves nothing behind and the rows after it
 * go on; the run's counts
 * and problems are saved after each batch for anyone following it. A row already imported is
 * left as it is, or has its changed columns written: a second run of the same file adds nothing.
 */
export const runCaseloadImport = Effect.fn("runCaseloadImport")(function* (
  raw: unknown,
  options: RunCaseloadImportOptions = {},
) {
  const prepared = yield* prepare(raw)
  yield* authorize("import.run")
  return yield* importRows(yield* newRun(prepared), prepared.rows, options, false)
})

/**
 * The rows of a file written under a run, by a caller already authorised. A run already
 * `recorded` (a job's) goes on from the rows its counts say were done: each batch's progress
 * commits with its rows, so an attempt that died part way left exactly what it had done. An
 * interrupted job's run stays `running` for the job's next attempt; a run that ends lets go of
 * its stored file with its outcome.
 */
const importRows = Effect.fnUntraced(function* (
  run: ImportRun,
  rows: ReadonlyArray<CaseloadCsvRow>,
  options: RunCaseloadImportOptions,
  recorded: boolean,
) {
  const runs = yield* ImportRunRepository
  const uow = yield* UnitOfWork
  const ctx: ImportContext = {
    runId: run.id,
    sourceSystem: run.sourceSystem,
    today: yield* todayInLondon,
  }
  const counts = { ...run.counts }
  const problems: Array<ImportRowProblem> = [...run.problems]
  const batchSize = Math.max(1, options.batchSize ?? BATCH)

  if (run.dryRun) {
    for (let at = 0; at < rows.length; at += batchSize) {
      for (const planned of yield* planBatch(rows.slice(at, at + batchSize), run.sourceSystem)) {
        counts.processedRows++
        if (planned.kind === "refused") {
          counts.failed++
          problems.push(...planned.problems)
        } else if (planned.kind === "new") counts.created++
        else if (planned.kind === "update") counts.updated++
        else counts.unchanged++
      }
    }
    return new ImportRun({
      ...run,
      status: "completed",
      counts,
      problems,
      finishedAt: yield* nowIso,
    })
  }

  if (!recorded) yield* runs.insert(run)
  if (options.onStart) yield* options.onStart(run)

  /** What the rows of one batch came to, added to the run's once the batch has committed. */
  interface Tally {
    readonly counts: ImportCounts & { -readonly [K in keyof ImportCounts]: number }
    readonly problems: Array<ImportRowProblem>
  }

  const writeRow = (tally: Tally) => (planned: Planned) =>
    Effect.gen(function* () {
      const { counts, problems } = tally
      counts.processedRows++
      if (planned.kind === "refused") {
        counts.failed++
        problems.push(...planned.problems)
        return
      }
      if (planned.kind === "unchanged") {
        counts.unchanged++
        return
      }
      const exit: Exit.Exit<ImportedRecord, unknown> =
        planned.kind === "new"
          ? yield* Effect.exit(uow.transaction(bringInRow(planned.value, ctx)))
          : yield* Effect.exit(
              uow.transaction(
                updateImportedRow(
                  planned.record,
                  planned.before,
                  planned.value,
                  planned.columns,
                  ctx,
                ),
              ),
            )
      if (Exit.isSuccess(exit)) {
        if (planned.kind === "new") counts.created++
        else counts.updated++
        return
      }
      if (Cause.hasInterrupts(exit.cause)) return yield* Effect.interrupt
      if (Cause.hasDies(exit.cause))
        yield* Effect.logWarning("caseload import: a row could not be written", exit.cause)
      counts.failed++
      problems.push({
        row: planned.row,
        column: columnOf(exit.cause),
        sourceId: planned.value.source_id,
        message: describeFailure(exit.cause),
      })
    })

  const concurrency = Math.max(1, options.concurrency ?? 1)
  const keys = ["processedRows", "created", "updated", "unchanged", "failed"] as const
  const batch = (at: number) =>
    Effect.gen(function* () {
      const planned = yield* planBatch(rows.slice(at, at + batchSize), run.sourceSystem)
      const tally: Tally = { counts: emptyCounts(0), problems: [] }
      const saveProgress = Effect.suspend(() => {
        const totals = { ...counts }
        for (const key of keys) totals[key] += tally.counts[key]
        return runs.progress(run.councilId, run.id, totals, [...problems, ...tally.problems])
      })
      // One transaction a batch, a savepoint a row: a row refused when written rolls back to its
      // savepoint alone, and the batch commits once (a commit a row would cost a disk flush each).
      // One batch at a time (a job's run), the run's progress commits with the rows, so a run
      // taken up again after a crash starts exactly where that says; batches side by side save
      // it after they commit, rather than queue on the run's row inside their transactions.
      yield* uow.transaction(
        Effect.andThen(
          Effect.forEach(planned, writeRow(tally), { discard: true }),
          concurrency === 1 ? saveProgress : Effect.void,
        ),
      )
      if (concurrency > 1) yield* saveProgress
      for (const key of keys) counts[key] += tally.counts[key]
      problems.push(...tally.problems)
      if (options.onProgress) yield* options.onProgress({ runId: run.id, counts: { ...counts } })
    })

  const starts: Array<number> = []
  for (let at = counts.processedRows; at < rows.length; at += batchSize) starts.push(at)
  // Batches side by side on PostgreSQL's connections; each commits on its own, and its rows'
  // source ids are its own (a file's repeated source id is refused), so they never meet.
  const work = Effect.forEach(starts, batch, { concurrency, discard: true })

  let ended = run
  const record = (exit: Exit.Exit<void>) =>
    Effect.gen(function* () {
      // A job stopped part way (its process shutting down, or the job taken over) is not the
      // run's end: the job's next attempt goes on with it.
      if (recorded && Exit.isFailure(exit) && Cause.hasInterruptsOnly(exit.cause)) return
      const outcome = {
        status: Exit.isSuccess(exit) ? ("completed" as const) : ("failed" as const),
        counts: { ...counts },
        problems: [...problems],
        error: Exit.isSuccess(exit)
          ? null
          : Cause.hasInterruptsOnly(exit.cause)
            ? "stopped before the end of the file"
            : describeFailure(exit.cause),
        finishedAt: yield* nowIso,
      }
      yield* uow.transaction(
        Effect.andThen(
          runs.finish(run.councilId, run.id, outcome),
          recorded ? runs.dropFile(run.councilId, run.id) : Effect.void,
        ),
      )
      ended = new ImportRun({ ...run, ...outcome })
    })
  yield* work.pipe(Effect.onExit(record))
  return ended
})

/**
 * Starts a caseload import and answers with its run as soon as it is recorded; the caller
 * follows it with `importRun`. The run, its file and its `import` job are recorded in one
 * transaction, and whichever process takes the job writes the rows (`runImportJob`). A dry run
 * is answered whole, once every row is checked. The file is refused whole (and nothing
 * recorded) when it cannot be read as a caseload.
 */
export const startCaseloadImport = Effect.fn("startCaseloadImport")(function* (raw: unknown) {
  const uow = yield* UnitOfWork
  const started = yield* uow.transaction(
    Effect.gen(function* () {
      yield* authorize("import.run")
      const prepared = yield* prepare(raw)
      const run = yield* newRun(prepared)
      if (run.dryRun) return { run, rows: prepared.rows, dryRun: true } as const
      const actor = yield* CurrentActor
      const runs = yield* ImportRunRepository
      yield* runs.insert(run)
      yield* runs.saveFile(run.councilId, run.id, {
        csv: prepared.text,
        requestedRoles: actor.roles,
      })
      yield* (yield* Jobs).enqueue({ _tag: "import", councilId: run.councilId, runId: run.id })
      return { run, rows: prepared.rows, dryRun: false } as const
    }),
  )
  // A dry run writes nothing, so it reads outside the transaction that checked the caller.
  return started.dryRun ? yield* importRows(started.run, started.rows, {}, false) : started.run
})

/**
 * An `import` job: the run's stored file written as the person who started it, with the roles
 * they had, from where the run's progress says it got to. A run not there (its transaction
 * rolled back) or already ended is left alone, so a job delivered twice does nothing.
 */
export const runImportJob = Effect.fn("runImportJob")(function* (
  job: ImportJob,
  options: Pick<RunCaseloadImportOptions, "batchSize" | "onProgress"> = {},
) {
  const runs = yield* ImportRunRepository
  const found = yield* runs.findById(job.councilId, job.runId)
  if (Option.isNone(found) || found.value.status !== "running") return "skipped" as const
  const run = found.value
  const file = yield* runs.findFile(run.councilId, run.id)
  const fail = (error: string) =>
    Effect.gen(function* () {
      const finishedAt = yield* nowIso
      yield* (yield* UnitOfWork).transaction(
        Effect.andThen(
          runs.finish(run.councilId, run.id, {
            status: "failed",
            counts: run.counts,
            problems: run.problems,
            error,
            finishedAt,
          }),
          runs.dropFile(run.councilId, run.id),
        ),
      )
      return "failed" as const
    })
  if (Option.isNone(file)) return yield* fail("the run's file is no longer stored")
  const [first, ...rest] = file.value.requestedRoles
  if (first === undefined) return yield* fail("the run records no role to import with")
  const read = readCaseloadCsv(file.value.csv)
  if ("message" in read) return yield* fail(read.message)
  if (read.rows.length !== run.counts.totalRows)
    return yield* fail("the stored file is not the one the run was started with")
  const actor = new Actor({
    subject: run.requestedBy,
    roles: [first, ...rest],
    councilId: run.councilId,
  })
  const ended = yield* importRows(run, read.rows, options, true).pipe(
    Effect.provideService(CurrentActor, actor),
  )
  return ended.status
})

/**
 * An `import` job the queue gave up on: its run, still `running`, is failed with the reason
 * (the rows written so far stay, and its counts say how many), and its file let go.
 */
export const abandonImportJob = Effect.fn("abandonImportJob")(function* (
  job: ImportJob,
  reason: string,
) {
  const runs = yield* ImportRunRepository
  const found = yield* runs.findById(job.councilId, job.runId)
  const finishedAt = yield* nowIso
  yield* (yield* UnitOfWork).transaction(
    Effect.gen(function* () {
      if (Option.isSome(found))
        yield* runs.finish(job.councilId, job.runId, {
          status: "failed",
          counts: found.value.counts,
          problems: found.value.problems,
          error: reason,
          finishedAt,
        })
      yield* runs.dropFile(job.councilId, job.runId)
    }),
  )
})

export const GetImportRunInput = Schema.Struct({ runId: ImportRunId })

/** One import run, to follow its progress and read every row's problems. */
export const getImportRun = Effect.fn("getImportRun")(function* (raw: unknown) {
  const { runId } = yield* decodeInput(GetImportRunInput)(raw)
  yield* authorize("import.read")
  const actor = yield* CurrentActor
  const run = yield* (yield* ImportRunRepository).findById(actor.councilId, runId)
  if (Option.isNone(run)) return yield* new ImportRunNotFound({ runId })
  return run.value
})

export const ListImportRunsInput = Schema.Struct({
  limit: Schema.optionalKey(
    Schema.Int.check(
      Schema.isBetween({ minimum: 1, maximum: 100 }, { message: "must be 1 to 100" }),
    ),
  ),
})

/** The council's import runs, newest first. */
export const listImportRuns = Effect.fn("listImportRuns")(function* (raw: unknown) {
  const input = yield* decodeInput(ListImportRunsInput)(raw)
  yield* authorize("import.read")
  const actor = yield* CurrentActor
  return yield* (yield* ImportRunRepository).list(actor.councilId, input.limit ?? 20)
})
