import { Schema } from "effect"
import { CouncilId } from "../model/Ids.ts"
import { IsoInstant } from "../model/Time.ts"

const Uuid = Schema.String.check(Schema.isUUID(undefined, { message: "must be a UUID" }))

export const ImportRunId = Uuid.pipe(Schema.brand("ImportRunId"))
export type ImportRunId = typeof ImportRunId.Type

/**
 * `running` while rows are written; then `completed` (every row was written, left as it was or
 * refused with its reason) or `failed` (the run itself stopped: its error says why; the rows
 * written before it stay, each in its own transaction, and a new run picks up where it stopped).
 */
export const ImportRunStatus = Schema.Literals(["running", "completed", "failed"]).annotate({
  identifier: "ImportRunStatus",
})
export type ImportRunStatus = typeof ImportRunStatus.Type

/** What an import brings in; one kind for now, the caseload a council moves from another system. */
export const ImportKind = Schema.Literals(["caseload"]).annotate({ identifier: "ImportKind" })
export type ImportKind = typeof ImportKind.Type

/**
 * One problem with one row: the row as a spreadsheet numbers it (the header is row 1), the
 * column (null when the problem is the row as a whole), the row's source id when it has one,
 * and what is wrong in words the person fixing the file can act on.
 */
export const ImportRowProblem = Schema.Struct({
  row: Schema.Int,
  column: Schema.NullOr(Schema.String),
  sourceId: Schema.NullOr(Schema.String),
  message: Schema.String,
}).annotate({ identifier: "ImportRowProblem" })
export type ImportRowProblem = typeof ImportRowProblem.Type

/** The counts of a run: how many rows were read, and what became of each. */
export const ImportCounts = Schema.Struct({
  totalRows: Schema.Int,
  processedRows: Schema.Int,
  /** Rows that created their records (a new source id). */
  created: Schema.Int,
  /** Rows already imported whose changed fields were written. */
  updated: Schema.Int,
  /** Rows already imported exactly as they are: nothing written. */
  unchanged: Schema.Int,
  /** Rows refused, in validation or when written: each has its problems in `problems`. */
  failed: Schema.Int,
}).annotate({ identifier: "ImportCounts" })
export type ImportCounts = typeof ImportCounts.Type

/**
 * The record of one import: who brought which file in from which system, how far it has got and
 * what became of every row. A dry run is answered in the same shape and stored nowhere.
 */
export class ImportRun extends Schema.Class<ImportRun>("@openpb/core/ImportRun")({
  id: ImportRunId,
  councilId: CouncilId,
  kind: ImportKind,
  /** The system the records come from; with a row's source id it names the record for good. */
  sourceSystem: Schema.String,
  fileName: Schema.NullOr(Schema.String),
  /** SHA-256 of the file's text (UTF-8), hex. */
  fileSha256: Schema.String,
  dryRun: Schema.Boolean,
  status: ImportRunStatus,
  requestedBy: Schema.String,
  counts: ImportCounts,
  problems: Schema.Array(ImportRowProblem),
  error: Schema.NullOr(Schema.String),
  startedAt: IsoInstant,
  finishedAt: Schema.NullOr(IsoInstant),
}) {}

export class ImportRunNotFound extends Schema.TaggedError<ImportRunNotFound>()(
  "ImportRunNotFound",
  { runId: Schema.String },
) {
  override get message() {
    return `No import run with id ${this.runId} in this council`
  }
}
