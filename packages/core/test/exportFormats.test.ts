import { execFileSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  type Cell,
  columnLetters,
  concat,
  csvField,
  type ExportColumn,
  type ExportFormat,
  type ExportRow,
  makeEncoder,
  XLSX_MAX_ROWS,
} from "../src/index.ts"
import { parseCsv } from "./support/parseCsv.ts"
import { readZip } from "./support/readZip.ts"

const specials = ['"', ",", "\r\n", "\n", "\r", "=SUM(A1)", "+1", "-", "@x", "\t", " ", "é", "😀"]
/** Text rich in what breaks CSV: quotes, separators, line breaks, formula starts, any script. */
const text = fc
  .array(fc.oneof(fc.string({ unit: "grapheme" }), fc.constantFrom(...specials)), {
    maxLength: 6,
  })
  .map((parts) => parts.join(""))
const finiteNumber = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
)
const cell: fc.Arbitrary<Cell> = fc.oneof(text, finiteNumber, fc.boolean(), fc.constant(null))

const tableArb = fc.integer({ min: 1, max: 6 }).chain((width) => {
  const columns: Array<ExportColumn> = Array.from({ length: width }, (_, i) => ({
    key: `k${i}`,
    header: `Column ${i}`,
  }))
  const row = fc
    .array(cell, { minLength: width, maxLength: width })
    .map((values): ExportRow => Object.fromEntries(values.map((v, i) => [`k${i}`, v])))
  return fc.record({ columns: fc.constant(columns), rows: fc.array(row, { maxLength: 30 }) })
})

const encodeAll = (
  format: ExportFormat,
  columns: ReadonlyArray<ExportColumn>,
  batches: ReadonlyArray<ReadonlyArray<ExportRow>>,
) => {
  const encoder = makeEncoder(format, columns, { title: "Test" })
  return concat([encoder.start(), ...batches.map((b) => encoder.rows(b)), encoder.end()])
}

/** Splits rows into batches at the given cut points. */
const split = (rows: ReadonlyArray<ExportRow>, cuts: ReadonlyArray<number>) => {
  const points = [...new Set(cuts.map((c) => c % (rows.length + 1)))].sort((a, b) => a - b)
  const out: Array<ReadonlyArray<ExportRow>> = []
  let from = 0
  for (const p of [...points, rows.length]) {
    out.push(rows.slice(from, p))
    from = p
  }
  return out
}

const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", { fatal: true }).decode(bytes)

const formulaStart = /^[=+\-@\t\r]/
const csvExpected = (value: Cell | undefined): string => {
  if (value === null || value === undefined) return ""
  if (typeof value === "string") return formulaStart.test(value) ? `'${value}` : value
  return String(value)
}

describe("CSV (RFC 4180)", () => {
  it("parses back to what was written, whatever the text", () => {
    fc.assert(
      fc.property(tableArb, ({ columns, rows }) => {
        const parsed = parseCsv(decode(encodeAll("csv", columns, [rows])))
        expect(parsed[0]).toEqual(columns.map((c) => c.header))
        expect(parsed.slice(1)).toEqual(rows.map((r) => columns.map((c) => csvExpected(r[c.key]))))
        for (const [i, r] of rows.entries()) {
          for (const [j, c] of columns.entries()) {
            const value = r[c.key]
            if (typeof value === "number") expect(Number(parsed[i + 1]![j])).toBe(value)
          }
        }
      }),
    )
  })

  it("writes the same bytes however the rows are batched", () => {
    fc.assert(
      fc.property(tableArb, fc.array(fc.nat(), { maxLength: 4 }), ({ columns, rows }, cuts) => {
        expect(encodeAll("csv", columns, split(rows, cuts))).toEqual(
          encodeAll("csv", columns, [rows]),
        )
      }),
    )
  })

  it("quotes what needs quoting, ends records with CRLF and guards formulas", () => {
    const columns = [
      { key: "a", header: "A" },
      { key: "b", header: "B, the second" },
    ]
    const rows = [
      { a: 'say "hi"', b: "two\nlines" },
      { a: "=HYPERLINK(1)", b: -5 },
      { a: "", b: null },
      { a: true, b: "plain" },
    ]
    expect(decode(encodeAll("csv", columns, [rows]))).toBe(
      'A,"B, the second"\r\n"say ""hi""","two\nlines"\r\n\'=HYPERLINK(1),-5\r\n"",\r\ntrue,plain\r\n',
    )
  })

  it("leaves formula-like text alone when the guard is off", () => {
    expect(csvField("=1+1", false)).toBe("=1+1")
    expect(csvField("=1,1", true)).toBe('"\'=1,1"')
  })
})

describe("JSON Lines", () => {
  it("gives one object per line, every column in order, that parses back", () => {
    const anyText = fc.string({ unit: "binary" })
    const jsonCell = fc.oneof(anyText, finiteNumber, fc.boolean(), fc.constant(null))
    const rowsArb = fc.array(
      fc.record({ id: jsonCell, name: jsonCell }, { requiredKeys: ["id"] }),
      { maxLength: 30 },
    )
    const columns = [
      { key: "id", header: "Id" },
      { key: "name", header: "Name" },
    ]
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const out = decode(encodeAll("jsonl", columns, [rows]))
        const lines = out.split("\n")
        expect(lines.pop()).toBe("")
        expect(lines).toHaveLength(rows.length)
        for (const [i, line] of lines.entries()) {
          const parsed = JSON.parse(line)
          expect(Object.keys(parsed)).toEqual(["id", "name"])
          expect(parsed).toEqual({ id: rows[i]!.id, name: rows[i]!.name ?? null })
        }
      }),
    )
  })
})

const unescapeXml = (s: string) =>
  s
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&")

