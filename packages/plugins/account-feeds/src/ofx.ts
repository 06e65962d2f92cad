import type { AccountFeedAdapter } from "@openpb/plugin-sdk"
import { amountOf, collector, feedTransaction, linesOf, unreadable } from "./transactions.ts"
import { at, listAt, readXml, textAt } from "./xml.ts"

/**
 * OFX 1.x is SGML: a leaf element (`<TRNAMT>-12.50`) need not be closed, and `&` may stand bare.
 * Closing each unclosed leaf on its own line and escaping bare ampersands gives XML with the same
 * lines, so the XML reader's line numbers are the file's. OFX 2.x is XML already and passes through.
 */
const sgmlToXml = (body: string): string =>
  body
    .replace(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g, "&amp;")
    .replace(
      /<([A-Za-z0-9.]+)>([^<\r\n]*[^<\s][^<\r\n]*)/g,
      (match, tag: string, _value, offset: number, all: string) =>
        all.startsWith(`</${tag}>`, offset + match.length) ? match : `${match.trimEnd()}</${tag}>`,
    )

/** OFX dates are `YYYYMMDD[HHMMSS[.XXX]][[±h:TZ]]`: the day is the first eight digits. */
const dayOf = (text: string): string | undefined => {
  const match = /^(\d{4})(\d{2})(\d{2})/.exec(text.trim())
  return match === null ? undefined : `${match[1]}-${match[2]}-${match[3]}`
}

const statementPaths = [
  ["OFX", "BANKMSGSRSV1", "STMTTRNRS", "STMTRS"],
  ["OFX", "CREDITCARDMSGSRSV1", "CCSTMTTRNRS", "CCSTMTRS"],
] as const

/**
 * An OFX statement (bank or card, SGML 1.x or XML 2.x): each STMTTRN with its FITID (the id),
 * TRNAMT (signed, money out below zero), DTPOSTED, NAME (or PAYEE/NAME) and MEMO. OFX lists
 * posted transactions only, so every one is booked.
 */
export const ofx: AccountFeedAdapter = {
  format: "ofx",
  parse: (text) => {
    const start = text.search(/<OFX>/i)
    if (start < 0) return unreadable(1, "the file has no <OFX> element")
    // Keep the header's lines (as blank lines) so line numbers stay the file's.
    const header = text.slice(0, start).replace(/[^\n]/g, "")
    const xml = header + sgmlToXml(text.slice(start))
    const read = readXml(xml, new Set(["STMTTRN", "STMTTRNRS", "CCSTMTTRNRS"]))
    if ("problem" in read) return unreadable(read.line, read.problem)
    const statements = statementPaths.flatMap(([root, messages, wrapper, statement]) =>
      listAt(read.document, root, messages, wrapper).map((w) => at(w, statement)),
    )
    if (statements.length === 0) return unreadable(1, "the file has no bank or card statement")
    const found = collector()
    const lines = linesOf(xml, /<STMTTRN>/g)
    let n = 0
    for (const statement of statements) {
      const currency = textAt(statement, "CURDEF").trim().toUpperCase()
      for (const transaction of listAt(statement, "BANKTRANLIST", "STMTTRN")) {
        const line = lines[n++] ?? 1
        if (currency !== "" && currency !== "GBP") {
          found.problem(line, `the statement's currency is ${currency}, not pounds sterling`)
          continue
        }
        const amount = amountOf(textAt(transaction, "TRNAMT"), "TRNAMT")
        const day = dayOf(textAt(transaction, "DTPOSTED"))
        if (typeof amount === "string") found.problem(line, amount)
        else if (day === undefined)
          found.problem(
            line,
            `DTPOSTED ${JSON.stringify(textAt(transaction, "DTPOSTED"))} is not an OFX date`,
          )
        else
          found.add(
            line,
            feedTransaction({
              sourceId: textAt(transaction, "FITID"),
              status: "booked",
              bookingDate: day,
              amountPence: amount,
              counterparty: textAt(transaction, "NAME") || textAt(transaction, "PAYEE", "NAME"),
              reference: textAt(transaction, "MEMO"),
            }),
          )
      }
    }
    return found.result()
  },
}
