import { describe, expect, it } from "vitest"
import { nhsChallengeRoute } from "../src/index.ts"

// NHS (Direct Payments) Regulations 2013 as amended by SI 2013/2354 (reconsideration); the 2009
// Complaints Regulations reg 12 (12 months).
describe("the NHS route for decisions with NHS money in them", () => {
  it("opens a reconsideration for 12 months where the budget is NHS-funded", () => {
    const route = nhsChallengeRoute({
      kind: "plan-approval",
      decidedOn: "2028-02-29",
      healthFunded: true,
    })
    expect(route?.route).toBe("nhs-reconsideration")
    expect(route?.deadline).toBe("2029-02-28")
    expect(route?.reasons[0].text).toContain("SI 2013/2354")
  })

  it("opens none where no NHS money is involved", () => {
    expect(
      nhsChallengeRoute({ kind: "plan-approval", decidedOn: "2026-12-03", healthFunded: false }),
    ).toBeUndefined()
  })
})
