import { Zip, ZipDeflate } from "fflate"
import type { Cell, ExportColumn } from "../Exporter.ts"
import type { EncoderOptions, RowEncoder } from "./RowEncoder.ts"
import { concat, utf8 } from "./RowEncoder.ts"

/**
 * The smallest workbook Excel, LibreOffice and readers of ECMA-376 open: content types,
 * relationships, a workbook and one sheet. Strings are inline (`inlineStr`), so the sheet is
 * written row by row without a shared-strings table held in memory; no cell is ever a formula.
 *
 * The zip is `fflate`'s, written front to back, every entry deflated. The sheet reaches the
 * deflater in fixed 64 KiB pieces whatever the batches were, and every entry is dated
 * 1980-01-01, so the same rows always give the same bytes (and the same checksum).
 */

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
const DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

/** Excel's sheet size: 1,048,576 rows, the first being the header. */
export const XLSX_MAX_ROWS = 1_048_575

const contentTypes = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
const rootRels = `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
const workbookRels = `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
const workbook = (title: string) =>
  `${XML}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="${escapeXml(title)}" sheetId="1" r:id="rId1"/></sheets></workbook>`

// XML 1.0 cannot carry most control characters or unpaired surrogates, even escaped.
const notXmlChar =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding the characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const xmlSpecial = /[&<>"]/g
const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }

/** Text as XML character data; characters XML cannot hold become U+FFFD. */
export const escapeXml = (text: string): string =>
  text.replace(notXmlChar, "\uFFFD").replace(xmlSpecial, (c) => entities[c]!)

/** A sheet name Excel accepts: no `[]:*?/\`, not blank, 31 characters at most. */
export const sheetTitle = (title: string | undefined): string => {
  const cleaned = (title ?? "")
    .replace(/[[\]:*?/\\]/g, " ")
    .trim()
    .slice(0, 31)
  return cleaned === "" ? "Export" : cleaned
}

/** A1-style column letters: 0 -> A, 25 -> Z, 26 -> AA. */
export const columnLetters = (index: number): string => {
  let n = index + 1
  let out = ""
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

const cell = (ref: string, value: Cell | undefined): string => {
  if (value === null || value === undefined) return ""
  if (typeof value === "number")
    return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : ""
  if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`
}

/** Without Zip64 an entry, and the archive, stay under 4 GiB. */
const ZIP_MAX_BYTES = 0xffffffff
/** What the sheet's deflater is given at a time: a fixed size, so batching changes no byte. */
const PIECE = 64 * 1024
/**
 * Deflate level 1: a typical sheet shrinks to about a sixth, and the encoder runs nearly twice
 * as fast as at level 6, whose file is only a tenth smaller.
 */
const LEVEL = 1
/** The earliest time a zip can hold, read back the same in every time zone. */
const MTIME = new Date(1980, 0, 1)

const deflated = (name: string) => {
  const file = new ZipDeflate(name, { level: LEVEL })
  file.mtime = MTIME
  return file
}

export const makeXlsxEncoder = (
  columns: ReadonlyArray<ExportColumn>,
  options: EncoderOptions,
): RowEncoder => {
  let out: Array<Uint8Array> = []
  let written = 0
  const zip = new Zip((error, chunk) => {
    if (error) throw error
    out.push(chunk)
    written += chunk.length
  })
  const take = () => {
    const bytes = concat(out)
    out = []
    return bytes
  }
  const whole = (name: string, text: string) => {
    const file = deflated(name)
    zip.add(file)
    file.push(utf8.encode(text), true)
  }
  const sheet = deflated("xl/worksheets/sheet1.xml")
  const piece = new Uint8Array(PIECE)
  let filled = 0
  let sheetBytes = 0
  /** The sheet's text into the current piece; each full piece goes to the deflater. */
  const write = (text: string) => {
    const bytes = utf8.encode(text)
    sheetBytes += bytes.length
    let at = 0
    while (at < bytes.length) {
      const n = Math.min(PIECE - filled, bytes.length - at)
      piece.set(bytes.subarray(at, at + n), filled)
      filled += n
      at += n
      // The deflater copies what it is given, so the piece can be filled again at once.
      if (filled === PIECE) {
        sheet.push(piece)
        filled = 0
      }
    }
  }

  const keys = columns.map((c) => c.key)
  const letters = columns.map((_, i) => columnLetters(i))
  let rowNumber = 1
  const rowXml = (values: ReadonlyArray<Cell | undefined>): string => {
    const r = rowNumber++
    let xml = `<row r="${r}">`
    for (let i = 0; i < values.length; i++) xml += cell(`${letters[i]}${r}`, values[i])
    return `${xml}</row>`
  }
  return {
    start: () => {
      whole("[Content_Types].xml", contentTypes)
      whole("_rels/.rels", rootRels)
      whole("xl/workbook.xml", workbook(sheetTitle(options.title)))
      whole("xl/_rels/workbook.xml.rels", workbookRels)
      zip.add(sheet)
      write(`${XML}<worksheet xmlns="${MAIN}"><sheetData>${rowXml(columns.map((c) => c.header))}`)
      return take()
    },
    rows: (batch) => {
      let xml = ""
      for (const row of batch) xml += rowXml(keys.map((key) => row[key]))
      write(xml)
      return take()
    },
    end: () => {
      write("</sheetData></worksheet>")
      sheet.push(piece.subarray(0, filled), true)
      filled = 0
      zip.end()
      return take()
    },
    limitExceeded: (rowCount) =>
      rowCount > XLSX_MAX_ROWS
        ? `a sheet holds at most ${XLSX_MAX_ROWS} rows besides its header`
        : // The sheet's own size counts (a zip entry records it in 32 bits); leave room for the
          // end of the sheet and the central directory.
          Math.max(sheetBytes, written) > ZIP_MAX_BYTES - 1_000_000
          ? "the workbook would pass 4 GiB"
          : undefined,
  }
}
