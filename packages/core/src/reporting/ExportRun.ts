import { IsoInstant } from "../model/Time.ts"
import { Schema } from "effect"
import { Role } from "../model/Actor.ts"
import { CouncilId } from "../model/Ids.ts"
import { ExportFormat } from "./ExportFormat.ts"

const Uuid = Schema.String.check(Schema.isUUID(undefined, { message: "must be a UUID" }))

export const ExportRunId = Uuid.pipe(Schema.brand("ExportRunId"))
export type ExportRunId = typeof ExportRunId.Type

/**
 * `running` until the last byte is written; then `completed`, or `failed`, or `cancelled` when
 * its fiber was interrupted. Only a completed run has a file to download.
 */
export const ExportRunStatus = Schema.Literals([
  "running",
  "completed",
  "failed",
  "cancelled",
]).annotate({ identifier: "ExportRunStatus" })
export type ExportRunStatus = typeof ExportRunStatus.Type

/** The record of one export: who ran which exporter (and version) with what, and what came out. */
export class ExportRun extends Schema.Class<ExportRun>("@openpb/core/ExportRun")({
  id: ExportRunId,
  councilId: CouncilId,
  requestedBy: Schema.String,
  requestedRoles: Schema.Array(Role),
  exporterId: Schema.String,
  exporterVersion: Schema.String,
  parameters: Schema.Unknown,
  format: ExportFormat,
  status: ExportRunStatus,
  /** Rows written so far; the final count once the run has ended. */
  rowCount: Schema.Int,
  byteCount: Schema.Int,
  /** SHA-256 of the file, hex; set when completed. */
  checksumSha256: Schema.NullOr(Schema.String),
  /** Where the sink put the completed file (a file name in the exports directory). */
  location: Schema.NullOr(Schema.String),
  error: Schema.NullOr(Schema.String),
  startedAt: IsoInstant,
  finishedAt: Schema.NullOr(IsoInstant),
}) {}

/**
 * An export run as the APIs show it: the record without where the server keeps the file, and
 * the path to download it from once it is complete.
 */
const { location: _location, ...shownFields } = ExportRun.fields

export const ExportRunView = Schema.Struct({
  ...shownFields,
  /** `/exports/<id>/file` once the run has completed (same access rules as the run). */
  downloadPath: Schema.NullOr(Schema.String),
}).annotate({ identifier: "ExportRun" })
export type ExportRunView = typeof ExportRunView.Type

export const exportRunView = ({ location: _, ...run }: ExportRun): ExportRunView => ({
  ...run,
  downloadPath: run.status === "completed" ? `/exports/${run.id}/file` : null,
})
