import { Schema } from "effect"

export const exportFormats = ["csv", "jsonl", "xlsx"] as const
export const ExportFormat = Schema.Literals(exportFormats).annotate({ identifier: "ExportFormat" })
export type ExportFormat = typeof ExportFormat.Type

export const formatExtension: Record<ExportFormat, string> = {
  csv: "csv",
  jsonl: "jsonl",
  xlsx: "xlsx",
}

export const formatContentType: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  jsonl: "application/jsonl; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
