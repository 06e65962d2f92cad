import { Cause, Effect, Exit, Option, Schema, Stream } from "effect"
import { AuditLog, currentRequest } from "../access/Audit.ts"
import { CurrentActor } from "../model/Actor.ts"
import { InvalidInput } from "../model/Errors.ts"
import { newUuidV7 } from "../model/Ids.ts"
import { decodeInput, invalidInputFromIssue } from "../model/Input.ts"
import { nowIso } from "../model/Time.ts"
import { ExportRunRepository } from "../ports/ExportRunRepository.ts"
import { type CommittedExport, ExportSink } from "../ports/ExportSink.ts"
import { exportDenial, exportRolesFor } from "./exportAccess.ts"
import { ExportFormat, formatExtension } from "./ExportFormat.ts"
import { ExportLimitExceeded, UnknownExporter, UnsupportedFormat } from "./ExportErrors.ts"
import { ExporterRegistry } from "./ExporterRegistry.ts"
import { ExportRun, ExportRunId } from "./ExportRun.ts"
import { makeEncoder } from "./formats/RowEncoder.ts"

export const RunExportInput = Schema.Struct({
  exporterId: Schema.String.check(
    Schema.isBetweenLength(1, 63, { message: "must name an exporter" }),
  ),
  format: ExportFormat,
  parameters: Schema.optionalKey(Schema.Unknown),
})
export type RunExportInput = typeof RunExportInput.Encoded

export interface ExportProgress {
  readonly runId: ExportRunId
  readonly rowCount: number
  readonly byteCount: number
}

export interface RunExportOptions {
  /** Once the run is recorded, before any row is read: the id to follow it by. */
  readonly onStart?: (run: ExportRun) => Effect.Effect<void>
  /** After each batch of rows is written. */
  readonly onProgress?: (progress: ExportProgress) => Effect.Effect<void>
  /**
   * Asked when the run is interrupted: true when this attempt lost the run to another process
   * (its job was taken over), which then records the outcome; false records `cancelled`.
   */
  readonly handedOver?: () => boolean
}

/** Rows encoded and written at once: some 150 KB of CSV. */
const ROWS_PER_WRITE = 1_000

/** How often a running export's row count is saved for other processes to show. */
const PERSIST_PROGRESS_EVERY = 50_000

/** The exporter's own parameter issues, reported under `parameters`. */
const invalidParameters = (error: InvalidInput): InvalidInput => {
  const issues = error.issues.map((issue) => ({ ...issue, path: ["parameters", ...issue.path] }))
  const first = issues[0]
  return new InvalidInput({
    message: `Invalid input: ${first ? `${first.path.join(".")}: ${first.message}` : "parameters rejected"}`,
    issues,
  })
}

/**
 * Checks a request to run an export, in the order a caller can act on: which exporter, whether
 * the actor may run it, in which format, with which parameters. Nothing is read or written.
 */
export const prepareExport = Effect.fn("prepareExport")(function* (raw: unknown) {
  const input = yield* decodeInput(RunExportInput)(raw)
  const exporter = (yield* ExporterRegistry).get(input.exporterId)
  if (exporter === undefined) return yield* new UnknownExporter({ exporterId: input.exporterId })
  const actor = yield* CurrentActor
  const denial = exportDenial(actor, exporter)
  if (denial !== undefined) return yield* denial
  if (!exporter.formats.includes(input.format)) {
    return yield* new UnsupportedFormat({
      exporterId: exporter.id,
      format: input.format,
      supported: exporter.formats,
    })
  }
  const parameters: unknown = yield* Schema.decodeUnknownEffect(exporter.parameters)(
    input.parameters ?? {},
    { errors: "all", onExcessProperty: "error" },
  ).pipe(Effect.mapError((error) => invalidParameters(invalidInputFromIssue(error.issue))))
  return { exporter, format: input.format, parameters, rawParameters: input.parameters ?? {} }
})

/**
 * Runs an export into the deployment's sink and records the run. Rows stream from the
 * exporter through the format's encoder, the SHA-256 and the sink a batch at a time. The run
 * ends `completed` with its row count, size, checksum and file; `failed` when something went
 * wrong; `cancelled` when its fiber is interrupted. Only a completed run's file is published.
 */
export const runExport = Effect.fn("runExport")(function* (
  raw: unknown,
  options: RunExportOptions = {},
) {
  const prepared = yield* prepareExport(raw)
  const run = yield* recordExportRun(prepared)
  if (options.onStart) yield* options.onStart(run)
  return yield* streamExportRun(run, prepared, options)
})

type PreparedExport = Effect.Success<ReturnType<typeof prepareExport>>

/**
 * Records a checked export as `running` (and, for a person-level export, who took it in the
 * audit trail), before any row is read: the run to follow, whichever process streams it.
 */
