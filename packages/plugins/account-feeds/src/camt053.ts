import type { AccountFeedAdapter } from "@openpb/plugin-sdk"
import { amountOf, collector, feedTransaction, linesOf, unreadable } from "./transactions.ts"
import { firstText, listAt, readXml, textAt } from "./xml.ts"

/**
 * An ISO 20022 camt.053 bank-to-customer statement (versions .001.02 to .001.13): each Ntry with
 * its Amt (and Ccy), CdtDbtInd (DBIT is money out), BookgDt (Dt or DtTm), Sts (BOOK or PDNG;
 * a bare code before version 8, a Cd inside after; INFO entries are left out), and the bank's
 * reference (AcctSvcrRef, else NtryRef, else the transaction's own references) as its id. The
 * other party is the creditor for money out and the debtor for money in (RltdPties); the
 * reference is the unstructured remittance information, else the additional entry information.
 */
export const camt053: AccountFeedAdapter = {
  format: "camt053",
  parse: (text) => {
    const read = readXml(text, new Set(["Stmt", "Ntry", "NtryDtls", "TxDtls", "Ustrd"]))
    if ("problem" in read) return unreadable(read.line, read.problem)
    const statements = listAt(read.document, "Document", "BkToCstmrStmt", "Stmt")
    if (statements.length === 0)
      return unreadable(1, "the file has no camt.053 statement (Document/BkToCstmrStmt/Stmt)")
    const found = collector()
    const lines = linesOf(text, /<(?:[A-Za-z0-9_-]+:)?Ntry[\s>]/g)
    let n = 0
    for (const statement of statements) {
      for (const entry of listAt(statement, "Ntry")) {
        const line = lines[n++] ?? 1
        const status = (textAt(entry, "Sts", "Cd") || textAt(entry, "Sts")).trim().toUpperCase()
        if (status === "INFO") continue
        if (status !== "BOOK" && status !== "PDNG") {
          found.problem(line, `Sts ${JSON.stringify(status)} is not BOOK, PDNG or INFO`)
          continue
        }
        const currency = textAt(entry, "Amt", "@Ccy").trim().toUpperCase()
        if (currency !== "GBP") {
          found.problem(line, `Amt is in ${currency || "no currency"}, not pounds sterling (GBP)`)
          continue
        }
        const direction = textAt(entry, "CdtDbtInd").trim().toUpperCase()
        if (direction !== "CRDT" && direction !== "DBIT") {
          found.problem(line, `CdtDbtInd ${JSON.stringify(direction)} is not CRDT or DBIT`)
          continue
        }
        const amount = amountOf(textAt(entry, "Amt"), "Amt")
        if (typeof amount === "string" || amount < 0) {
          found.problem(
            line,
            typeof amount === "string"
              ? amount
              : "Amt must not be below zero; CdtDbtInd gives the direction",
          )
          continue
        }
        const transaction = listAt(entry, "NtryDtls").flatMap((d) => listAt(d, "TxDtls"))[0]
        const party = direction === "DBIT" ? "Cdtr" : "Dbtr"
        const counterparty = firstText(transaction, [
          ["RltdPties", party, "Pty", "Nm"],
          ["RltdPties", party, "Nm"],
        ])
        const remittance = listAt(transaction, "RmtInf", "Ustrd")
          .map((u) => (typeof u === "string" ? u : textAt(u, "#text")))
          .join(" ")
        found.add(
          line,
          feedTransaction({
            sourceId:
              firstText(entry, [["AcctSvcrRef"], ["NtryRef"]]) ||
              firstText(transaction, [
                ["Refs", "AcctSvcrRef"],
                ["Refs", "TxId"],
                ["Refs", "EndToEndId"],
              ]),
            status: status === "BOOK" ? "booked" : "pending",
            bookingDate: (textAt(entry, "BookgDt", "Dt") || textAt(entry, "BookgDt", "DtTm"))
              .trim()
              .slice(0, 10),
            amountPence: direction === "DBIT" ? -amount : amount,
            counterparty,
            reference: remittance || textAt(entry, "AddtlNtryInf"),
          }),
        )
      }
    }
    return found.result()
  },
}
