import { readFileSync } from "node:fs"
import { join } from "node:path"
import { Actor, Referral, runExport } from "@openpb/core"
import { ageOn, loadPlugin } from "@openpb/plugin-sdk"
import { testDatabaseKind } from "@openpb/store/testing"
import { Effect, Schema, Stream } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  CldDeliveryMechanism,
  CldRouteOfAccess,
  cldColumns,
  defaultRouteOfAccess,
  englandReturns,
  PrimarySupportReason,
  ReferralSource,
} from "../src/index.ts"
import { COUNCIL, LA_CODE, type Northmere, openReturnsHarness, seedNorthmere } from "./seed.ts"

/** The shape of test/fixtures/cld-release1.json, decoded so a malformed fixture fails loudly. */
const CldFixture = Schema.Struct({
  release: Schema.Literal("CLD Release 1"),
  source: Schema.Struct({
    specification: Schema.Struct({ title: Schema.String, collectedUnder: Schema.String }),
    fieldOrder: Schema.Struct({ table: Schema.String }),
    mandatory: Schema.Struct({ procedure: Schema.Literal("ASC_Sandbox.GetDQValues") }),
    codes: Schema.Struct({
      routeOfAccess: Schema.Struct({
        status: Schema.Literal("check against the current CLD spec"),
      }),
    }),
  }),
  fields: Schema.Array(
    Schema.Struct({
      name: Schema.String,
      module: Schema.Literals([
        "submission",
        "person",
        "event",
        "requests",
        "assessments",
        "carers",
        "services",
        "reviews",
        "costs",
      ]),
      mandatory: Schema.Literals(["yes", "no", "conditional", "not stated"]),
      appliesTo: Schema.optionalKey(
        Schema.Struct({
          eventTypes: Schema.optionalKey(Schema.Array(Schema.String)),
          clientTypes: Schema.optionalKey(Schema.Array(Schema.String)),
        }),
      ),
      mandatoryWhen: Schema.optionalKey(Schema.String),
      note: Schema.optionalKey(Schema.String),
    }),
  ),
  codes: Schema.Record(Schema.String, Schema.Array(Schema.String)),
})
type CldField = (typeof CldFixture.Type)["fields"][number]

const fixture = Schema.decodeUnknownSync(Schema.fromJsonString(CldFixture))(
  readFileSync(new URL("./fixtures/cld-release1.json", import.meta.url), "utf8"),
)
const fieldNames = fixture.fields.map((f) => f.name)
const codesOf = (field: string): ReadonlyArray<string> => {
  const codes = fixture.codes[field]
  if (codes === undefined) throw new Error(`the fixture has no code list for ${field}`)
  return codes
}

/** One line of the JSON Lines file, by column key. */
const ExportedRow = Schema.Record(
  Schema.String,
  Schema.NullOr(Schema.Union([Schema.String, Schema.Number])),
)
const decodeExportedRow = Schema.decodeUnknownSync(Schema.fromJsonString(ExportedRow))

/** A row by the specification's field names (the header test proves the columns carry them). */
type SpecRow = Readonly<Record<string, string | number | null>>
const bySpecName = (row: typeof ExportedRow.Type): SpecRow =>
  Object.fromEntries(cldColumns.map((c) => [c.header, row[c.key] ?? null]))

const filled = (value: string | number | null | undefined) =>
  value !== null && value !== undefined && value !== ""

const harness = await openReturnsHarness()
const finance = new Actor({ subject: "fin@northmere", roles: ["finance"], councilId: COUNCIL })
const Q3 = { from: "2026-10-01", to: "2026-12-31" }

let northmere: Northmere
let rows: ReadonlyArray<SpecRow>
let csvHeader: string

const exportQ3 = async (format: "csv" | "jsonl") => {
  const result = await harness.run(
    runExport({ exporterId: "england-cld", format, parameters: { quarter: Q3 } }),
    finance,
  )
  expect(result.status).toBe("completed")
  return readFileSync(join(harness.directory, result.location!), "utf8")
}

beforeAll(async () => {
  northmere = await seedNorthmere(harness.run, harness.clock)
  csvHeader = (await exportQ3("csv")).split("\r\n")[0]!
  rows = (await exportQ3("jsonl"))
    .trimEnd()
    .split("\n")
    .map((line) => bySpecName(decodeExportedRow(line)))
}, 300_000)

afterAll(() => harness.close())

const personOf = (row: SpecRow) => {
  const person = northmere.seeded.find((s) => s.personId === row["LA Person Unique Identifier"])
  if (person === undefined) throw new Error(`row of an unknown person: ${row["Event Reference"]}`)
  return person
}

const isFinancialAssessment = (row: SpecRow) => row["Assessment Type"] === "Financial Assessment"
const startsWith = (value: string | number | null | undefined, prefix: string) =>
  typeof value === "string" && value.startsWith(prefix)

