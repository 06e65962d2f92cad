import { describe, expect, it } from "vitest"
import { lineFundingSources, planFundingSources } from "../src/index.ts"
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
