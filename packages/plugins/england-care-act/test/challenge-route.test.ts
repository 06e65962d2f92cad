import { describe, expect, it } from "vitest"
import { councilChallengeRoute } from "../src/index.ts"

// Local Authority Social Services and NHS Complaints (England) Regulations 2009, reg 12(1): a
// complaint must be made no later than 12 months after the matter complained about.
const deadline = (decidedOn: string) =>
  councilChallengeRoute({ kind: "eligibility", decidedOn, healthFunded: false }).deadline

describe("challenging a council decision: 12 months (SI 2009/309 reg 12)", () => {
  it("runs to the same date a year on, inclusive", () => {
    expect(deadline("2026-12-03")).toBe("2027-12-03")
    expect(deadline("2026-08-31")).toBe("2027-08-31")
  })

  it("clamps 29 February to 28 February in a common year", () => {
    expect(deadline("2028-02-29")).toBe("2029-02-28")
  })

  it("says so in plain words with the regulation", () => {
    const route = councilChallengeRoute({
      kind: "plan-approval",
      decidedOn: "2026-12-03",
      healthFunded: true,
    })
    expect(route.route).toBe("council-complaint")
    expect(route.reasons[0].text).toContain("until 2027-12-03")
    expect(route.reasons[0].text).toContain("reg 12")
    expect(route.how).toContain("Ombudsman")
  })
})
