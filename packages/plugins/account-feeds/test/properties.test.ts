import { decimalTextOfPence, type ParsedFeed } from "@openpb/plugin-sdk"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { bankCsv, cardCsv } from "../src/index.ts"

const transactionsOf = (feed: ParsedFeed) => {
  if (feed._tag === "Unreadable") throw new Error(JSON.stringify(feed.problems))
  return feed.transactions
}

/** A CSV field, quoted when it must be. */
const field = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text)

const day = fc
  .record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ m, d }) => `2026-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`)
const payee = fc.constantFrom(
  "City Leisure Centre",
  "Metro Taxis",
  'The "Art" Shop, Ltd',
  "J Smith\nPA",
)
const row = fc.record({
  day,
  pence: fc.integer({ min: -5_000_000, max: 5_000_000 }).filter((p) => p !== 0),
  payee,
  reference: fc.constantFrom("", "INV 1", "WEEK 41"),
})

describe("statement readers, for any file", () => {
  it("a bank CSV's amounts come back as the pence written, and its rows keep distinct ids that a second reading repeats", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        // Rows repeat on purpose: two identical payments on one day stay two transactions.
        const all = [...rows, ...rows.slice(0, 3)]
        const text = [
          "Date,Amount,Payee,Reference",
          ...all.map((r) =>
            [r.day, decimalTextOfPence(r.pence), field(r.payee), field(r.reference)].join(","),
          ),
        ].join("\r\n")
        const columns = { date: "Date", amount: "Amount", payee: "Payee", reference: "Reference" }
        const first = transactionsOf(bankCsv.parse(text, columns))
        const second = transactionsOf(bankCsv.parse(text, columns))
        expect(first.map((t) => t.amountPence)).toEqual(all.map((r) => r.pence))
        expect(new Set(first.map((t) => t.sourceId)).size).toBe(all.length)
        expect(second.map((t) => t.sourceId)).toEqual(first.map((t) => t.sourceId))
        expect(first.every((t) => !/[\r\n]/.test(t.counterparty + t.sourceId))).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it("a card CSV's settlement keeps its authorisation's id, with the settled amount", () => {
    fc.assert(
      fc.property(row, fc.integer({ min: 1, max: 5_000 }), (r, tip) => {
        const header =
          "transaction_id,status,transaction_date,settlement_date,merchant_name,mcc,amount,currency"
        const line = (status: string, pence: number, settled: string) =>
          [
            "TX-1",
            status,
            r.day,
            settled,
            field(r.payee),
            "7997",
            decimalTextOfPence(pence),
            "GBP",
          ].join(",")
        const [pending] = transactionsOf(
          cardCsv.parse(`${header}\n${line("pending", r.pence, "")}\n`, undefined),
        )
        const [settled] = transactionsOf(
          cardCsv.parse(`${header}\n${line("settled", r.pence - tip, "2026-12-01")}\n`, undefined),
        )
        expect(pending?.status).toBe("pending")
        expect(settled).toMatchObject({
          sourceId: pending?.sourceId,
          status: "booked",
          amountPence: r.pence - tip,
          bookingDate: "2026-12-01",
        })
      }),
    )
  })
})
