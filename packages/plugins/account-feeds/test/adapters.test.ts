import { readFileSync } from "node:fs"
import { join } from "node:path"
import type { FeedTransaction, ParsedFeed } from "@openpb/plugin-sdk"
import { describe, expect, it } from "vitest"
import { bankCsv, camt053, cardCsv, ofx } from "../src/index.ts"

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8")

const read = (feed: ParsedFeed): ReadonlyArray<FeedTransaction> => {
  if (feed._tag === "Unreadable") throw new Error(JSON.stringify(feed.problems))
  return feed.transactions
}

const bankColumns = {
  date: "Date",
  dateFormat: "DD/MM/YYYY",
  debit: "Money Out",
  credit: "Money In",
  payee: "Description",
  reference: "Reference",
} as const

describe("bank CSV", () => {
  it("reads debits and credits into signed pence, with ids made from the rows", () => {
    const transactions = read(bankCsv.parse(fixture("bank-statement.csv"), bankColumns))
    expect(transactions.map((t) => [t.bookingDate, t.amountPence, t.counterparty])).toEqual([
      ["2026-10-01", 120_000, "COUNCIL DIRECT PAYMENT"],
      ["2026-10-03", -41_250, "SUNRISE HOME CARE LTD"],
      ["2026-10-07", -3_500, "CITY LEISURE CENTRE"],
      ["2026-10-07", -3_500, "CITY LEISURE CENTRE"],
      ["2026-10-12", -18_000, "J SMITH, PA WAGES"],
    ])
    expect(transactions.every((t) => t.status === "booked")).toBe(true)
    // Two identical swims on one day stay two transactions, and reading again gives the same ids.
    const ids = transactions.map((t) => t.sourceId)
    expect(new Set(ids).size).toBe(5)
    expect(
      read(bankCsv.parse(fixture("bank-statement.csv"), bankColumns)).map((t) => t.sourceId),
    ).toEqual(ids)
    // An account number in a reference is not kept.
    expect(transactions[0]?.reference).toBe("DP OCT ••••")
  })

  it("reads one signed amount column and an id column", () => {
    const text =
      "Id,Posted,Amount,Payee\nA1,2026-10-02,-12.40,Metro Taxis\nA2,2026-10-03,(5.00),Corner Shop\n"
    const transactions = read(
      bankCsv.parse(text, { date: "Posted", amount: "Amount", payee: "Payee", id: "Id" }),
    )
    expect(transactions.map((t) => [t.sourceId, t.amountPence])).toEqual([
      ["A1", -1_240],
      ["A2", -500],
    ])
  })

  it("refuses a file naming a column it lacks, and a bad row with its line", () => {
    const missing = bankCsv.parse(fixture("bank-statement.csv"), { ...bankColumns, payee: "Payee" })
    expect(missing).toEqual({
      _tag: "Unreadable",
      problems: [{ line: 1, problem: 'the header row has no column named "Payee"' }],
    })
    const text =
      'Date,Description,Reference,Money Out,Money In\n01/10/2026,A,,1.00,\n"02/10/2026",B,"two\nlines",12.3.4,\n31/02/2026,C,,1.00,\n'
    const bad = bankCsv.parse(text, bankColumns)
    expect(bad._tag).toBe("Unreadable")
    expect(bad._tag === "Unreadable" && bad.problems.map((p) => p.line)).toEqual([3, 5])
  })
})

