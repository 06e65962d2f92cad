import { Effect } from "effect"
import { AuditLog, currentRequest } from "../access/Audit.ts"
import { authorize } from "../access/authorize.ts"
import { CurrentActor } from "../model/Actor.ts"
import { decodeInput } from "../model/Input.ts"
import { nowIso } from "../model/Time.ts"
import { ExportSink } from "../ports/ExportSink.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"
import { exportDenial } from "./exportAccess.ts"
import { ExportNotReady, ExportNotRunningHere } from "./ExportErrors.ts"
import { ExportJobs } from "./ExportJobs.ts"
import { ExporterRegistry } from "./ExporterRegistry.ts"
import { GetExportRunInput, getExportRun } from "./exportRuns.ts"
import { prepareExport, recordExportRun } from "./runExport.ts"
import { Jobs } from "../jobs/Jobs.ts"

/** The exporters this actor may run, as a frontend lists them. */
export const listExporters = Effect.fn("listExporters")(function* (_raw?: unknown) {
  yield* authorize("export.read")
  const actor = yield* CurrentActor
  return [...(yield* ExporterRegistry).values()]
    .filter((exporter) => exportDenial(actor, exporter) === undefined)
    .map((exporter) => ({
      id: exporter.id,
      version: exporter.version,
      description: exporter.description,
      personLevel: exporter.personLevel,
      formats: exporter.formats,
      columns: exporter.columns,
    }))
})

/**
 * Starts an export and answers with its run as soon as it is recorded; the caller follows it
 * with `getExportRun` and fetches the file over HTTP. Every check (exporter, role, format,
 * parameters) happens before anything is written, and fails here. The run record, its audit
 * row and the job that streams it commit together: whichever process runs jobs next streams
 * it, and a process that dies mid-way leaves it to be taken over, not stuck `running`.
 */
export const startExport = Effect.fn("startExport")(function* (raw: unknown) {
  return yield* (yield* UnitOfWork).transaction(
    Effect.gen(function* () {
      yield* authorize("export.run")
      const prepared = yield* prepareExport(raw)
      const run = yield* recordExportRun(prepared)
      yield* (yield* Jobs).enqueue({ _tag: "export", councilId: run.councilId, runId: run.id })
      return run
    }),
  )
})

/** Cancels a run streaming in this process; its record says `cancelled` and no file is left. */
export const cancelExport = Effect.fn("cancelExport")(function* (raw: unknown) {
  // Bad input is refused before the access check, which records the attempt in the audit trail.
  yield* decodeInput(GetExportRunInput)(raw)
  // The checks' audit rows commit only if they pass: a run not found, or no longer running,
  // leaves no record of a cancel or of a run shown.
  const run = yield* (yield* UnitOfWork).transaction(
    Effect.gen(function* () {
      yield* authorize("export.run")
      const run = yield* getExportRun(raw)
      if (run.status !== "running")
        return yield* new ExportNotRunningHere({ runId: run.id, status: run.status })
      return run
    }),
  )
  const cancelled = yield* (yield* ExportJobs).cancel(run.id)
  if (!cancelled) return yield* new ExportNotRunningHere({ runId: run.id, status: run.status })
  return yield* getExportRun(raw)
})

/**
 * A completed run's file, for the HTTP download: the same rules as following the run, and the
 * download of a person-level export is recorded in the audit trail like the export itself.
 */
export const openExportFile = Effect.fn("openExportFile")(function* (raw: unknown) {
  const run = yield* getExportRun(raw)
  if (run.status !== "completed" || run.location === null)
    return yield* new ExportNotReady({ runId: run.id, status: run.status })
  const exporter = (yield* ExporterRegistry).get(run.exporterId)
  if (exporter?.personLevel ?? true) {
    const actor = yield* CurrentActor
    const request = yield* currentRequest
    yield* (yield* AuditLog).recordRead({
      councilId: actor.councilId,
      actorSubject: actor.subject,
      actorRoles: actor.roles,
      operation: `export.${run.exporterId}.download`,
      kind: "read",
      personId: null,
      api: request.api,
      requestId: request.requestId,
      purpose: request.purpose,
      at: yield* nowIso,
    })
  }
  return { run, bytes: (yield* ExportSink).read(run.location) }
})
