import type { ExportColumn } from "../Exporter.ts"
import type { RowEncoder } from "./RowEncoder.ts"
import { utf8 } from "./RowEncoder.ts"

/**
 * NDJSON as FHIR Bulk Data writes it: each row's one column holds a JSON document the exporter
 * serialised (a FHIR resource), written as it is with LF after it. The exporter owns the
 * document's shape and its schema; this only frames lines, so a row that is not text, or holds
 * a line break (JSON never needs one), is a defect in the exporter and stops the run.
 */
export const makeNdjsonEncoder = (columns: ReadonlyArray<ExportColumn>): RowEncoder => {
  const key = columns[0]!.key
  return {
    start: () => new Uint8Array(0),
    rows: (batch) => {
      let text = ""
      for (const row of batch) {
        const document = row[key]
        if (typeof document !== "string" || document.includes("\n"))
          throw new Error(`an NDJSON row's ${JSON.stringify(key)} must be one line of JSON`)
        text += `${document}\n`
      }
      return utf8.encode(text)
    },
    end: () => new Uint8Array(0),
    limitExceeded: () => undefined,
  }
}