const appliesTo = (field: CldField, row: SpecRow) =>
  (field.appliesTo?.eventTypes?.includes(String(row["Event Type"])) ?? true) &&
  (field.appliesTo?.clientTypes?.includes(String(row["Client Type"])) ?? true)

/**
 * When each conditional field is mandatory, as the fixture's `mandatoryWhen` words it (from
 * GetDQValues). Checked against the fixture below, so a new conditional field needs a rule here.
 */
const costsMandatory = (row: SpecRow) =>
  row["Delivery Mechanism"] !== "CASSR Commissioned Support" &&
  (startsWith(row["Service Type"], "Long Term") ||
    startsWith(row["Service Type"], "Carer Support") ||
    ["Short Term Residential Care", "Short Term Nursing Care", "Carer Respite"].includes(
      String(row["Service Component"]),
    ))
const mandatoryWhen: Readonly<Record<string, (row: SpecRow) => boolean>> = {
  "Primary Support Reason": (row) => row["Event Type"] !== "Request",
  "Employment Status": (row) => {
    const age = ageOn(String(row["Date of Birth"]), String(row["Reporting Period End Date"]))
    return (
      row["Client Type"] === "Service User" &&
      age >= 18 &&
      age < 65 &&
      row["Primary Support Reason"] === "Learning Disability Support"
    )
  },
  "Client Funding Status": (row) =>
    row["Event Type"] === "Service" || row["Event Type"] === "Review" || isFinancialAssessment(row),
  "Event End Date": (row) => row["Event Type"] !== "Service" || filled(row["Date of Death"]),
  "Event Outcome": (row) => !isFinancialAssessment(row),
  "Method of Assessment": (row) => !isFinancialAssessment(row),
  "Review Outcomes Achieved": (row) => row["Review Reason"] === "Planned",
  "Unit Cost": costsMandatory,
  "Cost Frequency (Unit Type)": costsMandatory,
  "Planned units per week": costsMandatory,
}

const isMandatoryOn = (field: CldField, row: SpecRow) =>
  appliesTo(field, row) &&
  (field.mandatory === "yes" ||
    (field.mandatory === "conditional" && (mandatoryWhen[field.name]?.(row) ?? false)))

/**
 * Mandatory fields OpenPB holds, filled on every row where they are mandatory. NHS number, date
 * of birth, gender and ethnicity are held when recorded, and the seed records them for everyone.
 */
const heldByOpenPB: ReadonlySet<string> = new Set([
  "LA Code",
  "Reporting Period Start Date",
  "Reporting Period End Date",
  "NHS Number",
  "LA Person Unique Identifier",
  "Gender",
  "Ethnicity",
  "Date of Birth",
  "Client Type",
  "Primary Support Reason",
  "Has Unpaid Carer",
  "Event Type",
  "Event Start Date",
  "Request: Route of Access",
  "Service Type",
  "Review Reason",
  "Unit Cost",
  "Cost Frequency (Unit Type)",
  "Planned units per week",
])
/** Mandatory fields known only once the event ends: blank while it is open, never guessed. */
const heldOnceEnded: ReadonlySet<string> = new Set(["Event End Date", "Event Outcome"])
/**
 * Mandatory fields OpenPB does not hold, or holds for some events only (an assessment type for a
 * financial assessment, a service component for a direct payment): the README's blank list.
 */
const notYetHeld: ReadonlySet<string> = new Set([
  "Postcode",
  "Accommodation Status",
  "Employment Status",
  "Client Funding Status",
  "Assessment Type",
  "Method of Assessment",
  "Service Component",
  "Review Outcomes Achieved",
  "Method of Review",
])

/** Events the seed leaves open at the quarter's end: a request still considered, a service not ended. */
const openAtQuarterEnd = (row: SpecRow) => {
  const person = personOf(row)
  if (row["Event Type"] === "Request") return person.path === "considering"
  if (row["Event Type"] === "Service") return !northmere.endings.has(person.key)
  return false
}

