import type { ExportColumn, ExportRow } from "../Exporter.ts"
import type { ExportFormat } from "../ExportFormat.ts"
import { makeCsvEncoder } from "./csv.ts"
import { makeJsonLinesEncoder } from "./jsonl.ts"
import { makeNdjsonEncoder } from "./ndjson.ts"
import { makeXlsxEncoder } from "./xlsx.ts"

/**
 * Turns rows into a file's bytes a batch at a time, holding nothing but a little state between
 * batches, so a file of any size is written in flat memory. Pure: no I/O.
 */
export interface RowEncoder {
  /** Bytes before the first row (a header line, a zip's first entries). */
  start(): Uint8Array
  rows(batch: ReadonlyArray<ExportRow>): Uint8Array
  /** Bytes after the last row (a zip's central directory). */
  end(): Uint8Array
  /** Why the rows so far no longer fit the format, if they do not. */
  limitExceeded(rowCount: number): string | undefined
}

export interface EncoderOptions {
  /** XLSX sheet name (31 characters at most; trimmed and cleaned here). */
  readonly title?: string
  /** CSV: prefix cells that a spreadsheet would run as a formula (default true). */
  readonly formulaGuard?: boolean
}

export const makeEncoder = (
  format: ExportFormat,
  columns: ReadonlyArray<ExportColumn>,
  options: EncoderOptions = {},
): RowEncoder => {
  switch (format) {
    case "csv":
      return makeCsvEncoder(columns, options)
    case "jsonl":
      return makeJsonLinesEncoder(columns)
    case "xlsx":
      return makeXlsxEncoder(columns, options)
    case "ndjson":
      return makeNdjsonEncoder(columns)
  }
}

export const utf8 = new TextEncoder()

/** The parts one after another in one array. */
export const concat = (parts: ReadonlyArray<Uint8Array>): Uint8Array => {
  let length = 0
  for (const part of parts) length += part.length
  const out = new Uint8Array(length)
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
