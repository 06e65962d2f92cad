import { loadPlugin } from "@openpb/plugin-sdk"
import { Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  adultEligibility,
  assessmentPeriod,
  EnglandCareActSettings,
  englandCareAct,
} from "../src/index.ts"
import { adult } from "./fixtures.ts"

// Care and Support (Eligibility Criteria) Regulations 2015 reg 2(4): where the level of needs
// fluctuates, the council takes into account the adult's circumstances over the period it
// considers necessary to establish the level of need accurately.
const settings = Schema.decodeUnknownSync(EnglandCareActSettings)({})
const check = assessmentPeriod(settings)

const fluctuating = (
  from: string,
  to: string,
  episodes = [
    { from: "2026-02-01", to: "2026-02-20", description: "relapse, admitted for 12 days" },
  ],
) =>
  adult(
    [
      ["nutrition", ["without-assistance"]],
      ["habitable-home", ["without-assistance"]],
    ],
    {
      period: { from, to },
      fluctuation: { pattern: "bipolar relapses two or three times a year", episodes },
    },
  )

describe("fluctuating needs over the period reg 2(4) requires", () => {
  it("accepts a period reaching back the 12 months the council requires, to the day", () => {
    expect(check(fluctuating("2025-09-30", "2026-09-30")).sufficient).toBe(true)
    const oneDayShort = check(fluctuating("2025-10-01", "2026-09-30"))
    expect(oneDayShort.sufficient).toBe(false)
    expect(oneDayShort.reasons[0].text).toContain("look back at least 12 months, to 2025-09-30")
  })

  it("refuses an assessment-day-only period, saying why", () => {
    const day = check(fluctuating("2026-09-30", "2026-09-30", []))
    expect(day.sufficient).toBe(false)
    expect(day.reasons[0].text).toContain("an assessment on one day")
    expect(day.reasons[0].text).toContain("reg 2(4)")
  })

  it("refuses an episode outside the period", () => {
    const outside = check(
      fluctuating("2025-09-30", "2026-09-30", [
        { from: "2025-06-01", to: "2025-06-10", description: "crisis" },
      ]),
    )
    expect(outside.reasons[0].text).toContain("falls outside the assessment period")
  })

  it("leaves a stable need to be assessed over any period, even a day", () => {
    const stable = adult([], { period: { from: "2026-09-30", to: "2026-09-30" } })
    expect(check(stable).sufficient).toBe(true)
  })

  it("cites the episodes in the eligibility reasons", () => {
    const decision = adultEligibility(fluctuating("2025-09-30", "2026-09-30"))
    const cited = decision.reasons.find(
      (r) => r.criterion === "care-act/eligibility/reg-2/4/episodes",
    )
    expect(cited?.text).toContain("2026-02-01 to 2026-02-20, relapse, admitted for 12 days")
    expect(cited?.text).toContain("bipolar relapses")
  })

  it("lets a council require a longer history, never under 3 months", () => {
    const longer = Effect.runSync(
      loadPlugin(englandCareAct.with({ fluctuatingNeedsHistoryMonths: 24 })),
    )
    expect(
      longer.rules.eligibility?.assessmentPeriod?.(fluctuating("2025-09-30", "2026-09-30"))
        .sufficient,
    ).toBe(false)
    const tooShort = Effect.runSync(
      Effect.flip(loadPlugin(englandCareAct.with({ fluctuatingNeedsHistoryMonths: 1 }))),
    )
    expect(tooShort._tag).toBe("PluginSettingsInvalid")
  })
})
