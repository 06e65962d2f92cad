import { describe, expect, it } from "vitest"
import { readRows } from "../src/csv.ts"

const lines = (text: string) => {
  const read = readRows(text, ["a"])
  return "rows" in read ? read.rows.map((row) => [row.line, row.cell("a")]) : read
}

describe("reading a statement's CSV", () => {
  it("gives each row the line it starts on, past quoted line breaks of any kind", () => {
    expect(lines('a,b\n1,"x\ny"\n\n2,z\n')).toEqual([
      [2, "1"],
      [5, "2"],
    ])
    // A quoted CRLF (a Windows export's cell of two lines) is one line break, not two.
    expect(lines('a,b\r\n1,"x\r\ny"\r\n2,"p\r\nq\r\nr"\r\n3,z\r\n')).toEqual([
      [2, "1"],
      [4, "2"],
      [7, "3"],
    ])
  })
})
