import type { Cell, ExportColumn } from "../Exporter.ts"
import type { EncoderOptions, RowEncoder } from "./RowEncoder.ts"
import { utf8 } from "./RowEncoder.ts"

const needsQuotes = /[",\r\n]/
/**
 * Text a spreadsheet would run as a formula when it opens a CSV file (CWE-1236). Such cells
 * get a leading apostrophe, as OWASP advises: a person's name or a note typed as `=HYPERLINK(…)`
 * stays text. Numbers are written as numbers and never guarded, so `-5` stays a number; a
 * consumer that needs the exact text (a statutory extract read by a machine) turns the guard off.
 */
const startsFormula = (text: string): boolean => {
  // `=` `+` `-` `@` tab CR, by code: this runs for every text cell of an export.
  const first = text.charCodeAt(0)
  return first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13
}

/** One RFC 4180 field. Null is an empty field; an empty string is `""`, so the two differ. */
export const csvField = (value: Cell | undefined, formulaGuard: boolean): string => {
  if (typeof value === "string") {
    if (value === "") return '""'
    const text = formulaGuard && startsFormula(value) ? `'${value}` : value
    return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text
  }
  if (value === null || value === undefined) return ""
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : ""
  return value ? "true" : "false"
}

/** CSV per RFC 4180: UTF-8 without a byte-order mark, CRLF after every record, a header line. */
export const makeCsvEncoder = (
  columns: ReadonlyArray<ExportColumn>,
  options: EncoderOptions,
): RowEncoder => {
  const guard = options.formulaGuard ?? true
  const keys = columns.map((c) => c.key)
  return {
    start: () => utf8.encode(`${columns.map((c) => csvField(c.header, guard)).join(",")}\r\n`),
    rows: (batch) => {
      let text = ""
      for (const row of batch) {
        let line = ""
        for (let i = 0; i < keys.length; i++) {
          if (i > 0) line += ","
          line += csvField(row[keys[i]!], guard)
        }
        text += `${line}\r\n`
      }
      return utf8.encode(text)
    },
    end: () => new Uint8Array(0),
    limitExceeded: () => undefined,
  }
}
