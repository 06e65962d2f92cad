import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  caseloadCsvColumns,
  csvField,
  generateCaseloadCsv,
  parseAmountToPence,
  readCaseloadCsv,
  readCsv,
  rowSha256,
} from "../src/index.ts"

/** Pounds as a spreadsheet shows them: `£1,234.05`, thousands separated, two decimals. */
const asPounds = (pence: number) => {
  const pounds = Math.floor(pence / 100).toLocaleString("en-GB")
  return `£${pounds}.${String(pence % 100).padStart(2, "0")}`
}

describe("caseload amounts", () => {
  it("reads pounds and pence as the same whole pence, never through a float", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), (pence) => {
        expect(parseAmountToPence(String(pence))).toBe(pence)
        expect(parseAmountToPence(asPounds(pence))).toBe(pence)
        expect(parseAmountToPence(asPounds(pence).replaceAll(",", ""))).toBe(pence)
      }),
    )
  })

  it("reads one decimal as tens of pence and refuses what is not an amount", () => {
    expect(parseAmountToPence("£0.1")).toBe(10)
    expect(parseAmountToPence("12.5")).toBe(1250)
    expect(parseAmountToPence("£12")).toBe(1200)
    for (const bad of ["£12.345", "12,34", "-5", "£", "1e3", "12.3.4", "£1,2345.00", "ten"])
      expect(parseAmountToPence(bad)).toBeUndefined()
  })
})

describe("a caseload file", () => {
  it("types every good row and names every bad one by row and column", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 0, max: 12 }), (n, every) => {
        const sample = generateCaseloadCsv(n, every)
        const read = readCaseloadCsv(sample.csv)
        if ("message" in read) throw new Error(read.message)
        expect(read.rows).toHaveLength(n)
        const bad = read.rows.flatMap((r) =>
          "problems" in r ? r.problems.map((p) => `${p.row}:${p.column}`) : [],
        )
        expect([...new Set(bad)].sort()).toEqual(
          sample.spoiled.map((s) => `${s.row}:${s.column}`).sort(),
        )
      }),
      { numRuns: 40 },
    )
  })

  it("reads the same rows, with the same fingerprints, whatever order the columns come in", () => {
    const sample = generateCaseloadCsv(12, 0)
    const parsed = readCsv(sample.csv)
    if (!("records" in parsed)) throw new Error(parsed.problem)
    const fingerprints = (csv: string) => {
      const read = readCaseloadCsv(csv)
      if ("message" in read) throw new Error(read.message)
      return read.rows.map((r) => ("value" in r ? rowSha256(r.value) : r.problems))
    }
    const expected = fingerprints(sample.csv)
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...caseloadCsvColumns.keys()], {
          minLength: caseloadCsvColumns.length,
        }),
        (order) => {
          const csv = parsed.records
            .map((record) => order.map((i) => csvField(record[i] ?? "", false)).join(","))
            .join("\r\n")
          expect(fingerprints(csv)).toEqual(expected)
        },
      ),
      { numRuns: 30 },
    )
  })

  it("holds an active journey to what its budget needs, and earlier stages to having none", () => {
    const header = caseloadCsvColumns.join(",")
    const row = (cells: Partial<Record<(typeof caseloadCsvColumns)[number], string>>) =>
      caseloadCsvColumns.map((c) => cells[c] ?? "").join(",")
    const read = readCaseloadCsv(
      [
        header,
        row({
          source_id: "A",
          given_name: "Ann",
          family_name: "Lee",
          stage: "active",
          cost: "£10",
        }),
        row({
          source_id: "B",
          given_name: "Bo",
          family_name: "Ng",
          stage: "assessing",
          cost: "1000",
        }),
        row({ source_id: "B", given_name: "Bo", family_name: "Ng", stage: "considering" }),
        row({
          source_id: "C",
          given_name: "Cy",
          family_name: "Oz",
          stage: "considering",
          carer_name: "Di",
        }),
      ].join("\n"),
    )
    if ("message" in read) throw new Error(read.message)
    const problems = read.rows.flatMap((r) => ("problems" in r ? r.problems : []))
    expect(problems.map((p) => `${p.row}:${p.column}`)).toEqual([
      "2:funding_stream",
      "2:mechanism",
      "2:outcome",
      "2:next_review",
      "3:cost",
      "4:source_id",
      "5:carer_relationship",
    ])
  })

  it("refuses a file it cannot read as a caseload, naming why", () => {
    expect(readCaseloadCsv("")).toEqual({ message: "the file has no header row" })
    expect(readCaseloadCsv("source_id,given_name,family_name\n")).toEqual({
      message: "the header has no stage column",
    })
    expect(readCaseloadCsv('source_id,"given_name\n')).toMatchObject({
      message: expect.stringMatching(/never closed/),
    })
  })
})
