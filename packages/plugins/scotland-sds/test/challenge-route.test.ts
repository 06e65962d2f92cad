import { describe, expect, it } from "vitest"
import { scottishChallengeRoute } from "../src/index.ts"

// The SPSO model complaints handling procedure: a complaint normally within six months.
describe("challenging a Scottish council's decision: six months", () => {
  it("runs to the same date six months on, clamped at month ends", () => {
    const deadline = (decidedOn: string) =>
      scottishChallengeRoute({ kind: "eligibility", decidedOn, healthFunded: false }).deadline
    expect(deadline("2026-12-03")).toBe("2027-06-03")
    expect(deadline("2026-08-31")).toBe("2027-02-28")
  })
})
