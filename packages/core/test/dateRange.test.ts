import { Exit, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { AssessmentPeriod, Period } from "../src/index.ts"

describe("periods", () => {
  it("never end before they start, in reports and in assessments alike", () => {
    for (const schema of [Period, AssessmentPeriod]) {
      expect(Schema.is(schema)({ from: "2026-10-01", to: "2026-10-01" })).toBe(true)
      const reversed = Schema.decodeUnknownExit(schema)({ from: "2026-10-14", to: "2026-10-01" })
      expect(Exit.isFailure(reversed)).toBe(true)
      expect(String(reversed)).toContain("must not be before from")
    }
    expect(
      Schema.is(AssessmentPeriod)({ from: "2026-02-30", to: "2026-03-01" }),
      "a day that does not exist",
    ).toBe(false)
  })
})