describe(`the CLD return against the Release 1 fixture, on ${testDatabaseKind()}`, () => {
  it("holds the 50 Release 1 fields once each, every conditional one with its condition", () => {
    expect(fieldNames).toHaveLength(50)
    expect(new Set(fieldNames).size).toBe(fieldNames.length)
    const conditional = fixture.fields.filter((f) => f.mandatory === "conditional")
    for (const field of conditional) expect(field.mandatoryWhen, field.name).toBeDefined()
    expect(conditional.map((f) => f.name).sort()).toEqual(Object.keys(mandatoryWhen).sort())
  })

  it("writes the fixture's fields as its header, in the specification's order", () => {
    expect(csvHeader).toBe(fieldNames.join(","))
    expect(cldColumns.map((c) => c.header)).toEqual(fieldNames)
    expect(new Set(cldColumns.map((c) => c.key)).size).toBe(cldColumns.length)
  })

  it("writes only values of the fixture's code lists in coded columns", () => {
    const coded = [
      "Client Type",
      "Event Type",
      "Service Type",
      "Service Component",
      "Delivery Mechanism",
      "Primary Support Reason",
      "Event Outcome",
      "Request: Route of Access",
    ]
    for (const field of coded) {
      const written = rows.map((r) => r[field]).filter(filled)
      // The seed exercises every coded column, so the check below is never vacuous.
      expect(written.length, field).toBeGreaterThan(0)
      for (const value of written) expect(codesOf(field), field).toContain(value)
    }
    // Every other listed column (Accommodation Status) is held to its list too.
    for (const field of Object.keys(fixture.codes)) {
      expect(fieldNames, field).toContain(field)
      for (const value of rows.map((r) => r[field]).filter(filled))
        expect(codesOf(field), field).toContain(value)
    }
  })

  it("keeps the plugin's value lists to the fixture's", () => {
    expect([...CldRouteOfAccess.literals]).toEqual(codesOf("Request: Route of Access"))
    expect([...CldDeliveryMechanism.literals]).toEqual(codesOf("Delivery Mechanism"))
    expect([...PrimarySupportReason.literals]).toEqual(codesOf("Primary Support Reason"))
    for (const route of Object.values(defaultRouteOfAccess))
      expect(codesOf("Request: Route of Access")).toContain(route)
    // The plugin maps every referral source core records, and no other.
    expect([...ReferralSource.literals].sort()).toEqual([...Referral.fields.source.literals].sort())
  })

  it("fills every mandatory field OpenPB holds wherever it is mandatory", () => {
    const mandatory = fixture.fields.filter(
      (f) => f.mandatory === "yes" || f.mandatory === "conditional",
    )
    // Each mandatory field is classified once, so a field added to the fixture needs a decision.
    const classified = [...heldByOpenPB, ...heldOnceEnded, ...notYetHeld]
    expect(new Set(classified).size).toBe(classified.length)
    expect(classified.sort()).toEqual(mandatory.map((f) => f.name).sort())

    const checked = new Map<string, number>()
    for (const row of rows) {
      for (const field of mandatory) {
        if (notYetHeld.has(field.name) || !isMandatoryOn(field, row)) continue
        checked.set(field.name, (checked.get(field.name) ?? 0) + 1)
        const where = `${field.name} on ${row["Event Reference"]}`
        if (heldOnceEnded.has(field.name) && openAtQuarterEnd(row))
          expect(row[field.name], where).toBeNull()
        else expect(filled(row[field.name]), where).toBe(true)
      }
    }
    // Every held field was checked on some row of the seed.
    for (const field of [...heldByOpenPB, ...heldOnceEnded])
      expect(checked.get(field) ?? 0, field).toBeGreaterThan(0)

    const requests = rows.filter((r) => r["Event Type"] === "Request")
    expect(requests.length).toBeGreaterThan(0)
    for (const request of requests) expect(filled(request["Request: Route of Access"])).toBe(true)
    for (const row of rows) expect(row["LA Code"]).toBe(LA_CODE)
  })

  it("reports a hospital referral as a discharge and a GP's as the community route, on requests only", () => {
    const requestOf = (key: string) =>
      rows.find(
        (r) =>
          r["Event Type"] === "Request" &&
          r["LA Person Unique Identifier"] === northmere.byKey(key).personId,
      )
    expect(requestOf("D15")?.["Request: Route of Access"]).toBe("Discharge from Hospital")
    expect(requestOf("D16")?.["Request: Route of Access"]).toBe("Community / Other route")
    // A declined request and an open one carry their route too.
    expect(requestOf("H31")?.["Request: Route of Access"]).toBe("Discharge from Hospital")
    expect(requestOf("H33")?.["Request: Route of Access"]).toBe("Community / Other route")
    for (const row of rows) {
      const source = personOf(row).referralSource ?? "practitioner"
      expect(row["Request: Route of Access"], String(row["Event Reference"])).toBe(
        row["Event Type"] === "Request" ? defaultRouteOfAccess[source] : null,
      )
    }
  })

  it("lets a council report a referral source under another route of access", async () => {
    const loaded = await Effect.runPromise(
      loadPlugin(
        englandReturns.with({
          laCode: LA_CODE,
          routeOfAccess: { hospital: "Diversion from Hospital Services" },
        }),
      ),
    )
    const cld = loaded.exporters.find((e) => e.id === "england-cld")!
    const requests = (
      await harness.run(Stream.runCollect(cld.rows({ quarter: Q3 }, { councilId: COUNCIL })))
    ).filter((r) => r.event_type === "Request")
    const routeOf = (key: string) =>
      requests.find((r) => r.la_person_unique_identifier === northmere.byKey(key).personId)
        ?.request_route_of_access
    expect(routeOf("D15")).toBe("Diversion from Hospital Services")
    expect(routeOf("H31")).toBe("Diversion from Hospital Services")
    // Sources the council left out keep the default.
    expect(routeOf("D16")).toBe("Community / Other route")
    expect(routeOf("E18")).toBe("Community / Other route")
  })
})
