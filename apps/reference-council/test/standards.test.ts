import { describe, expect, it } from "vitest"
import { trpc, useDemoServer } from "./server.ts"

const demo = useDemoServer("standards", ["council-admin"])

const asAdmin = <A>(path: string, input: unknown, kind: "query" | "mutation" = "query") =>
  trpc<A>(demo.url(), path, input, kind, demo.token())

interface JourneyView {
  readonly id: string
  readonly personId: string
  readonly plans: ReadonlyArray<{
    readonly version: number
    readonly content: { readonly lines: ReadonlyArray<{ readonly id: string }> }
  }>
  readonly approved: {
    readonly planVersion: number
    readonly refusedLines?: ReadonlyArray<{ readonly lineId: string }>
  } | null
}

interface RunView {
  readonly id: string
  readonly status: string
  readonly rowCount: number
}

interface ElementValue {
  readonly element: string
  readonly values: ReadonlyArray<string>
  readonly empty?: string
  readonly notHeld?: string
  readonly withheld?: string
}

interface PrsbDocument {
  readonly standard: string
  readonly version: string
  readonly personId: string
  readonly journeyId: string
  readonly sections: ReadonlyArray<{
    readonly section: string
    readonly elements: ReadonlyArray<ElementValue>
  }>
}

/** Runs an exporter through the API to the end and downloads its file. */
const exportFile = async (exporterId: string, format: string) => {
  let run = await asAdmin<RunView>(
    "export.start",
    { exporterId, format, parameters: {} },
    "mutation",
  )
  while (run.status === "running") {
    await new Promise((resolve) => setTimeout(resolve, 100))
    run = await asAdmin<RunView>("export.get", { runId: run.id })
  }
  expect(run.status).toBe("completed")
  const response = await fetch(`${demo.url()}/exports/${run.id}/file`, {
    headers: { authorization: `Bearer ${demo.token()}` },
  })
  expect(response.status).toBe(200)
  return { run, text: await response.text() }
}

const journeysWithPlans = async () => {
  const page = await asAdmin<{ items: ReadonlyArray<JourneyView> }>("journey.list", { first: 100 })
  return page.items.filter((j) => j.plans.length > 0)
}

/** A journey's lines in force: the approved version's, less those the approver refused. */
const linesInForce = (journey: JourneyView) => {
  const approved = journey.approved
  if (approved === null) return []
  const refused = new Set((approved.refusedLines ?? []).map((r) => r.lineId))
  const plan = journey.plans.find((p) => p.version === approved.planVersion)
  return (plan?.content.lines ?? []).filter((line) => !refused.has(line.id))
}

describe("the national standards exports on the demo data", () => {
  it("are offered to the council's administrators", async () => {
    const exporters = await asAdmin<ReadonlyArray<{ id: string; formats: ReadonlyArray<string> }>>(
      "export.exporters",
      {},
    )
    expect(exporters.find((e) => e.id === "prsb-care-plans")?.formats).toEqual(["ndjson"])
    expect(exporters.find((e) => e.id === "mods-services")?.formats).toEqual([
      "csv",
      "jsonl",
      "xlsx",
    ])
  })

  it("write a PRSB plan for every demo plan, each element a value or one reason", async () => {
    const { run, text } = await exportFile("prsb-care-plans", "ndjson")
    const lines = text.split("\n")
    expect(lines.pop()).toBe("")
    const journeys = await journeysWithPlans()
    expect(journeys.length).toBeGreaterThan(0)
    expect(run.rowCount).toBe(journeys.length)
    const docs = lines.map((line) => JSON.parse(line) as PrsbDocument)
    expect(docs.map((d) => d.journeyId).sort()).toEqual(journeys.map((j) => j.id).sort())
    for (const doc of docs) {
      expect(doc).toMatchObject({
        standard: "PRSB Personalised Care and Support Plan",
        version: "2.0",
      })
      const elements = doc.sections.flatMap((s) => s.elements)
      expect(elements).toHaveLength(220)
      for (const e of elements) {
        const reasons = [e.empty, e.notHeld, e.withheld].filter((r) => r !== undefined)
        if (e.values.length > 0) expect(reasons).toEqual([])
        else {
          expect(reasons).toHaveLength(1)
          expect(reasons[0]).not.toBe("")
        }
      }
      const plan = doc.sections.find((s) => s.section === "Care and support plan")!
      const funding = plan.elements.find((e) => e.element === "Care funding source / Coded value")
      expect(funding?.values.length).toBeGreaterThan(0)
    }
  })

  it("write a MODS service row for every line in force, each with its care funding source", async () => {
    const { run, text } = await exportFile("mods-services", "jsonl")
    const rows = text
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => JSON.parse(line) as Record<string, string>)
    const journeys = await journeysWithPlans()
    const expected = journeys.flatMap((j) => linesInForce(j).map((l) => `${j.id}:${l.id}`))
    expect(run.rowCount).toBe(expected.length)
    expect(rows.map((r) => r.versioned_record_record_uid).sort()).toEqual(expected.sort())
    for (const row of rows) {
      expect(row.service_care_funding_source).toMatch(
        /^(local-authority|nhs-continuing-healthcare|nhs-personal-health-budget|section-117-aftercare)(\+person-contribution)?(\+person-top-up)?$/,
      )
      expect(row.service_service_description).not.toBe("")
      expect(row.service_service_start_date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })
})
