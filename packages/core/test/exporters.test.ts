import { Schema, Stream } from "effect"
import { describe, expect, it } from "vitest"
import {
  Actor,
  budgetsExporter,
  CouncilId,
  defineExporter,
  type Exporter,
  ExporterRegistry,
  exportDenial,
  exportRolesFor,
  Period,
  type Role,
} from "../src/index.ts"

const actor = (...roles: [Role, ...Array<Role>]) =>
  new Actor({ subject: "someone", roles, councilId: CouncilId.make("northmere") })

const aggregate: Exporter<unknown> = {
  id: "outcomes",
  version: "1.2.0",
  description: "Suppressed counts",
  parameters: Schema.Unknown,
  roles: ["commissioner", "finance"],
  personLevel: false,
  formats: ["csv"],
  columns: [{ key: "n", header: "N" }],
  rows: () => Stream.empty,
}

describe("who may run an exporter", () => {
  it("lets a commissioner run an aggregate exporter and no person-level one", () => {
    expect(exportDenial(actor("commissioner"), aggregate)).toBeUndefined()
    const denied = exportDenial(actor("commissioner"), budgetsExporter)
    expect(denied?.rule).toBe("export.budgets: person-level")
  })

  it("never counts an aggregate-only role for a person-level exporter, even one that names it", () => {
    const careless = { ...aggregate, personLevel: true }
    expect(exportRolesFor(actor("commissioner"), careless)).toEqual([])
    expect(exportDenial(actor("commissioner"), careless)?.rule).toBe(
      "export.outcomes: person-level",
    )
    expect(exportRolesFor(actor("commissioner", "finance"), careless)).toEqual(["finance"])
  })

  it("refuses a role the exporter does not name", () => {
    expect(exportDenial(actor("practitioner"), budgetsExporter)?.rule).toBe("export.budgets: roles")
    expect(exportDenial(actor("finance"), budgetsExporter)).toBeUndefined()
  })
})

describe("defining exporters", () => {
  it("refuses a person-level exporter that names an aggregate-only role", () => {
    expect(() => defineExporter({ ...aggregate, personLevel: true })).toThrow(
      /person-level, so commissioner may not run it/,
    )
  })

  it("refuses a bad id, version, format or columns", () => {
    expect(() => defineExporter({ ...aggregate, id: "Has Spaces" })).toThrow(/slug/)
    expect(() => defineExporter({ ...aggregate, version: "1.2" })).toThrow(/semantic version/)
    expect(() => defineExporter({ ...aggregate, formats: [] })).toThrow(/at least one format/)
    expect(() =>
      defineExporter({
        ...aggregate,
        columns: [
          { key: "a", header: "A" },
          { key: "a", header: "B" },
        ],
      }),
    ).toThrow(/distinct/)
  })

  it("refuses two exporters with one id in a deployment", () => {
    expect(() => ExporterRegistry.fromList([aggregate, aggregate])).toThrow(/Two exporters/)
    expect(ExporterRegistry.fromList([aggregate, budgetsExporter]).get("budgets")).toBe(
      budgetsExporter,
    )
  })
})

describe("Period", () => {
  it("accepts a period in order and refuses one that ends before it starts", () => {
    const decode = Schema.decodeUnknownResult(Period)
    expect(decode({ from: "2026-04-01", to: "2027-03-31" })._tag).toBe("Success")
    expect(decode({ from: "2026-04-01", to: "2026-04-01" })._tag).toBe("Success")
    expect(decode({ from: "2026-04-02", to: "2026-04-01" })._tag).toBe("Failure")
    expect(decode({ from: "2026-13-01", to: "2027-01-01" })._tag).toBe("Failure")
  })
})
