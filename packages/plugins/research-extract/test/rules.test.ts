import { createHmac } from "node:crypto"
import { testPluginConformance } from "@openpb/plugin-testkit"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { ageBand, makePseudonymiser, month, researchExtract } from "../src/index.ts"

testPluginConformance(researchExtract, {
  settings: [{ pseudonymisationKey: "k".repeat(32) }],
  invalidSettings: [{}, { pseudonymisationKey: "too short" }, { pseudonymisationKey: 42 }],
})

describe("the research extract's rules", () => {
  it("pseudonymises as HMAC-SHA-256 does, for any key and id", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 32, maxLength: 200 }), fc.uuid(), (key, id) => {
        expect(makePseudonymiser(key)("person", id)).toBe(
          createHmac("sha256", Buffer.from(key, "utf8")).update(`person:${id}`).digest("hex"),
        )
      }),
    )
  })

  it("coarsens dates to months and ages to bands that never name a day", () => {
    const date = fc
      .date({
        min: new Date("1920-01-01T00:00:00Z"),
        max: new Date("2040-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10))
    fc.assert(
      fc.property(date, date, (birth, on) => {
        expect(month(on)).toBe(on.slice(0, 7))
        const band = ageBand(birth, on)!
        expect(band).toMatch(/^(under-18|18-24|\d\d-\d\d|75\+)$/)
        if (/^\d\d-\d\d$/.test(band) && band !== "18-24") {
          const [low, high] = band.split("-").map(Number) as [number, number]
          expect(high - low).toBe(9)
        }
      }),
    )
    expect(ageBand("1980-02-10", "2026-02-09")).toBe("45-54")
    expect(ageBand("1980-02-10", "2025-02-09")).toBe("35-44")
    expect(ageBand(null, "2026-01-01")).toBeNull()
  })
})
