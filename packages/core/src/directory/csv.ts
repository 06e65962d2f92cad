/*
 * Reading CSV (RFC 4180): fields separated by commas, records by CRLF, LF or CR, a field in
 * double quotes may hold commas, line breaks and doubled quotes. Read with csv-parse, through its
 * browser build (`csv-parse/browser/esm/sync`): its plain `csv-parse/sync` entry uses Node's
 * global `Buffer`, and core runs on any platform. It is the reading half of the CSV encoder
 * exports use, and tested against it.
 */
import { CsvError, parse } from "csv-parse/browser/esm/sync"

export type CsvRead =
  | {
      readonly records: ReadonlyArray<ReadonlyArray<string>>
      /** The line each record starts on (a quoted field may span several). */
      readonly lines: ReadonlyArray<number>
    }
  | { readonly line: number; readonly problem: string }

const problems: Partial<Record<CsvError["code"], string>> = {
  INVALID_OPENING_QUOTE: "a quote inside a field that is not quoted",
  CSV_INVALID_CLOSING_QUOTE: "text after a closing quote",
  CSV_QUOTE_NOT_CLOSED: "a quote that is never closed",
}

const options = {
  bom: true,
  // Records of any length: the callers name a row with the wrong number of fields.
  relax_column_count: true,
  // Any of the three, mixed in one file; csv-parse otherwise keeps to the first it meets.
  record_delimiter: ["\r\n", "\n", "\r"],
}

const count = (text: string, of: string) => text.split(of).length - 1

/**
 * Reads `text`, keeping the line (counted here: a record break, or a line feed inside quotes)
 * the last record read ends on and that record. csv-parse counts a carriage return inside
 * quotes as a line too (a CRLF as two), so those are taken off its count.
 */
const read = (text: string) => {
  const at = { end: 0, last: [] as ReadonlyArray<string> }
  const starts: Array<number> = []
  let returns = 0
  try {
    const records = parse(text, {
      ...options,
      on_record: (record, { lines }) => {
        returns += record.reduce((n, field) => n + count(field, "\r"), 0)
        at.end = lines - returns
        at.last = record
        // A blank line, or one holding only `""`, is no record.
        if (record.length === 1 && record[0] === "") return null
        starts.push(at.end - record.reduce((n, field) => n + count(field, "\n"), 0))
        return record
      },
    })
    return { records, starts, ...at }
  } catch (error) {
    if (error instanceof CsvError) return { error, ...at }
    throw error
  }
}

/** The text of the record csv-parse stopped in, from its start up to the problem. */
const rawAtProblem = (text: string): string => {
  try {
    parse(text, { ...options, raw: true })
  } catch (error) {
    if (error instanceof CsvError && typeof error.raw === "string") return error.raw
  }
  return ""
}

/**
 * The records of a CSV text, each a list of fields, with the line each starts on; blank lines
 * are skipped and a byte-order mark is ignored. Records may differ in length (the caller names
 * a row with the wrong number of fields). A quote inside an unquoted field, text after a closing quote or a quote never
 * closed is refused with the line it is on.
 */
export const readCsv = (text: string): CsvRead => {
  const first = read(text)
  if ("records" in first) return { records: first.records, lines: first.starts }
  const { error } = first
  const problem = problems[error.code] ?? `not CSV: ${error.message}`
  if (error.code === "CSV_QUOTE_NOT_CLOSED") {
    // The line the quote opens on: close it, and go back over the line feeds of its field.
    const closed = read(`${text}"`)
    return { line: closed.end - count(closed.last.at(-1) ?? "", "\n"), problem }
  }
  // The record in question starts on the line after the last one read.
  return { line: first.end + 1 + count(rawAtProblem(text), "\n"), problem }
}
