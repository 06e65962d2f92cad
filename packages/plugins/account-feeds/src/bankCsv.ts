import { type AccountFeedAdapter, type BankCsvColumns, monitoringText } from "@openpb/plugin-sdk"
import { readRows } from "./csv.ts"
import { amountOf, collector, feedTransaction, unreadable } from "./transactions.ts"

/** A day as the column writes it, as YYYY-MM-DD (checked to exist later). */
const dayOf = (text: string, format: BankCsvColumns["dateFormat"]): string | undefined => {
  const value = text.trim()
  if (format === "DD/MM/YYYY") {
    const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value)
    return match === null
      ? undefined
      : `${match[3]}-${match[2]!.padStart(2, "0")}-${match[1]!.padStart(2, "0")}`
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined
}

/**
 * A bank's CSV export, its columns named by the importer: a date, one signed amount or a
 * debit and a credit column, the payee, and optionally a reference and a transaction id. Every
 * row is booked (a bank's export lists what has cleared). Without an id column a row is known by
 * its content and how many identical rows came before it in the file, so the same file read
 * again gives the same ids, and two identical payments on one day stay two.
 */
export const bankCsv: AccountFeedAdapter = {
  format: "bank-csv",
  parse: (text, columns) => {
    if (columns === undefined) return unreadable(1, "a bank's CSV needs its columns named")
    const required = [
      columns.date,
      columns.payee,
      ...(columns.amount === undefined
        ? [columns.debit ?? "", columns.credit ?? ""]
        : [columns.amount]),
      ...(columns.reference === undefined ? [] : [columns.reference]),
      ...(columns.id === undefined ? [] : [columns.id]),
    ]
    const read = readRows(text, required)
    if ("_tag" in read) return read
    const found = collector()
    const seen = new Map<string, number>()
    for (const row of read.rows) {
      const day = dayOf(row.cell(columns.date), columns.dateFormat)
      if (day === undefined) {
        found.problem(
          row.line,
          `${columns.date}: ${JSON.stringify(row.cell(columns.date))} is not a date as ${columns.dateFormat ?? "YYYY-MM-DD"}`,
        )
        continue
      }
      let amount: number | string
      if (columns.amount !== undefined)
        amount = amountOf(row.cell(columns.amount), `${columns.amount}:`)
      else {
        const debitText = row.cell(columns.debit ?? "").trim()
        const creditText = row.cell(columns.credit ?? "").trim()
        if ((debitText === "") === (creditText === ""))
          amount = `give one of ${columns.debit} and ${columns.credit}, not ${debitText === "" ? "neither" : "both"}`
        else {
          const value =
            debitText === ""
              ? amountOf(creditText, `${columns.credit}:`)
              : amountOf(debitText, `${columns.debit}:`)
          // A debit column holds money out as a positive figure.
          amount =
            typeof value === "string"
              ? value
              : debitText === ""
                ? Math.abs(value)
                : -Math.abs(value)
        }
      }
      if (typeof amount === "string") {
        found.problem(row.line, amount)
        continue
      }
      const payee = row.cell(columns.payee)
      const reference = columns.reference === undefined ? "" : row.cell(columns.reference)
      let sourceId = columns.id === undefined ? "" : row.cell(columns.id).trim()
      if (columns.id === undefined) {
        // The text as kept (spaces collapsed, numbers masked), so the id holds no line break.
        const content = `${day}|${amount}|${monitoringText(payee).slice(0, 60)}|${monitoringText(reference).slice(0, 60)}`
        const n = (seen.get(content) ?? 0) + 1
        seen.set(content, n)
        sourceId = `${content}|${n}`
      }
      found.add(
        row.line,
        feedTransaction({
          sourceId,
          status: "booked",
          bookingDate: day,
          amountPence: amount,
          counterparty: payee,
          reference,
        }),
      )
    }
    return found.result()
  },
}
