import { Schema } from "effect"

/** No exporter with this id in the deployment. */
export class UnknownExporter extends Schema.TaggedError<UnknownExporter>()("UnknownExporter", {
  exporterId: Schema.String,
}) {
  override get message() {
    return `No exporter ${JSON.stringify(this.exporterId)} in this deployment`
  }
}

/** The exporter does not write this format; `supported` lists the ones it does. */
export class UnsupportedFormat extends Schema.TaggedError<UnsupportedFormat>()(
  "UnsupportedFormat",
  {
    exporterId: Schema.String,
    format: Schema.String,
    supported: Schema.Array(Schema.String),
  },
) {
  override get message() {
    return `Exporter ${this.exporterId} does not write ${this.format}; it writes ${this.supported.join(", ")}`
  }
}

/** The rows do not fit the format (an XLSX sheet holds 1,048,576 rows); choose another. */
export class ExportLimitExceeded extends Schema.TaggedError<ExportLimitExceeded>()(
  "ExportLimitExceeded",
  {
    format: Schema.String,
    reason: Schema.String,
  },
) {
  override get message() {
    return `The export does not fit in ${this.format}: ${this.reason}`
  }
}

export class ExportRunNotFound extends Schema.TaggedError<ExportRunNotFound>()(
  "ExportRunNotFound",
  { runId: Schema.String },
) {
  override get message() {
    return `No export run with id ${this.runId} in this council`
  }
}

/** The run has not completed (it is running, failed or was cancelled): there is no file. */
export class ExportNotReady extends Schema.TaggedError<ExportNotReady>()("ExportNotReady", {
  runId: Schema.String,
  status: Schema.String,
}) {
  override get message() {
    return `Export run ${this.runId} is ${this.status}: only a completed run has a file`
  }
}

/** The run is not running in this server process, so it cannot be cancelled here. */
export class ExportNotRunningHere extends Schema.TaggedError<ExportNotRunningHere>()(
  "ExportNotRunningHere",
  { runId: Schema.String, status: Schema.String },
) {
  override get message() {
    return `Export run ${this.runId} is ${this.status} and not running in this process`
  }
}
