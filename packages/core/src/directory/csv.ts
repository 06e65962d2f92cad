/*
 * Reading CSV (RFC 4180): fields separated by commas, records by CRLF or LF, a field in double
 * quotes may hold commas, line breaks and doubled quotes. Written here rather than taken from
 * npm because core imports nothing but `effect` (the architecture check holds it to that list);
 * it is the reading half of the CSV encoder exports use, and tested against it.
 */

export type CsvRead =
  | { readonly records: ReadonlyArray<ReadonlyArray<string>> }
  | { readonly line: number; readonly problem: string }

/**
 * The records of a CSV text, each a list of fields; blank lines are skipped and a byte-order
 * mark is ignored. A quote inside an unquoted field, text after a closing quote or a quote never
 * closed is refused with the line it is on.
 */
export const readCsv = (text: string): CsvRead => {
  const records: Array<Array<string>> = []
  let record: Array<string> = []
  let field = ""
  let line = 1
  let quoted = false
  let afterQuote = false
  let quoteLine = 1
  const endField = () => {
    record.push(field)
    field = ""
    afterQuote = false
  }
  const endRecord = () => {
    endField()
    if (!(record.length === 1 && record[0] === "")) records.push(record)
    record = []
  }
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  for (let i = start; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else {
          quoted = false
          afterQuote = true
        }
      } else {
        if (c === "\n") line++
        field += c
      }
      continue
    }
    if (c === ",") endField()
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++
      endRecord()
      line++
    } else if (afterQuote) return { line, problem: "text after a closing quote" }
    else if (c === '"') {
      if (field !== "") return { line, problem: "a quote inside a field that is not quoted" }
      quoted = true
      quoteLine = line
    } else field += c
  }
  if (quoted) return { line: quoteLine, problem: "a quote that is never closed" }
  if (field !== "" || afterQuote || record.length > 0) endRecord()
  return { records }
}
