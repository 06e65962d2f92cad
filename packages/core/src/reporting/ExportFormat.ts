import { Schema } from "effect"

/**
 * `ndjson`: one JSON document per line, written as the exporter made it (FHIR's Bulk Data
 * NDJSON), where `jsonl` writes each row as an object of its columns.
 */
export const exportFormats = ["csv", "jsonl", "xlsx", "ndjson"] as const
export const ExportFormat = Schema.Literals(exportFormats).annotate({ identifier: "ExportFormat" })
export type ExportFormat = typeof ExportFormat.Type

export const formatExtension: Record<ExportFormat, string> = {
  csv: "csv",
  jsonl: "jsonl",
  xlsx: "xlsx",
  ndjson: "ndjson",
}

export const formatContentType: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  jsonl: "application/jsonl; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ndjson: "application/fhir+ndjson; charset=utf-8",
}
