import * as fc from "fast-check"
import { Stream } from "effect"
import { describe, expect, it } from "vitest"
import { concat, defineExporter, type ExportRow, makeEncoder, Period } from "../src/index.ts"

const decoder = new TextDecoder()
const columns = [{ key: "document", header: "Document" }]

const json = fc.jsonValue().map((value) => JSON.stringify(value))

describe("NDJSON (FHIR Bulk Data)", () => {
  it("writes each row's document as it is, one per line, however the rows are batched", () => {
    fc.assert(
      fc.property(fc.array(json, { maxLength: 20 }), fc.nat({ max: 20 }), (documents, cut) => {
        const rows: ReadonlyArray<ExportRow> = documents.map((document) => ({ document }))
        const encoder = makeEncoder("ndjson", columns)
        const at = Math.min(cut, rows.length)
        const bytes = concat([
          encoder.start(),
          encoder.rows(rows.slice(0, at)),
          encoder.rows(rows.slice(at)),
          encoder.end(),
        ])
        const lines = decoder.decode(bytes).split("\n")
        expect(lines.pop()).toBe("")
        expect(lines).toEqual(documents)
      }),
    )
  })

  it("stops on a row that is not one line of text (an exporter's defect)", () => {
    const encoder = makeEncoder("ndjson", columns)
    expect(() => encoder.rows([{ document: 1 }])).toThrow(/one line of JSON/)
    expect(() => encoder.rows([{ document: '{"a":\n1}' }])).toThrow(/one line of JSON/)
  })

  it("is offered only by an exporter with one column, the document", () => {
    const exporter = {
      id: "two-columns",
      version: "1.0.0",
      description: "Two columns",
      parameters: Period,
      roles: ["council-admin"] as const,
      personLevel: true,
      formats: ["ndjson"] as const,
      columns: [...columns, { key: "other", header: "Other" }],
      rows: () => Stream.empty,
    }
    expect(() => defineExporter(exporter)).toThrow(/one column/)
    expect(() => defineExporter({ ...exporter, columns })).not.toThrow()
  })
})
