import { CouncilId, makeEncoder, type PlanExportRecord } from "@openpb/core"
import { ExportSource, ReportingFacts, ReturnsSource } from "@openpb/plugin-sdk"
import { Effect, Layer, Stream } from "effect"
import { describe, expect, it } from "vitest"
import { FHIR_PAGE_SIZE, fhirColumns, fhirPlansExporter } from "../src/index.ts"
import { journey, person } from "./fixtures.ts"
import { fhirErrors } from "./validator.ts"

const councilId = CouncilId.make("northmere")

/** `count` people, each with one approved plan, ids in key order. */
const records = (count: number): ReadonlyArray<PlanExportRecord> =>
  Array.from({ length: count }, (_, i) => {
    const suffix = String(i).padStart(12, "0")
    const personId = `0190b4e8-1111-7000-8000-${suffix}`
    return {
      person: person(i % 2 === 0 ? "9434765919" : null, personId),
      journeys: [
        {
          journey: journey("active", { journeyId: `0190b4e8-2222-7000-8000-${suffix}`, personId }),
          approvedOn: "2026-03-01",
        },
      ],
    }
  })

/** Runs the exporter over an in-memory source, counting the pages it asks for. */
const exportOf = (people: ReadonlyArray<PlanExportRecord>) => {
  const pages: Array<string | undefined> = []
  const source = Layer.mergeAll(
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
  const rows = Effect.runSync(
    Stream.runCollect(fhirPlansExporter.rows({}, { councilId })).pipe(Effect.provide(source)),
  )
  const encoder = makeEncoder("ndjson", fhirColumns)
  const text = new TextDecoder().decode(encoder.rows(rows))
  return { lines: text.split("\n").slice(0, -1), pages }
}

describe("the fhir-plans exporter", () => {
  it("writes one valid Bundle a line per person, reading a page at a time", () => {
    const people = records(FHIR_PAGE_SIZE + 3)
    const { lines, pages } = exportOf(people)
    expect(lines).toHaveLength(people.length)
    // Two pages: a full one, then the short one that ends the read.
    expect(pages).toEqual([undefined, people[FHIR_PAGE_SIZE - 1]!.person.id])
    const bundles = lines.map((line) => JSON.parse(line))
    expect(bundles.map((b) => b.entry[0].resource.id)).toEqual(people.map((r) => r.person.id))
    // One snapshot: every Bundle of a run carries the same timestamp.
    expect(new Set(bundles.map((b) => b.timestamp)).size).toBe(1)
    for (const bundle of [bundles[0], bundles[1], bundles.at(-1)]) {
      expect(fhirErrors(bundle)).toEqual([])
      expect(
        bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType),
      ).toEqual(["Patient", "CarePlan", "Goal", "Goal"])
    }
  })

  it("writes nothing when no one has a plan", () => {
    expect(exportOf([]).lines).toEqual([])
  })
})
