import { readFileSync } from "node:fs"
import { join } from "node:path"
import { Actor, runExport } from "@openpb/core"
import { keysetStream, loadPlugin, ReturnsSource, SUPPRESSED } from "@openpb/plugin-sdk"
import { testDatabaseKind } from "@openpb/store/testing"
import { Effect, Stream } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { ascofPeople, type EnglandReturnsSettings, englandReturns } from "../src/index.ts"
import { COUNCIL, LA_CODE, type Northmere, openReturnsHarness, seedNorthmere } from "./seed.ts"

const harness = await openReturnsHarness()
const { directory, resolved, run } = harness

const finance = new Actor({ subject: "fin@northmere", roles: ["finance"], councilId: COUNCIL })
const commissioner = new Actor({
  subject: "comm@northmere",
  roles: ["commissioner"],
  councilId: COUNCIL,
})

const Q3 = { from: "2026-10-01", to: "2026-12-31" }
const FY_START = "2026-04-01"

let northmere: Northmere
const byKey = (key: string) => northmere.byKey(key)

beforeAll(async () => {
  northmere = await seedNorthmere(run, harness.clock)
}, 300_000)

afterAll(() => harness.close())

const jsonl = (location: string) =>
  readFileSync(join(directory, location), "utf8")
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, string | number | null>)

/** Aggregate tables have no quoted cells; "[c]" stays a string, numbers become numbers. */
const csv = (location: string, exporterId: string) => {
  const [header, ...lines] = readFileSync(join(directory, location), "utf8").trimEnd().split("\r\n")
  const columns = resolved.exporters.find((e) => e.id === exporterId)!.columns
  expect(header).toBe(columns.map((c) => c.header).join(","))
  const keys = columns.map((c) => c.key)
  return lines.map((line) =>
    Object.fromEntries(
      line
        .split(",")
        .map((cell, i) => [
          keys[i]!,
          cell === ""
            ? null
            : cell === SUPPRESSED || Number.isNaN(Number(cell))
              ? cell
              : Number(cell),
        ]),
    ),
  )
}

const endedBefore = (key: string, date: string) => {
  const ending = northmere.endings.get(key)
  return ending !== undefined && ending.on < date
}

/**
 * Each line of a published table (rows and columns, totals included) hides no value or at
 * least two: a line with one hidden value gives it away as its total minus the rest.
 */
const expectNoLoneSuppression = (grid: ReadonlyArray<ReadonlyArray<unknown>>) => {
  for (const row of grid) expect(row.filter((c) => c === SUPPRESSED).length).not.toBe(1)
  for (let j = 0; j < grid[0]!.length; j++)
    expect(grid.map((r) => r[j]).filter((c) => c === SUPPRESSED).length).not.toBe(1)
}

/** A published table matches the expected counts: small counts hidden, the rest exact. */
const expectPublished = (
  published: ReadonlyArray<ReadonlyArray<unknown>>,
  expected: ReadonlyArray<ReadonlyArray<number>>,
) => {
  const withTotals = [
    ...expected.map((r) => [...r, r.reduce((a, b) => a + b, 0)]),
    expected[0]!
      .map((_, j) => expected.reduce((a, r) => a + r[j]!, 0))
      .concat(expected.flat().reduce((a, b) => a + b, 0)),
  ]
  for (const [i, row] of withTotals.entries()) {
    for (const [j, value] of row.entries()) {
      const cell = published[i]![j]
      if (value >= 1 && value <= 4) expect(cell, `cell ${i},${j}`).toBe(SUPPRESSED)
      else if (cell !== SUPPRESSED) expect(cell, `cell ${i},${j}`).toBe(value)
      if (value === 0) expect(cell).toBe(0)
    }
  }
  expectNoLoneSuppression(published)
}