/** The sheet's cells as the encoder's reader would see them, by reference. */
const sheetCells = (xml: string) => {
  const cells = new Map<string, string | number | boolean>()
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"( t="(\w+)")?>([\s\S]*?)<\/c>/g)) {
    const [, ref, , type, body] = m
    const inline = /^<is><t xml:space="preserve">([\s\S]*)<\/t><\/is>$/.exec(body!)
    const value = /^<v>(.*)<\/v>$/.exec(body!)
    cells.set(
      ref!,
      type === "inlineStr"
        ? unescapeXml(inline![1]!)
        : type === "b"
          ? value![1] === "1"
          : Number(value![1]),
    )
  }
  return cells
}

const xmlSafe = (s: string) =>
  s.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "\uFFFD",
  )

const hasPython = (() => {
  try {
    execFileSync("python3", ["-c", "import zipfile, xml.etree.ElementTree"])
    return true
  } catch {
    return false
  }
})()

describe("XLSX", () => {
  it("is a valid zip of an Office Open XML workbook holding every cell", () => {
    fc.assert(
      fc.property(tableArb, fc.array(fc.nat(), { maxLength: 3 }), ({ columns, rows }, cuts) => {
        const bytes = encodeAll("xlsx", columns, split(rows, cuts))
        const entries = readZip(bytes)
        expect(entries.map((e) => e.name)).toEqual([
          "[Content_Types].xml",
          "_rels/.rels",
          "xl/workbook.xml",
          "xl/_rels/workbook.xml.rels",
          "xl/worksheets/sheet1.xml",
        ])
        const cells = sheetCells(decode(entries[4]!.data))
        const expected = new Map<string, string | number | boolean>()
        for (const [j, c] of columns.entries()) expected.set(`${columnLetters(j)}1`, c.header)
        for (const [i, r] of rows.entries()) {
          for (const [j, c] of columns.entries()) {
            const v = r[c.key]
            if (v !== null && v !== undefined)
              expected.set(`${columnLetters(j)}${i + 2}`, typeof v === "string" ? xmlSafe(v) : v)
          }
        }
        expect(cells).toEqual(expected)
        expect(bytes).toEqual(encodeAll("xlsx", columns, [rows]))
      }),
      { numRuns: 60 },
    )
  })

  it.runIf(hasPython)("opens with Python's zipfile and every part is well-formed XML", () => {
    const dir = mkdtempSync(join(tmpdir(), "openpb-xlsx-"))
    try {
      const columns = [
        { key: "name", header: "Name" },
        { key: "n", header: "Amount" },
        { key: "ok", header: "OK" },
      ]
      const rows = [
        { name: 'A & B <"quoted">', n: 12345, ok: true },
        { name: "bell \u0007 and 😀", n: -1.5, ok: false },
        { name: null, n: null, ok: null },
      ]
      const file = join(dir, "out.xlsx")
      writeFileSync(file, encodeAll("xlsx", columns, [rows]))
      const script = [
        "import json, sys, zipfile, xml.etree.ElementTree as ET",
        "z = zipfile.ZipFile(sys.argv[1])",
        "assert z.testzip() is None",
        "ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}",
        "for n in z.namelist(): ET.fromstring(z.read(n))",
        "sheet = ET.fromstring(z.read('xl/worksheets/sheet1.xml'))",
        "out = [[(c.get('r'), c.get('t'), ''.join(c.itertext())) for c in row] for row in sheet.find('m:sheetData', ns)]",
        "print(json.dumps(out))",
      ].join("\n")
      const out = JSON.parse(execFileSync("python3", ["-c", script, file], { encoding: "utf8" }))
      expect(out).toEqual([
        [
          ["A1", "inlineStr", "Name"],
          ["B1", "inlineStr", "Amount"],
          ["C1", "inlineStr", "OK"],
        ],
        [
          ["A2", "inlineStr", 'A & B <"quoted">'],
          ["B2", null, "12345"],
          ["C2", "b", "1"],
        ],
        [
          ["A3", "inlineStr", "bell \uFFFD and 😀"],
          ["B3", null, "-1.5"],
          ["C3", "b", "0"],
        ],
        [],
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it("deflates a large sheet to the same bytes however its rows are batched", () => {
    const columns = [
      { key: "id", header: "Id" },
      { key: "name", header: "Name" },
      { key: "pence", header: "Pence" },
    ]
    const rows = Array.from({ length: 6_000 }, (_, i) => ({
      id: `person-${i}`,
      name: `${["Ann", "Bo", "Cy", "Dee"][i % 4]} ${"é😀&<".slice(0, i % 5)} ${(i * 7919) % 1000}`,
      pence: (i * 104_729) % 10_000_000,
    }))
    const inBatchesOf = (size: number) =>
      Array.from({ length: Math.ceil(rows.length / size) }, (_, i) =>
        rows.slice(i * size, (i + 1) * size),
      )
    const whole = encodeAll("xlsx", columns, [rows])
    for (const size of [1, 7, 1_000, 2_999])
      expect(encodeAll("xlsx", columns, inBatchesOf(size))).toEqual(whole)
    const entries = readZip(whole)
    expect(entries.every((e) => e.method === 8)).toBe(true)
    const sheet = entries[4]!
    expect(sheetCells(decode(sheet.data)).get("A6001")).toBe("person-5999")
    expect(whole.length * 4).toBeLessThan(sheet.data.length)
  })

  it("says when the rows no longer fit a sheet", () => {
    const encoder = makeEncoder("xlsx", [{ key: "a", header: "A" }])
    expect(encoder.limitExceeded(XLSX_MAX_ROWS)).toBeUndefined()
    expect(encoder.limitExceeded(XLSX_MAX_ROWS + 1)).toMatch(/at most/)
  })

  it("names columns as a spreadsheet does", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ])
  })
})
