import { parse } from "csv-parse/sync"
import type { ParsedFeed } from "@openpb/plugin-sdk"
import { unreadable } from "./transactions.ts"

const count = (text: string, of: string) => text.split(of).length - 1

/** One record of a CSV file with the line it starts on, read by header name. */
export interface CsvRow {
  readonly line: number
  cell(column: string): string
}

/**
 * The rows of a CSV file by its header row's names (compared ignoring case and spaces around),
 * each with the line it starts on; or why it cannot be read. Read with csv-parse (RFC 4180:
 * quoted fields, line breaks inside quotes, a byte-order mark).
 */
export const readRows = (
  text: string,
  required: ReadonlyArray<string>,
):
  | { readonly rows: ReadonlyArray<CsvRow>; readonly header: ReadonlyArray<string> }
  | ParsedFeed => {
  // The line each record starts on. csv-parse gives the line a record ends on, counting a line
  // feed or carriage return inside quotes as a line each (a CRLF as two): take off the record's
  // line feeds and every such carriage return so far.
  const lines: Array<number> = []
  let returns = 0
  let records: Array<Array<string>>
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      on_record: (record, info) => {
        returns += record.reduce((n, field) => n + count(field, "\r"), 0)
        lines.push(info.lines - returns - record.reduce((n, field) => n + count(field, "\n"), 0))
        return record
      },
    })
  } catch (error) {
    const line =
      typeof error === "object" && error !== null && "lines" in error ? Number(error.lines) : 1
    return unreadable(
      Number.isFinite(line) && line > 0 ? line : 1,
      `the file is not CSV: ${String(error instanceof Error ? error.message : error)}`,
    )
  }
  const [head, ...body] = records
  if (head === undefined) return unreadable(1, "the file is empty")
  const header = head.map((name) => name.trim().toLowerCase())
  const missing = required.filter((name) => !header.includes(name.trim().toLowerCase()))
  if (missing.length > 0)
    return unreadable(
      1,
      `the header row has no column named ${missing.map((m) => JSON.stringify(m)).join(", ")}`,
    )
  const index = (column: string) => header.indexOf(column.trim().toLowerCase())
  const rows = body.map((record, i) => ({
    line: lines[i + 1] ?? 1,
    cell: (column: string) => {
      const at = index(column)
      return at < 0 ? "" : (record[at] ?? "")
    },
  }))
  return { rows, header }
}
