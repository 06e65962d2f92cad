import { describe, expect, it } from "vitest"
import { readCsv } from "../src/index.ts"

// What the reader did before it was read with csv-parse, kept: the directory and caseload
// imports name a problem's line, and leave a row's wrong number of fields to the row.
describe("reading CSV with csv-parse", () => {
  it("keeps rows of any length, skips blank lines and one holding only an empty quote", () => {
    expect(readCsv("a,b,c\nd\n\ne,f")).toEqual({
      records: [["a", "b", "c"], ["d"], ["e", "f"]],
      lines: [1, 2, 4],
    })
    expect(readCsv('a\n""\n \nb')).toEqual({ records: [["a"], [" "], ["b"]], lines: [1, 3, 4] })
    expect(readCsv('\uFEFFa,"b"')).toEqual({ records: [["a", "b"]], lines: [1] })
  })

  it("ends a record at CRLF, LF or CR, mixed in one file", () => {
    expect(readCsv("a\r\nb\nc\rd")).toEqual({
      records: [["a"], ["b"], ["c"], ["d"]],
      lines: [1, 2, 3, 4],
    })
  })

  it("counts a quoted line break, CRLF or LF, as one line when naming a problem's line", () => {
    expect(readCsv('x,"a\r\nb"\r\nc,d"e')).toEqual({
      line: 3,
      problem: "a quote inside a field that is not quoted",
    })
    expect(readCsv('a\n\n\n"b\r\nc"x')).toEqual({ line: 5, problem: "text after a closing quote" })
  })

  it("names the line a quote that is never closed opens on", () => {
    expect(readCsv('"a\nb","c\r\nd\ne')).toEqual({
      line: 2,
      problem: "a quote that is never closed",
    })
    expect(readCsv('a\r"b\n')).toEqual({ line: 2, problem: "a quote that is never closed" })
  })
})
