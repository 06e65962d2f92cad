import {
  cancelExport,
  type ExportRun,
  getExportRun,
  listExporters,
  startExport,
} from "@openpb/core"
import { builder } from "../builder.ts"
import { runsUseCase } from "../useCase.ts"

interface ExporterInfo {
  id: string
  version: string
  description: string
  personLevel: boolean
  formats: ReadonlyArray<string>
  columns: ReadonlyArray<{ key: string; header: string }>
}

const ExportColumnRef = builder
  .objectRef<{ key: string; header: string }>("ExportColumn")
  .implement({
    fields: (t) => ({ key: t.exposeString("key"), header: t.exposeString("header") }),
  })

const ExporterRef = builder.objectRef<ExporterInfo>("Exporter").implement({
  description: "An export the caller may run: a report, a return or an extract.",
  fields: (t) => ({
    id: t.exposeID("id"),
    version: t.exposeString("version"),
    description: t.exposeString("description"),
    personLevel: t.exposeBoolean("personLevel"),
    formats: t.exposeStringList("formats"),
    columns: t.field({ type: [ExportColumnRef], resolve: (e) => [...e.columns] }),
  }),
})

const ExportRunRef = builder.objectRef<ExportRun>("ExportRun").implement({
  description:
    "One run of an exporter: who ran which version with what, its progress, and when completed its row count and checksum. Download the file at /exports/<id>/file.",
  fields: (t) => ({
    id: t.exposeID("id"),
    exporterId: t.exposeString("exporterId"),
    exporterVersion: t.exposeString("exporterVersion"),
    format: t.exposeString("format"),
    parameters: t.field({ type: "JSON", nullable: true, resolve: (r) => r.parameters }),
    status: t.exposeString("status"),
    rowCount: t.exposeInt("rowCount"),
    byteCount: t.exposeInt("byteCount"),
    checksumSha256: t.exposeString("checksumSha256", { nullable: true }),
    error: t.exposeString("error", { nullable: true }),
    requestedBy: t.exposeString("requestedBy"),
    startedAt: t.exposeString("startedAt"),
    finishedAt: t.exposeString("finishedAt", { nullable: true }),
    downloadPath: t.string({
      nullable: true,
      resolve: (r) => (r.status === "completed" ? `/exports/${r.id}/file` : null),
    }),
  }),
})

builder.queryField("exporters", (t) =>
  t.field({
    extensions: runsUseCase("listExporters"),
    type: [ExporterRef],
    resolve: (_, __, ctx) => ctx.run(listExporters()).then((list) => [...list]),
  }),
)

builder.queryField("exportRun", (t) =>
  t.field({
    extensions: runsUseCase("getExportRun"),
    type: ExportRunRef,
    args: { runId: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => ctx.run(getExportRun({ runId: args.runId })),
  }),
)

builder.mutationField("startExport", (t) =>
  t.field({
    extensions: runsUseCase("startExport"),
    type: ExportRunRef,
    args: {
      exporterId: t.arg.string({ required: true }),
      format: t.arg.string({ required: true }),
      parameters: t.arg({ type: "JSON", required: false }),
    },
    resolve: (_, args, ctx) =>
      ctx.run(
        startExport({
          exporterId: args.exporterId,
          format: args.format,
          ...(args.parameters === null || args.parameters === undefined
            ? {}
            : { parameters: args.parameters }),
        }),
      ),
  }),
)

builder.mutationField("cancelExport", (t) =>
  t.field({
    extensions: runsUseCase("cancelExport"),
    type: ExportRunRef,
    args: { runId: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => ctx.run(cancelExport({ runId: args.runId })),
  }),
)
