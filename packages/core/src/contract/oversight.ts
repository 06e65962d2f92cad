import { Effect, Schema } from "effect"
import { AuditEntry } from "../access/Audit.ts"
import { SearchAuditInput, searchAudit, whoSawMyRecord } from "../access/auditUseCases.ts"
import { readRule, writeRule } from "../access/useCaseEntry.ts"
import { PersonRef } from "../decisions/usecases.ts"
import { IsoInstant } from "../model/Time.ts"
import { ExportFormat } from "../reporting/ExportFormat.ts"
import { ExportRunView, exportRunView } from "../reporting/ExportRun.ts"
import { GetExportRunInput, getExportRun } from "../reporting/exportRuns.ts"
import { cancelExport, listExporters, startExport } from "../reporting/exportUseCases.ts"
import { RunExportInput } from "../reporting/runExport.ts"
import { defineUseCase } from "./UseCase.ts"

export const SearchAudit = defineUseCase({
  name: "searchAudit",
  path: "audit.search",
  kind: "query",
  description: "The auditor searches the trail: who did or saw what, newest first.",
  access: readRule("audit.search", "council"),
  input: SearchAuditInput,
  output: Schema.Array(AuditEntry),
  errors: [],
  graphql: { field: "auditTrail" },
  run: searchAudit,
})

export const RecordView = Schema.Struct({
  who: Schema.String,
  roles: Schema.Array(Schema.String),
  what: Schema.String,
  kind: Schema.Literals(["read", "write"]),
  when: IsoInstant,
  purpose: Schema.NullOr(Schema.String),
}).annotate({ identifier: "RecordView" })

export const WhoSawMyRecord = defineUseCase({
  name: "whoSawMyRecord",
  path: "audit.whoSawMyRecord",
  kind: "query",
  description: "A person sees who has looked at or changed their record, and why.",
  access: readRule("audit.own-record", "person"),
  input: PersonRef,
  output: Schema.Array(RecordView),
  errors: [],
  run: whoSawMyRecord,
})

export const ExporterInfo = Schema.Struct({
  id: Schema.String,
  version: Schema.String,
  description: Schema.String,
  personLevel: Schema.Boolean,
  formats: Schema.Array(ExportFormat),
  columns: Schema.Array(
    Schema.Struct({ key: Schema.String, header: Schema.String }).annotate({
      identifier: "ExportColumn",
    }),
  ),
}).annotate({ identifier: "Exporter" })

export const ListExporters = defineUseCase({
  name: "listExporters",
  path: "export.exporters",
  kind: "query",
  description: "The exporters the signed-in user may run, with their formats and columns.",
  access: readRule("export.read", "council"),
  input: Schema.Struct({}),
  output: Schema.Array(ExporterInfo),
  errors: [],
  graphql: { field: "exporters" },
  run: listExporters,
})

export const StartExport = defineUseCase({
  name: "startExport",
  path: "export.start",
  kind: "command",
  description:
    "Starts an export in the background; follow it with exportRun and download the file over HTTP.",
  access: writeRule("export.run", "council"),
  input: RunExportInput,
  output: ExportRunView,
  errors: [],
  run: (raw: unknown) => startExport(raw).pipe(Effect.map(exportRunView)),
})

export const GetExportRun = defineUseCase({
  name: "getExportRun",
  path: "export.get",
  kind: "query",
  description: "One export run, to follow its progress or fetch its file.",
  access: readRule("export.read", "council"),
  input: GetExportRunInput,
  output: ExportRunView,
  errors: ["ExportRunNotFound"],
  graphql: { field: "exportRun" },
  run: (raw: unknown) => getExportRun(raw).pipe(Effect.map(exportRunView)),
})

export const CancelExport = defineUseCase({
  name: "cancelExport",
  path: "export.cancel",
  kind: "command",
  description: "Cancels a run streaming in this process; no file is left.",
  access: writeRule("export.run", "council"),
  input: GetExportRunInput,
  output: ExportRunView,
  errors: ["ExportRunNotFound", "ExportNotRunningHere"],
  run: (raw: unknown) => cancelExport(raw).pipe(Effect.map(exportRunView)),
})
