import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { csvField, entryFromOruk, readCsv, servicesFromCsv } from "../src/index.ts"

const specials = ['"', ",", "\r\n", "\n", "\r", '""', "é", "😀", " "]
const text = fc
  .array(fc.oneof(fc.string({ unit: "grapheme" }), fc.constantFrom(...specials)), {
    maxLength: 5,
  })
  .map((parts) => parts.join(""))

describe("reading CSV", () => {
  it("reads back whatever the export encoder writes, with CRLF or LF between records", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom("\r\n", "\n"),
        (records, newline) => {
          const csv = records
            .map((record) => record.map((field) => csvField(field, false)).join(","))
            .join(newline)
          const read = readCsv(csv)
          expect("records" in read ? read.records : read).toEqual(records)
        },
      ),
    )
  })

  it("skips blank lines and a byte-order mark, and names the line of broken quoting", () => {
    expect(readCsv('\uFEFFa,b\r\n\r\n"x\ny",z\n')).toEqual({
      records: [
        ["a", "b"],
        ["x\ny", "z"],
      ],
      lines: [1, 3],
    })
    expect(readCsv('a,b\nc,"d')).toEqual({ line: 2, problem: "a quote that is never closed" })
    expect(readCsv('a,b\nc,d"e')).toEqual({
      line: 2,
      problem: "a quote inside a field that is not quoted",
    })
    expect(readCsv('a,"b"c')).toEqual({ line: 1, problem: "text after a closing quote" })
  })
})

describe("a directory as CSV", () => {
  const header =
    "id,name,organisation_name,languages,service_areas,postal_code,city,cost_amount,cost_option,kind,categories,cultural_fit,keywords,minimum_age"

  it("reads a row as the feed's service, listed by the same rules as a JSON feed", () => {
    const read = servicesFromCsv(
      `${header}\r\nsvc-1,Razem Peer Support,Razem,Polish; English,Chapeltown,ls7 3ab,Leeds,£4.50,Per session,community-activity,peer-support-and-community,Polish community,Mental wellbeing,18\r\n`,
    )
    if (!("rows" in read)) throw new Error(read.message)
    const [row] = read.rows
    if (row === undefined || !("service" in row)) throw new Error("the row was refused")
    const made = entryFromOruk(row.service)
    if (!("entry" in made)) throw new Error(made.reasons.join("; "))
    expect(made.entry).toMatchObject({
      sourceId: "svc-1",
      kind: "community-activity",
      name: "Razem Peer Support",
      languages: ["Polish", "English"],
      areas: ["Chapeltown", "Leeds"],
      locations: [{ postcode: "LS7 3AB", postcodeDistrict: "LS7" }],
      costs: [{ amountPence: 450, per: "Per session", description: null }],
      categories: ["peer-support-and-community"],
      culturalFit: ["Polish community"],
      keywords: ["Mental wellbeing"],
      minimumAge: 18,
    })
  })

  it("refuses a row it cannot read with its reasons, and a file it cannot read whole", () => {
    const read = servicesFromCsv(
      `${header}\n,No id,Org,,,,,,,,,,,\nsvc-2,Short row\nsvc-3,Bad,Org,,,,,2.345,,,,,,eighteen\n`,
    )
    if (!("rows" in read)) throw new Error(read.message)
    expect(read.rows).toEqual([
      { serviceId: "row 2", reasons: ["id: a service must have an id"] },
      { serviceId: "svc-2", reasons: ["row 3: has 2 fields where the header has 14"] },
      {
        serviceId: "svc-3",
        reasons: [
          "minimum_age: eighteen is not an age in whole years",
          "cost_amount: 2.345 is not an amount in pounds and pence",
        ],
      },
    ])
    expect(servicesFromCsv("id,name,colour\n1,A,red\n")).toMatchObject({
      path: ["csv"],
      message: expect.stringContaining('unknown column "colour"'),
    })
    expect(servicesFromCsv("id,languages\n1,Polish\n")).toEqual({
      path: ["csv"],
      message: "the header has no name column",
    })
    expect(servicesFromCsv('id,name\n1,"A\n')).toEqual({
      path: ["csv"],
      message: "line 2: a quote that is never closed",
    })
    expect(servicesFromCsv("")).toEqual({ path: ["csv"], message: "has no header row" })
  })
})
