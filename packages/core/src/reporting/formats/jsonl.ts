import type { ExportColumn } from "../Exporter.ts"
import type { RowEncoder } from "./RowEncoder.ts"
import { utf8 } from "./RowEncoder.ts"

/**
 * JSON Lines: one object per row, keys in column order, every column present (null when the
 * row has no value), LF after each. Non-finite numbers become null, as JSON has no such number.
 */
export const makeJsonLinesEncoder = (columns: ReadonlyArray<ExportColumn>): RowEncoder => {
  const keys = columns.map((c) => c.key)
  const prefixes = keys.map((key, i) => `${i === 0 ? "{" : ","}${JSON.stringify(key)}:`)
  return {
    start: () => new Uint8Array(0),
    rows: (batch) => {
      let text = ""
      for (const row of batch) {
        for (let i = 0; i < keys.length; i++) {
          text += prefixes[i]! + JSON.stringify(row[keys[i]!] ?? null)
        }
        text += "}\n"
      }
      return utf8.encode(text)
    },
    end: () => new Uint8Array(0),
    limitExceeded: () => undefined,
  }
}
