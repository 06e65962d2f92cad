import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import {
  MODS_FIELDS,
  mappingDocument,
  PCSP_ELEMENTS,
  PRSB_FIELDS,
  planContexts,
  lineContexts,
} from "../src/index.ts"
import { PCSP_MAPPED, PCSP_NOT_HELD, PCSP_WITHHELD } from "../src/prsb.ts"
import { elementValue } from "../src/mapping.ts"
import { journey, person } from "./fixtures.ts"

const paths = new Set<string>(PCSP_ELEMENTS.map(([path]) => path))

describe("the PRSB mapping table", () => {
  it("lists every element of the standard once, in its order", () => {
    expect(PRSB_FIELDS).toHaveLength(PCSP_ELEMENTS.length)
    expect(PRSB_FIELDS.map((f) => `${f.section} / ${f.element}`)).toEqual([...paths])
    expect(paths.size).toBe(PCSP_ELEMENTS.length)
  })

  it("gives each element a source or a reason", () => {
    for (const field of PRSB_FIELDS) {
      const source = field.source
      if (source.kind === "mapped") {
        expect(source.from, field.element).not.toBe("")
        expect(source.ifEmpty, field.element).not.toBe("")
      } else expect(source.reason, `${field.section} / ${field.element}`).not.toBe("")
    }
  })

  it("names only elements the standard has", () => {
    for (const key of [...Object.keys(PCSP_MAPPED), ...Object.keys(PCSP_WITHHELD)]) {
      expect(paths.has(key), key).toBe(true)
    }
    for (const [prefix] of PCSP_NOT_HELD) {
      expect(
        [...paths].some((p) => p === prefix || p.startsWith(`${prefix} / `)),
        prefix,
      ).toBe(true)
    }
    const both = Object.keys(PCSP_MAPPED).filter((k) => k in PCSP_WITHHELD)
    expect(both).toEqual([])
  })

  it("maps the plan's outcomes, lines, funding source and contingency", () => {
    const mappedPaths = PRSB_FIELDS.filter((f) => f.source.kind === "mapped").map(
      (f) => `${f.section} / ${f.element}`,
    )
    expect(mappedPaths).toEqual(
      expect.arrayContaining([
        "Care and support plan / Needs, concerns or problems / Goals and hopes / Free text",
        "Care and support plan / Needs, concerns or problems / Goals and hopes / Actions and activities / What / Free text",
        "Care and support plan / Care funding source / Coded value",
        "Care and support plan / Care funding source / Free text",
        "Contingency/safety plans / Who should be contacted / Name",
        "Additional support plans / Additional support plan content",
      ]),
    )
  })
})

describe("the MODS mapping table", () => {
  it("gives each element a source or a reason, and maps the care funding source", () => {
    for (const field of MODS_FIELDS) {
      const source = field.source
      if (source.kind === "mapped") expect(source.from).not.toBe("")
      else expect(source.reason).not.toBe("")
    }
    const funding = MODS_FIELDS.find((f) => f.element === "Care funding source")
    expect(funding?.section).toBe("Service")
    expect(funding?.source.kind).toBe("mapped")
    const keys = MODS_FIELDS.map((f) => `${f.section} / ${f.element}`)
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe("every mapped element over plans in each state", () => {
  const records = [
    { person: person(), journeys: [{ journey: journey("draft"), approvedOn: null }] },
    { person: person(), journeys: [{ journey: journey("active"), approvedOn: "2026-03-01" }] },
    {
      person: person({ full: false }),
      journeys: [{ journey: journey("ended"), approvedOn: "2026-03-01" }],
    },
  ]
  const contexts = records.flatMap(planContexts)

  it("has a value, or is empty with its reason", () => {
    expect(contexts).toHaveLength(3)
    for (const context of contexts) {
      for (const field of PRSB_FIELDS) {
        const value = elementValue(field, context)
        if (field.source.kind === "mapped" && value.values.length === 0) {
          expect("empty" in value && value.empty !== "", field.element).toBe(true)
        }
      }
      for (const line of lineContexts(context)) {
        for (const field of MODS_FIELDS) {
          const value = elementValue(field, line)
          if (field.source.kind === "mapped" && value.values.length === 0) {
            expect("empty" in value && value.empty !== "", field.element).toBe(true)
          }
        }
      }
    }
  })

  it("fills every element mapped as always present", () => {
    for (const context of contexts) {
      for (const field of PRSB_FIELDS) {
        if (field.source.kind === "mapped" && field.source.ifEmpty === "always present") {
          expect(elementValue(field, context).values.length, field.element).toBeGreaterThan(0)
        }
      }
    }
  })
})

/**
 * The document as text, whatever the formatter's table alignment: cells trimmed, separator rows
 * reduced, blank lines dropped (Biome aligns the committed file's tables).
 */
const normalised = (markdown: string) =>
  markdown
    .split("\n")
    .map((line) =>
      line.startsWith("|")
        ? line
            .split(/(?<!\\)\|/)
            .map((cell) => cell.trim().replace(/^-{3,}$/, "---"))
            .join("|")
        : line.trimEnd(),
    )
    .filter((line) => line !== "")
    .join("\n")

describe("MAPPING.md", () => {
  it("is the document the tables write (run `pnpm generate:mapping` after changing them)", () => {
    const committed = readFileSync(new URL("../MAPPING.md", import.meta.url), "utf8")
    expect(normalised(committed)).toBe(normalised(mappingDocument()))
  })

  it("lists every PRSB and MODS element with its source or why it has none", () => {
    const doc = mappingDocument()
    for (const field of [...PRSB_FIELDS, ...MODS_FIELDS]) {
      const row = `| ${field.section} | ${field.element.replaceAll("|", "\\|")} | ${field.cardinality} | ${field.flag} | `
      expect(doc, row).toContain(row)
    }
  })
})