describe("OFX", () => {
  it("reads an SGML statement's STMTTRN: FITID, TRNAMT, DTPOSTED, NAME and MEMO", () => {
    const transactions = read(ofx.parse(fixture("statement.ofx"), undefined))
    expect(
      transactions.map((t) => [t.sourceId, t.bookingDate, t.amountPence, t.counterparty]),
    ).toEqual([
      ["202610010001", "2026-10-01", 120_000, "COUNCIL DIRECT PAYMENT"],
      ["202610030001", "2026-10-03", -41_250, "SUNRISE HOME CARE LTD"],
      ["202610070001", "2026-10-07", -3_500, "CITY LEISURE CENTRE"],
      // 0.29 is where a float goes wrong (0.29 * 100 is 28.999...): this is 29 pence.
      ["202610150001", "2026-10-15", -29, "M&S SIMPLY FOOD"],
    ])
    // The card number in a memo is masked.
    expect(transactions[2]?.reference).toBe("SWIM PASS CARD ••••")
  })

  it("reads the XML form (OFX 2) the same way", () => {
    const xml = `<?xml version="1.0"?><?OFX OFXHEADER="200" VERSION="220"?>
<OFX><CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS><CURDEF>GBP</CURDEF><BANKTRANLIST>
<STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20261009</DTPOSTED><TRNAMT>-7.5</TRNAMT><FITID>X9</FITID><PAYEE><NAME>Bus Co</NAME></PAYEE></STMTTRN>
</BANKTRANLIST></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>`
    expect(read(ofx.parse(xml, undefined))).toEqual([
      {
        sourceId: "X9",
        status: "booked",
        bookingDate: "2026-10-09",
        amountPence: -750,
        counterparty: "Bus Co",
        reference: "",
      },
    ])
  })

  it("refuses a bad amount at its transaction's line", () => {
    const text = fixture("statement.ofx").replace("<TRNAMT>-412.50", "<TRNAMT>-412,5x")
    const feed = ofx.parse(text, undefined)
    expect(feed._tag).toBe("Unreadable")
    expect(feed._tag === "Unreadable" && feed.problems[0]?.line).toBe(
      text.split("\n").indexOf("<STMTTRN>", 46) + 1,
    )
  })
})

describe("camt.053", () => {
  it("reads each Ntry: amount and direction, booking date, status, reference and the other party", () => {
    const transactions = read(camt053.parse(fixture("statement.camt053.xml"), undefined))
    expect(transactions).toEqual([
      {
        sourceId: "BUKB-20261001-000117",
        status: "booked",
        bookingDate: "2026-10-01",
        amountPence: 120_000,
        counterparty: "Reference Borough Council",
        reference: "DIRECT PAYMENT OCTOBER",
      },
      {
        sourceId: "BUKB-20261003-000342",
        status: "booked",
        bookingDate: "2026-10-03",
        amountPence: -41_250,
        counterparty: "Sunrise Home Care Ltd",
        reference: "INV 2231",
      },
      {
        sourceId: "BUKB-20261030-000901",
        status: "pending",
        bookingDate: "2026-10-30",
        amountPence: -3_500,
        counterparty: "City Leisure Centre",
        reference: "",
      },
    ])
  })

  it("refuses XML that is not well formed, and an entry in another currency, by line", () => {
    const broken = camt053.parse("<Document>\n<BkToCstmrStmt>\n</Document>", undefined)
    expect(broken._tag === "Unreadable" && broken.problems[0]?.line).toBe(3)
    const euros = fixture("statement.camt053.xml").replace(
      '<Amt Ccy="GBP">412.50',
      '<Amt Ccy="EUR">412.50',
    )
    const feed = camt053.parse(euros, undefined)
    expect(feed._tag === "Unreadable" && feed.problems).toEqual([
      { line: 34, problem: "Amt is in EUR, not pounds sterling (GBP)" },
    ])
  })
})

describe("prepaid-card CSV", () => {
  it("reads settled and pending card transactions with their merchant category codes, leaving out declined ones", () => {
    const transactions = read(cardCsv.parse(fixture("card-transactions.csv"), undefined))
    expect(
      transactions.map((t) => [
        t.sourceId,
        t.status,
        t.bookingDate,
        t.amountPence,
        t.merchantCategoryCode,
      ]),
    ).toEqual([
      ["TX-0001", "booked", "2026-10-03", -3_500, "7997"],
      ["TX-0002", "booked", "2026-10-05", -1_240, "4121"],
      ["TX-0003", "pending", "2026-10-29", -1_899, "5970"],
      ["TX-0005", "booked", "2026-10-07", -6_000, "5999"],
    ])
  })

  it("gives the settlement of a pending transaction the same id, with its settled amount and date", () => {
    const [settled] = read(cardCsv.parse(fixture("card-transactions-settled.csv"), undefined))
    expect(settled).toMatchObject({
      sourceId: "TX-0003",
      status: "booked",
      bookingDate: "2026-10-31",
      amountPence: -1_949,
    })
  })
})
