/** A strict RFC 4180 parser: every record ends in CRLF; a quote may open only an empty field. */
export const parseCsv = (text: string): Array<Array<string>> => {
  const records: Array<Array<string>> = []
  let record: Array<string> = []
  let field = ""
  let quoted = false
  let wasQuoted = false
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
        } else {
          quoted = false
          i += 1
          const next = text[i]
          if (next !== undefined && next !== "," && next !== "\r")
            throw new Error(`text after a closing quote at ${i}`)
        }
      } else {
        field += c
        i += 1
      }
    } else if (c === '"') {
      if (field !== "" || wasQuoted) throw new Error(`quote inside an unquoted field at ${i}`)
      quoted = true
      wasQuoted = true
      i += 1
    } else if (c === ",") {
      record.push(field)
      field = ""
      wasQuoted = false
      i += 1
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field)
      records.push(record)
      record = []
      field = ""
      wasQuoted = false
      i += 2
    } else if (c === "\r" || c === "\n") {
      throw new Error(`bare line break at ${i}`)
    } else {
      field += c
      i += 1
    }
  }
  if (quoted) throw new Error("unterminated quoted field")
  if (field !== "" || record.length > 0) throw new Error("last record lacks its CRLF")
  return records
}