export const recordExportRun = Effect.fn("recordExportRun")(function* ({
  exporter,
  format,
  rawParameters,
}: PreparedExport) {
  const actor = yield* CurrentActor
  const runs = yield* ExportRunRepository
  const run = new ExportRun({
    id: ExportRunId.make(yield* newUuidV7),
    councilId: actor.councilId,
    requestedBy: actor.subject,
    requestedRoles: exportRolesFor(actor, exporter),
    exporterId: exporter.id,
    exporterVersion: exporter.version,
    parameters: rawParameters,
    format,
    status: "running",
    rowCount: 0,
    byteCount: 0,
    checksumSha256: null,
    location: null,
    error: null,
    startedAt: yield* nowIso,
    finishedAt: null,
  })
  yield* runs.insert(run)
  // A person-level export is a use of many people's data: the audit trail shows who took one.
  if (exporter.personLevel) {
    const request = yield* currentRequest
    yield* (yield* AuditLog).recordRead({
      councilId: actor.councilId,
      actorSubject: actor.subject,
      actorRoles: actor.roles,
      operation: `export.${exporter.id}`,
      kind: "read",
      personId: null,
      api: request.api,
      requestId: request.requestId,
      purpose: request.purpose,
      at: run.startedAt,
    })
  }
  return run
})

/**
 * Streams a recorded run into the sink and ends its record: `completed` with its row count,
 * size, checksum and file; `failed` with a reason; `cancelled` when interrupted. A run streamed
 * again (its first process died) starts its file from the beginning.
 */
export const streamExportRun = Effect.fn("streamExportRun")(function* (
  run: ExportRun,
  { exporter, format, parameters }: PreparedExport,
  options: RunExportOptions = {},
) {
  const actor = yield* CurrentActor
  const runs = yield* ExportRunRepository
  const sink = yield* ExportSink
  const progress = { rowCount: 0, byteCount: 0 }
  const write = Effect.scoped(
    Effect.gen(function* () {
      const target = yield* sink.open(`${exporter.id}-${run.id}.${formatExtension[format]}`)
      const encoder = makeEncoder(format, exporter.columns, { title: exporter.id })
      const emit = (bytes: Uint8Array) =>
        Effect.suspend(() => {
          if (bytes.length === 0) return Effect.void
          progress.byteCount += bytes.length
          return target.write(bytes)
        })
      let persisted = 0
      yield* emit(encoder.start())
      yield* Stream.runForEachArray(
        // Rows in batches of a useful size whatever the source gives: a stream from a socket
        // comes a few dozen rows at a time, and each batch is one write.
        exporter
          .rows(parameters, { councilId: actor.councilId })
          .pipe(Stream.rechunk(ROWS_PER_WRITE)),
        (batch) =>
          Effect.gen(function* () {
            const bytes = encoder.rows(batch)
            const over = encoder.limitExceeded(progress.rowCount + batch.length)
            if (over !== undefined) return yield* new ExportLimitExceeded({ format, reason: over })
            progress.rowCount += batch.length
            yield* emit(bytes)
            if (progress.rowCount - persisted >= PERSIST_PROGRESS_EVERY) {
              persisted = progress.rowCount
              yield* runs.progress(run.councilId, run.id, progress.rowCount)
            }
            if (options.onProgress) yield* options.onProgress({ runId: run.id, ...progress })
          }),
      )
      yield* emit(encoder.end())
      return yield* target.commit
    }),
  )

  // Runs even when the export is interrupted, after the sink has removed any partial file.
  let ended = run
  const record = (exit: Exit.Exit<CommittedExport, unknown>) =>
    Effect.gen(function* () {
      const interrupted = Exit.isFailure(exit) && Cause.hasInterruptsOnly(exit.cause)
      // The process that took the run over records it; this attempt leaves it as it is.
      if (interrupted && options.handedOver?.() === true) return
      const outcome = {
        ...progress,
        finishedAt: yield* nowIso,
        ...(Exit.isSuccess(exit)
          ? { status: "completed" as const, ...exit.value, error: null }
          : {
              status: interrupted ? ("cancelled" as const) : ("failed" as const),
              checksumSha256: null,
              location: null,
              error: interrupted ? null : describeFailure(exit.cause),
            }),
      }
      yield* runs.finish(run.councilId, run.id, outcome)
      ended = new ExportRun({ ...run, ...outcome })
    })

  yield* write.pipe(Effect.onExit(record))
  return ended
})

/** A short reason kept with a failed run: a typed error's message; defects stay in the logs. */
const describeFailure = (cause: Cause.Cause<unknown>): string =>
  Option.match(Cause.findErrorOption(cause), {
    onNone: () => "unexpected error",
    onSome: (error) =>
      typeof error === "object" && error !== null && "message" in error
        ? String(error.message)
        : "failed",
  })
