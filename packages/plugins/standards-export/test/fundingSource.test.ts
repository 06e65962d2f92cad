import { PlanLine } from "@openpb/plugin-sdk"
import { Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { CareFundingSource, lineFundingSources, planFundingSources } from "../src/index.ts"
import { journey } from "./fixtures.ts"

const lineOf = (j: ReturnType<typeof journey>, id: string) =>
  j.plans[0]!.content.lines.find((l) => l.id === id)!

describe("the care funding source", () => {
  const active = journey("active")

  it("is the council with the person's contribution and their top-up on a chargeable council line", () => {
    expect(lineFundingSources(active, lineOf(active, "pa"))).toEqual([
      "local-authority",
      "person-contribution",
      "person-top-up",
    ])
  })

  it("is section 117 aftercare alone on an aftercare line: never charged for", () => {
    expect(lineFundingSources(active, lineOf(active, "peer"))).toEqual(["section-117-aftercare"])
  })

  it("is a personal health budget on an NHS line, continuing healthcare when assessed so", () => {
    expect(lineFundingSources(active, lineOf(active, "gym"))).toEqual([
      "nhs-personal-health-budget",
    ])
    const chc = journey("active", { healthGrounds: ["continuing-healthcare"] })
    expect(lineFundingSources(chc, lineOf(chc, "gym"))).toEqual(["nhs-continuing-healthcare"])
  })

  it("has no contribution before an approval, or when none was assessed", () => {
    const draft = journey("draft")
    expect(lineFundingSources(draft, lineOf(draft, "laptop"))).toEqual(["local-authority"])
    const free = journey("active", { contributionPence: 0 })
    expect(lineFundingSources(free, lineOf(free, "laptop"))).toEqual(["local-authority"])
  })

  it("lists a plan's sources once each, in the code list's order", () => {
    expect(planFundingSources(active, active.plans[0]!.content.lines)).toEqual([
      "local-authority",
      "nhs-personal-health-budget",
      "section-117-aftercare",
      "person-contribution",
      "person-top-up",
    ])
  })
})

describe("the care funding source, for any plan line", () => {
  it("names one paying body first, and charges the person only on a council line that is not aftercare", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("council-social-care" as const, "nhs-health" as const),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 1_650 }), { nil: undefined }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.boolean(),
        (fundingStream, section117Aftercare, personTopUpPence, contributionPence, chc) => {
          const j = journey("active", {
            contributionPence,
            healthGrounds: chc ? ["continuing-healthcare"] : [],
          })
          const line = Schema.decodeUnknownSync(PlanLine)({
            id: "line",
            description: "Support",
            category: "personal-assistant",
            provider: null,
            unitCostPence: 1_650,
            unitsPerPeriod: 6,
            frequency: "weekly",
            fundingStream,
            deliveryMechanism: "notional",
            outcomeIds: [],
            ...(section117Aftercare === undefined ? {} : { section117Aftercare }),
            ...(personTopUpPence === undefined ? {} : { personTopUpPence }),
          })
          const sources = lineFundingSources(j, line)
          const payers = sources.filter((s) => !s.startsWith("person-"))
          expect(payers).toHaveLength(1)
          expect(sources[0]).toBe(payers[0])
          const councilChargeable =
            fundingStream === "council-social-care" && section117Aftercare !== true
          expect(sources.includes("person-contribution")).toBe(
            councilChargeable && contributionPence > 0,
          )
          expect(sources.includes("person-top-up")).toBe((personTopUpPence ?? 0) > 0)
          if (section117Aftercare === true) expect(payers[0]).toBe("section-117-aftercare")
          // Every code the rule gives is in the code list, once.
          expect(new Set(sources).size).toBe(sources.length)
          for (const s of sources) expect(CareFundingSource.literals).toContain(s)
        },
      ),
    )
  })
})
