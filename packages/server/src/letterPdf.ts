import { type DecisionLetter, formatLongDate } from "@openpb/core"
import PDFDocument from "pdfkit"

/**
 * A decision's letter as a PDF the person can print and keep: the same words as its HTML, laid
 * out on A4 by pdfkit with its built-in Helvetica (no font files fetched or embedded).
 */
export const letterPdf = (letter: DecisionLetter): Promise<Uint8Array<ArrayBuffer>> =>
  new Promise((resolve, reject) => {
    const size = letter.easyRead ? 16 : 11
    const doc = new PDFDocument({
      size: "A4",
      margin: 56,
      info: { Title: letter.title, Subject: `Decision ${letter.decisionId}` },
      lang: "en-GB",
    })
    const chunks: Array<Uint8Array> = []
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk))
    doc.on("error", reject)
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))))
    const heading = (text: string) =>
      doc
        .moveDown(0.8)
        .font("Helvetica-Bold")
        .fontSize(size + 2)
        .text(text)
        .moveDown(0.3)
    const body = (text: string) => doc.font("Helvetica").fontSize(size).text(text).moveDown(0.4)

    body(formatLongDate(letter.date))
    doc
      .font("Helvetica-Bold")
      .fontSize(size + 6)
      .text(letter.title)
      .moveDown(0.6)
    body(letter.greeting)
    for (const line of letter.summary) body(line)
    heading("Why we decided this")
    for (const reason of letter.reasons)
      body(`• ${reason.text}${reason.finding === null ? "" : ` (${reason.finding})`}`)
    if (letter.amounts.length > 0) {
      heading("The amounts")
      for (const line of letter.amounts) body(`${line.label}: ${line.value}`)
    }
    if (letter.allocation.length > 0) {
      heading("How the amount was worked out")
      for (const line of letter.allocation) body(`${line.label}: ${line.value}`)
    }
    heading("Who decided, and under what rules")
    body(letter.decidedUnder)
    heading("If you disagree")
    for (const line of letter.challenge.text) body(line)
    doc.moveDown(0.6)
    for (const line of letter.closing) body(line)
    doc.end()
  })
