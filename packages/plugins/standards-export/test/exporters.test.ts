import { CouncilId, makeEncoder, type PlanExportRecord } from "@openpb/core"
import { ExportSource, ReportingFacts, ReturnsSource } from "@openpb/plugin-sdk"
import { Effect, Layer, Stream } from "effect"
import { describe, expect, it } from "vitest"
import {
  MODS_FIELDS,
  modsColumns,
  modsServicesExporter,
  PRSB_FIELDS,
  type PrsbDocument,
  prsbColumns,
  prsbPlansExporter,
  STANDARDS_PAGE_SIZE,
  standardsExport,
} from "../src/index.ts"
import { journey, person } from "./fixtures.ts"

const councilId = CouncilId.make("northmere")

/** `count` people, each with an approved plan, and every third with a draft carer's plan too. */
const records = (count: number): ReadonlyArray<PlanExportRecord> =>
  Array.from({ length: count }, (_, i) => {
    const suffix = String(i).padStart(12, "0")
    const personId = `0190b4e8-1111-7000-8000-${suffix}`
    return {
      person: person({ full: i % 2 === 0 }, personId),
      journeys: [
        {
          journey: journey("active", { journeyId: `0190b4e8-2222-7000-8000-${suffix}`, personId }),
          approvedOn: "2026-03-01",
        },
        ...(i % 3 === 0
          ? [
              {
                journey: journey("draft", {
                  journeyId: `0190b4e8-5555-7000-8000-${suffix}`,
                  personId,
                }),
                approvedOn: null,
              },
            ]
          : []),
      ],
    }
  })

const source = (people: ReadonlyArray<PlanExportRecord>, pages: Array<string | undefined>) =>
  Layer.mergeAll(
    Layer.succeed(
      ExportSource,
      ExportSource.of({
        budgets: () => Effect.succeed([]),
        budgetStream: () => Stream.empty,
        plans: (q) =>
          Effect.sync(() => {
            pages.push(q.afterId)
            return people
              .filter((r) => q.afterId === undefined || r.person.id > q.afterId)
              .slice(0, q.limit)
          }),
      }),
    ),
    Layer.succeed(
      ReportingFacts,
      ReportingFacts.of({ journeys: () => Effect.succeed([]), spending: () => Effect.succeed([]) }),
    ),
    Layer.succeed(ReturnsSource, ReturnsSource.of({ journeys: () => Effect.succeed([]) })),
  )

const run = (
  exporter: typeof prsbPlansExporter | typeof modsServicesExporter,
  people: ReadonlyArray<PlanExportRecord>,
) => {
  const pages: Array<string | undefined> = []
  const rows = Effect.runSync(
    Stream.runCollect(exporter.rows({}, { councilId })).pipe(Effect.provide(source(people, pages))),
  )
  return { rows, pages }
}

describe("the prsb-care-plans exporter", () => {
  it("writes one document per plan, a page of people at a time, every element in the standard's order", () => {
    const people = records(STANDARDS_PAGE_SIZE + 2)
    const { rows, pages } = run(prsbPlansExporter, people)
    expect(pages).toEqual([undefined, people[STANDARDS_PAGE_SIZE - 1]!.person.id])
    const plans = people.reduce((n, r) => n + r.journeys.length, 0)
    expect(rows).toHaveLength(plans)
    const text = new TextDecoder().decode(makeEncoder("ndjson", prsbColumns).rows(rows))
    const docs: Array<PrsbDocument> = text
      .split("\n")
      .slice(0, -1)
      .map((line) => JSON.parse(line))
    expect(docs).toHaveLength(plans)
    for (const doc of [docs[0]!, docs[1]!, docs.at(-1)!]) {
      expect(doc.standard).toBe("PRSB Personalised Care and Support Plan")
      expect(doc.version).toBe("2.0")
      const elements = doc.sections.flatMap((s) =>
        s.elements.map((e) => `${s.section} / ${e.element}`),
      )
      expect(elements).toEqual(PRSB_FIELDS.map((f) => `${f.section} / ${f.element}`))
      for (const e of doc.sections.flatMap((s) => s.elements)) {
        const reasons = ["empty", "notHeld", "withheld"].filter((k) => k in e)
        // A value, or exactly one reason for having none.
        expect(e.values.length > 0 ? reasons.length === 0 : reasons.length === 1).toBe(true)
      }
    }
    const first = docs[0]!
    const plan = first.sections.find((s) => s.section === "Care and support plan")!
    const value = (element: string) => plan.elements.find((e) => e.element === element)?.values
    expect(value("Care funding source / Coded value")).toEqual([
      "local-authority",
      "nhs-personal-health-budget",
      "section-117-aftercare",
      "person-contribution",
      "person-top-up",
    ])
    expect(value("Needs, concerns or problems / Goals and hopes / Free text")).toEqual([
      "I want to get back to my choir on Thursdays.",
      "Walk to the park without stopping.",
    ])
    expect(value("Needs, concerns or problems / Goals and hopes / Outcomes / Free text")).toEqual([
      "Goal attainment +1 at the review of 2026-05-02: Back most weeks",
      "",
    ])
  })

  it("writes nothing when no one has a plan", () => {
    expect(run(prsbPlansExporter, []).rows).toHaveLength(0)
  })
})

describe("the mods-services exporter", () => {
  it("writes a row per line in force of an approved plan, with its care funding source", () => {
    const people = records(4)
    const { rows } = run(modsServicesExporter, people)
    // Three lines in force each (the laptop was refused); draft plans fund no service yet.
    expect(rows).toHaveLength(4 * 3)
    const first = rows.slice(0, 3)
    expect(first.map((r) => r.service_care_funding_source)).toEqual([
      "local-authority+person-contribution+person-top-up",
      "nhs-personal-health-budget",
      "section-117-aftercare",
    ])
    expect(first.map((r) => r.service_service_start_date)).toEqual([
      "2026-03-02",
      "2026-03-02",
      "2026-03-02",
    ])
    expect(first.map((r) => r.openpb_annual_budget_pounds)).toEqual([
      "4888.00",
      "300.00",
      "1560.00",
    ])
    const encoder = makeEncoder("csv", modsColumns)
    const csv = new TextDecoder().decode(
      new Uint8Array([...encoder.start(), ...encoder.rows(rows)]),
    )
    const lines = csv.split(/\r?\n/)
    expect(lines[0]).toContain("Service: Care funding source")
    expect(lines[1]).toContain("local-authority+person-contribution+person-top-up")
  })

  it("has a column per MODS element, blank where OpenPB holds none", () => {
    expect(modsColumns.map((c) => c.header).slice(0, MODS_FIELDS.length)).toEqual(
      MODS_FIELDS.map((f) => `${f.section}: ${f.element}`),
    )
    const { rows } = run(modsServicesExporter, records(1))
    expect(rows[0]!.service_service_type).toBe("")
    expect(rows[0]!.person_demographics_ethnicity).toBe("")
  })
})

describe("the plugin", () => {
  it("offers both exporters", () => {
    expect((standardsExport.exporters?.({}) ?? []).map((e) => e.id)).toEqual([
      "prsb-care-plans",
      "mods-services",
    ])
  })
})
