import type { AccountFeedAdapter } from "@openpb/plugin-sdk"
import { readRows } from "./csv.ts"
import { amountOf, collector, feedTransaction } from "./transactions.ts"

/**
 * The columns of a prepaid-card provider's transaction export, as the card programmes councils
 * use for direct payments give them (one row per authorisation or settlement, the card scheme's
 * merchant category code on each purchase). Names are compared ignoring case.
 */
export const cardCsvColumns = {
  id: "transaction_id",
  status: "status",
  date: "transaction_date",
  settledOn: "settlement_date",
  merchant: "merchant_name",
  mcc: "mcc",
  amount: "amount",
  currency: "currency",
  description: "description",
} as const

const pending = new Set(["pending", "authorised", "authorized"])
const settled = new Set(["settled", "cleared", "posted", "completed"])
/** No money moved: the row is left out. */
const void_ = new Set(["declined", "reversed", "expired", "cancelled"])

/**
 * A prepaid-card provider's transaction CSV: a pending authorisation and its later settlement
 * share the transaction id, so the settlement updates the pending transaction in place. Amounts
 * are signed as the provider gives them (a purchase below zero). Declined and reversed
 * authorisations moved no money and are left out.
 */
export const cardCsv: AccountFeedAdapter = {
  format: "card-csv",
  parse: (text) => {
    const c = cardCsvColumns
    const read = readRows(text, [c.id, c.status, c.date, c.merchant, c.amount])
    if ("_tag" in read) return read
    const found = collector()
    for (const row of read.rows) {
      const status = row.cell(c.status).trim().toLowerCase()
      if (void_.has(status)) continue
      if (!pending.has(status) && !settled.has(status)) {
        found.problem(
          row.line,
          `${c.status}: ${JSON.stringify(status)} is not pending, settled, declined or reversed`,
        )
        continue
      }
      const currency = row.cell(c.currency).trim().toUpperCase()
      if (currency !== "" && currency !== "GBP") {
        found.problem(row.line, `${c.currency}: ${currency} is not pounds sterling`)
        continue
      }
      const amount = amountOf(row.cell(c.amount), `${c.amount}:`)
      if (typeof amount === "string") {
        found.problem(row.line, amount)
        continue
      }
      const isSettled = settled.has(status)
      const settledOn = row.cell(c.settledOn).trim()
      const day = (isSettled && settledOn !== "" ? settledOn : row.cell(c.date).trim()).slice(0, 10)
      found.add(
        row.line,
        feedTransaction({
          sourceId: row.cell(c.id),
          status: isSettled ? "booked" : "pending",
          bookingDate: day,
          amountPence: amount,
          counterparty: row.cell(c.merchant),
          merchantCategoryCode: row.cell(c.mcc),
          reference: row.cell(c.description),
        }),
      )
    }
    return found.result()
  },
}