describe(`England's returns on ${testDatabaseKind()}`, () => {
  it("reads journeys a page at a time, each once, in id order, filtered by opening date", async () => {
    const read = (openedOnOrBefore: string | undefined, researchConsentOnly = false) =>
      run(
        Stream.runCollect(
          Stream.unwrap(
            ReturnsSource.useSync((source) =>
              keysetStream(
                4,
                (afterId, limit) =>
                  source.journeys({
                    councilId: COUNCIL,
                    afterId,
                    limit,
                    openedOnOrBefore,
                    researchConsentOnly,
                  }),
                (j) => j.id,
              ),
            ),
          ),
        ),
      )
    const all = await read(undefined)
    expect(all.map((j) => j.id)).toEqual(northmere.seeded.map((s) => s.journeyId).sort())
    const june = await read("2026-06-30")
    expect(june.map((j) => j.person.id).sort()).toEqual(
      northmere.seeded
        .filter((s) => s.openedOn <= "2026-06-30")
        .map((s) => s.personId)
        .sort(),
    )
    expect(await read(undefined, true)).toEqual([])
    const died = all.find((j) => j.id === byKey("B7").journeyId)!
    expect(died.ending).toEqual(northmere.endings.get("B7"))
    expect(died.person.nhsNumber).toBe(byKey("B7").nhsNumber)
    expect(died.approvedOn).toBe(byKey("B7").openedOn)
  })

  it("writes the CLD return: every event open in or overlapping the quarter, in full", async () => {
    const result = await run(
      runExport({ exporterId: "england-cld", format: "jsonl", parameters: { quarter: Q3 } }),
      finance,
    )
    expect(result.status).toBe("completed")
    const rows = jsonl(result.location!)
    expect(rows.length).toBe(result.rowCount)

    // Expected events, from the seeded specs: requests and assessments of journeys opened in
    // the quarter (earlier ones closed the day they opened), the open request of a person still
    // considering, a service per council-funded line not ended before the quarter, and reviews
    // completed in it.
    const inQ3 = (date: string) => date >= Q3.from && date <= Q3.to
    const expected = {
      Request: northmere.seeded.filter((s) => inQ3(s.openedOn) || s.path === "considering").length,
      Assessment:
        northmere.seeded.filter(
          (s) => inQ3(s.openedOn) && (s.path === "approved" || s.path === "not-eligible"),
        ).length + northmere.seeded.filter((s) => inQ3(s.openedOn) && s.path === "approved").length,
      Service: northmere.seeded
        .filter((s) => s.path === "approved" && !endedBefore(s.key, Q3.from))
        .reduce(
          (sum, s) => sum + s.lines.filter((l) => l.stream === "council-social-care").length,
          0,
        ),
      Review: [...northmere.reviewsOf.values()].flat().filter(inQ3).length,
    }
    const counted = Object.fromEntries(
      Object.keys(expected).map((t) => [t, rows.filter((r) => r.event_type === t).length]),
    )
    expect(counted).toEqual(expected)
    expect(rows.length).toBe(Object.values(expected).reduce((a, b) => a + b, 0))

    for (const row of rows) {
      const person = northmere.seeded.find((s) => s.personId === row.la_person_unique_identifier)!
      expect(person).toBeDefined()
      expect(row.nhs_number).toBe(person.nhsNumber)
      expect(row.date_of_birth).toBe(person.dateOfBirth)
      expect(row.la_code).toBe(LA_CODE)
      expect(row.reporting_period_start_date).toBe(Q3.from)
      expect(row.reporting_period_end_date).toBe(Q3.to)
      expect(row.client_type).toBe("Service User")
      expect(row.event_start_date! <= Q3.to).toBe(true)
      expect(row.event_end_date === null || row.event_end_date! >= Q3.from).toBe(true)
      // Held nowhere in OpenPB, so written as empty columns rather than guessed or left out.
      for (const blank of [
        "gp_practice_name",
        "gp_practice_code",
        "postcode",
        "accommodation_status",
        "employment_status",
        "autism_spectrum_disorder_asd",
        "visual_impairment",
        "hearing_impairment",
        "dementia",
        "client_funding_status",
        "method_of_assessment",
        "total_hrs_caring_per_week",
        "no_of_adults_being_cared_for",
        "adult_1_linked_person_id",
        "adult_2_linked_person_id",
        "adult_3_linked_person_id",
        "provider_cqc_location_name",
        "provider_cqc_location_id",
        "review_outcomes_achieved",
        "method_of_review",
      ])
        expect(row).toHaveProperty(blank, null)
      expect(row.request_route_of_access === null).toBe(row.event_type !== "Request")
    }
    // People whose support ended before the quarter are not in it.
    const people = new Set(rows.map((r) => r.la_person_unique_identifier))
    expect(people.has(byKey("A6").personId)).toBe(false)
    expect(people.has(byKey("C14").personId)).toBe(false)

    // Services by delivery mechanism, with the default mapping (third party -> managed PB).
    const services = rows.filter((r) => r.event_type === "Service")
    const councilLines = northmere.seeded
      .filter((s) => s.path === "approved" && !endedBefore(s.key, Q3.from))
      .flatMap((s) => s.lines.filter((l) => l.stream === "council-social-care"))
    expect(services.filter((r) => r.delivery_mechanism === "Direct Payment").length).toBe(
      councilLines.filter((l) => l.mechanism === "direct-payment").length,
    )
    expect(
      services.filter((r) => r.delivery_mechanism === "CASSR Managed Personal Budget").length,
    ).toBe(councilLines.filter((l) => l.mechanism !== "direct-payment").length)
    for (const s of services) {
      expect(s.service_component).toBe(
        s.delivery_mechanism === "Direct Payment" ? "Direct Payment" : null,
      )
      expect(s.service_type).toBe("Long Term Support: Community")
      const owner = northmere.seeded.find((p) => p.personId === s.la_person_unique_identifier)!
      const line = owner.lines[Number(String(s.event_reference).split(":l").at(-1)) - 1]!
      expect(s.unit_cost).toBe(line.weeklyPence / 100)
      expect(s.planned_units_per_week).toBe(1)
      expect(s.cost_frequency).toBe("Weekly")
    }

    // A death closes the service with its date and outcome.
    const died = rows.filter((r) => r.la_person_unique_identifier === byKey("B7").personId)
    expect(
      died.map((r) => [r.event_type, r.event_end_date, r.event_outcome, r.date_of_death]),
    ).toEqual([
      [
        "Service",
        northmere.endings.get("B7")!.on,
        "NFA - Deceased",
        northmere.endings.get("B7")!.on,
      ],
    ])
    const declined = rows.filter((r) => r.la_person_unique_identifier === byKey("H31").personId)
    expect(declined.map((r) => [r.event_type, r.event_outcome])).toEqual([
      ["Request", "NFA - Support declined"],
    ])
    const refused = rows.filter((r) => r.la_person_unique_identifier === byKey("H32").personId)
    expect(
      refused.map((r) => [r.event_type, r.eligible_needs_identified, r.event_outcome]),
    ).toEqual([
      ["Request", null, "Progress to Assessment"],
      ["Assessment", "No", "NFA - No services offered: Other reason"],
    ])
    const open = rows.filter((r) => r.la_person_unique_identifier === byKey("H33").personId)
    expect(open.map((r) => [r.event_type, r.event_end_date, r.event_outcome])).toEqual([
      ["Request", null, null],
    ])
    const mixed = services.filter((r) => r.la_person_unique_identifier === byKey("F20").personId)
    expect(mixed.map((r) => r.delivery_mechanism).sort()).toEqual([
      "CASSR Managed Personal Budget",
      "Direct Payment",
    ])
  })

  /**
   * ASCOF 3D from the specs: people with a council-funded line open at the snapshot, alive, by
   * age band and their highest support (any direct payment, else a managed budget).
   */
  const expectedAscof = (snapshot: string) => {
    const grid = ["18-64", "65+", "unknown"].map(() => [0, 0, 0])
    for (const s of northmere.seeded) {
      const lines = s.lines.filter((l) => l.stream === "council-social-care")
      if (s.path !== "approved" || lines.length === 0 || s.openedOn > snapshot) continue
      const ending = northmere.endings.get(s.key)
      if (
        ending !== undefined &&
        (ending.on < snapshot || (ending.reason === "died" && ending.on <= snapshot))
      )
        continue
      const age =
        Number(snapshot.slice(0, 4)) -
        Number(s.dateOfBirth.slice(0, 4)) -
        (snapshot.slice(5) < s.dateOfBirth.slice(5) ? 1 : 0)
      grid[age >= 65 ? 1 : 0]![lines.some((l) => l.mechanism === "direct-payment") ? 0 : 1]! += 1
    }
    return grid
  }

  const ascof = async (period: { from: string; to: string }) => {
    const result = await run(
      runExport({ exporterId: "england-ascof-3d", format: "csv", parameters: { period } }),
      commissioner,
    )
    expect(result.status).toBe("completed")
    const rows = csv(result.location!, "england-ascof-3d")
    const grid = expectedAscof(period.to)
    for (const cut of ["all", "mental-health"]) {
      const table = rows.filter((r) => r.cut === cut)
      expect(table.map((r) => r.age_band)).toEqual(["18-64", "65+", "unknown", "all"])
      expectPublished(
        table.map((r) => [
          r.direct_payment,
          r.managed_personal_budget,
          r.commissioned_support_only,
          r.people,
        ]),
        grid,
      )
      for (const r of table) {
        if ([r.direct_payment, r.managed_personal_budget, r.people].includes(SUPPRESSED)) {
          expect(r.self_directed_support_percent).toBe(SUPPRESSED)
          continue
        }
        const people = r.people as number
        if (people === 0) {
          expect(r.self_directed_support_percent).toBeNull()
          continue
        }
        const sds = (r.direct_payment as number) + (r.managed_personal_budget as number)
        expect(r.self_directed_support_percent).toBe(Math.round((sds / people) * 1000) / 10)
        expect(r.direct_payment_percent).toBe(
          Math.round(((r.direct_payment as number) / people) * 1000) / 10,
        )
      }
    }
    return { rows, grid }
  }

  it("computes ASCOF 3D at the period's end, one count per person, all published when none is small", async () => {
    const { rows, grid } = await ascof(Q3)
    // A mixed budget counts once (under its direct payment); the dead and the ended are out.
    expect(grid).toEqual([
      [11, 11, 0],
      [5, 0, 0],
      [0, 0, 0],
    ])
    expect(rows.filter((r) => r.cut === "all").flatMap((r) => Object.values(r))).not.toContain(
      SUPPRESSED,
    )
    const all = rows.find((r) => r.cut === "all" && r.age_band === "all")!
    expect([all.people, all.self_directed_support_percent, all.direct_payment_percent]).toEqual([
      27,
      100,
      Math.round((16 / 27) * 1000) / 10,
    ])
  })

  it("hides ASCOF 3D's small counts, and whatever would give them away", async () => {
    const { rows, grid } = await ascof({ from: "2026-04-01", to: "2026-06-30" })
    expect(grid).toEqual([
      [12, 0, 0],
      [2, 0, 0],
      [0, 0, 0],
    ])
    const older = rows.find((r) => r.cut === "all" && r.age_band === "65+")!
    expect([older.direct_payment, older.people, older.direct_payment_percent]).toEqual([
      SUPPRESSED,
      SUPPRESSED,
      SUPPRESSED,
    ])
  })

  it("lets a council report a third-party budget as commissioned support instead", async () => {
    const loaded = await Effect.runPromise(
      loadPlugin(
        englandReturns.with({
          laCode: LA_CODE,
          deliveryMechanisms: {
            notional: "CASSR Managed Personal Budget",
            "third-party": "CASSR Commissioned Support",
            "direct-payment": "Direct Payment",
          },
        }),
      ),
    )
    const settings = loaded.settings as EnglandReturnsSettings
    const cld = loaded.exporters.find((e) => e.id === "england-cld")!
    const services = (
      await run(Stream.runCollect(cld.rows({ quarter: Q3 }, { councilId: COUNCIL })))
    ).filter((r) => r.delivery_mechanism === "CASSR Commissioned Support")
    expect(services.map((r) => r.la_person_unique_identifier).sort()).toEqual(
      [byKey("E18").personId, byKey("E19").personId].sort(),
    )
    const people = await run(ascofPeople(settings, COUNCIL, "2026-12-31"))
    const bySupport = (s: string) =>
      [...people.values()]
        .filter((p) => p.support === s)
        .map((p) => p.personId)
        .sort()
    expect(bySupport("commissioned-only")).toEqual(
      [byKey("E18").personId, byKey("E19").personId].sort(),
    )
    expect(bySupport("managed-personal-budget").length).toBe(9)
    expect(bySupport("direct-payment").length).toBe(16)
  })

  it("counts NHS personal health budgets by category and type, new, live and year to date", async () => {
    const result = await run(
      runExport({
        exporterId: "england-phb-quarterly",
        format: "csv",
        parameters: { quarter: Q3 },
      }),
      commissioner,
    )
    const rows = csv(result.location!, "england-phb-quarterly")
    const categories = [
      "continuing-healthcare",
      "childrens-continuing-care",
      "section-117-aftercare",
      "wheelchair",
      "other-mental-health",
    ]
    const types = ["notional", "third-party", "direct-payment"]
    // Expected from the specs: a budget with NHS lines, under its right to have (s117 from a
    // section 3 detention) and the type holding most NHS money.
    const budgets = northmere.seeded.flatMap((s) => {
      const lines = s.lines.filter((l) => l.stream === "nhs-health")
      if (s.path !== "approved" || lines.length === 0) return []
      const category = s.healthGrounds?.includes("continuing-healthcare")
        ? "continuing-healthcare"
        : s.detentions?.includes("section-3")
          ? "section-117-aftercare"
          : s.healthGrounds?.includes("wheelchair")
            ? "wheelchair"
            : "other-mental-health"
      const largest = [...lines].sort((a, b) => b.weeklyPence - a.weeklyPence)[0]!
      return [
        {
          category,
          type: largest.mechanism,
          from: s.openedOn,
          until: northmere.endings.get(s.key)?.on ?? null,
        },
      ]
    })
    const measures: Record<string, (b: (typeof budgets)[number]) => boolean> = {
      "new-in-quarter": (b) => b.from >= Q3.from && b.from <= Q3.to,
      "live-at-quarter-end": (b) => b.from <= Q3.to && (b.until === null || b.until > Q3.to),
      "year-to-date": (b) => b.from <= Q3.to && (b.until === null || b.until >= FY_START),
    }
    for (const [measure, counts] of Object.entries(measures)) {
      const table = rows.filter((r) => r.measure === measure)
      expect(table.map((r) => r.category)).toEqual([...categories, "total"])
      const grid = categories.map((c) =>
        types.map(
          (t) => budgets.filter((b) => counts(b) && b.category === c && b.type === t).length,
        ),
      )
      expectPublished(
        table.map((r) => [r.notional, r.third_party, r.direct_payment, r.total]),
        grid,
      )
    }
    // Some figures are published, and each matches the specs (checked above).
    expect(rows.filter((r) => typeof r.total === "number" && r.total > 0).length).toBeGreaterThan(3)
    // The one wheelchair budget is hidden in every measure it counts in.
    for (const measure of Object.keys(measures)) {
      const wheelchair = rows.find((r) => r.measure === measure && r.category === "wheelchair")!
      expect(wheelchair.third_party).toBe(SUPPRESSED)
    }
  })

  it("keeps person-level returns from a commissioner and refuses bad requests with typed errors", async () => {
    const fail = (input: unknown, actor: Actor) =>
      run(Effect.flip(runExport(input)), actor) as Promise<{
        _tag: string
        issues?: ReadonlyArray<{ path: ReadonlyArray<string> }>
      }>
    expect(
      (
        await fail(
          { exporterId: "england-cld", format: "csv", parameters: { quarter: Q3 } },
          commissioner,
        )
      )._tag,
    ).toBe("Forbidden")
    expect((await fail({ exporterId: "england-nope", format: "csv" }, finance))._tag).toBe(
      "UnknownExporter",
    )
    expect(
      (
        await fail(
          { exporterId: "england-phb-quarterly", format: "jsonl", parameters: { quarter: Q3 } },
          commissioner,
        )
      )._tag,
    ).toBe("UnsupportedFormat")
    const notAQuarter = await fail(
      {
        exporterId: "england-cld",
        format: "csv",
        parameters: { quarter: { from: "2026-10-01", to: "2026-11-30" } },
      },
      finance,
    )
    expect(notAQuarter._tag).toBe("InvalidInput")
    expect(notAQuarter.issues?.[0]?.path).toEqual(["parameters", "quarter", "to"])
    const backwards = await fail(
      {
        exporterId: "england-ascof-3d",
        format: "csv",
        parameters: { period: { from: "2026-12-31", to: "2026-10-01" } },
      },
      commissioner,
    )
    expect(backwards._tag).toBe("InvalidInput")
    const missing = await fail({ exporterId: "england-phb-quarterly", format: "csv" }, commissioner)
    expect(missing._tag).toBe("InvalidInput")
  })
})
