import { type ParsedFeed, readCsv } from "@openpb/plugin-sdk"
import { unreadable } from "./transactions.ts"

/** One record of a CSV file with the line it starts on, read by header name. */
export interface CsvRow {
  readonly line: number
  cell(column: string): string
}

/**
 * The rows of a CSV file by its header row's names (compared ignoring case and spaces around),
 * each with the line it starts on; or why it cannot be read. Read with the platform's CSV reader
 * (`readCsv`: RFC 4180, quoted fields and line breaks inside them, a byte-order mark; a row of
 * the wrong length is read as it is, its missing cells empty).
 */
export const readRows = (
  text: string,
  required: ReadonlyArray<string>,
):
  | { readonly rows: ReadonlyArray<CsvRow>; readonly header: ReadonlyArray<string> }
  | ParsedFeed => {
  const read = readCsv(text)
  if ("problem" in read) return unreadable(read.line, `the file is not CSV: ${read.problem}`)
  const { records, lines } = read
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
