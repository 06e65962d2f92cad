import { ApprovalInput, ContingencyRequest, loadPlugin } from "@openpb/plugin-sdk"
import { testPluginConformance } from "@openpb/plugin-testkit"
import { Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { decide, LocalLimitsSettings, localLimits, requirement } from "../src/index.ts"

testPluginConformance(localLimits, {
  settings: [{}, { practitionerLimitPence: 300_000, contingencyMaxDaysPer12Months: 28 }],
  invalidSettings: [
    { practitionerLimitPence: 3_000_000, teamManagerLimitPence: 1 },
    { tolerancePercent: -1 },
  ],
})

const s = Schema.decodeUnknownSync(LocalLimitsSettings)({ practitionerLimitPence: 300_000 })
const approval = (cost: number, indicative: number, needs = false) =>
  requirement(s)(
    Schema.decodeUnknownSync(ApprovalInput)({
      annualPlanCostPence: cost,
      indicativeAnnualPence: indicative,
      lineChecks: needs
        ? [
            {
              lineId: "l",
              verdict: "needs-approval",
              reason: { criterion: "c", met: null, text: "t" },
              policy: { id: "p", version: "1" },
            },
          ]
        : [],
    }),
  )

describe("approval: the scheme of delegation", () => {
  it("sends a plan to the lowest level whose limit covers it", () => {
    expect(approval(300_000, 300_000).level).toBe("practitioner")
    expect(approval(300_001, 300_000).level).toBe("team-manager")
    expect(approval(300_000, 300_000, true).level).toBe("team-manager")
    expect(approval(2_600_000, 2_600_000).level).toBe("panel")
  })
  it("sends a plan beyond 10% of its indicative amount to a panel (boundary at exactly 10%)", () => {
    expect(approval(110_000, 100_000).level).toBe("practitioner")
    expect(approval(110_001, 100_000).level).toBe("panel")
  })
})

describe("contingency", () => {
  const request = (r: Partial<typeof ContingencyRequest.Encoded>) =>
    decide(s)(
      Schema.decodeUnknownSync(ContingencyRequest)({
        annualBudgetPence: 1_200_000,
        planUpliftCapPence: 200_000,
        planMaxDurationDays: 14,
        requestedUpliftPence: 150_000,
        requestedDays: 10,
        daysUsedInLast12Months: 0,
        ...r,
      }),
    )
  it("allows what the plan agreed, for the days asked within the plan's maximum", () => {
    expect(request({})).toMatchObject({ allowed: true, upliftPence: 150_000, days: 10 })
    expect(request({ requestedDays: 30 }).days).toBe(14)
  })
  it("refuses more than the plan's cap or a quarter of the budget", () => {
    expect(request({ requestedUpliftPence: 200_001 }).allowed).toBe(false)
    expect(request({ annualBudgetPence: 400_000, requestedUpliftPence: 100_001 }).allowed).toBe(
      false,
    )
    expect(request({ annualBudgetPence: 400_000, requestedUpliftPence: 100_000 }).allowed).toBe(
      true,
    )
  })
  it("counts the days already used in 12 months against the council's limit", () => {
    const strict = Schema.decodeUnknownSync(LocalLimitsSettings)({
      contingencyMaxDaysPer12Months: 28,
    })
    const r = Schema.decodeUnknownSync(ContingencyRequest)({
      annualBudgetPence: 1_200_000,
      planUpliftCapPence: 200_000,
      planMaxDurationDays: 14,
      requestedUpliftPence: 1,
      requestedDays: 10,
      daysUsedInLast12Months: 24,
    })
    expect(decide(strict)(r)).toMatchObject({ allowed: true, days: 4 })
    expect(decide(strict)({ ...r, daysUsedInLast12Months: 28 }).allowed).toBe(false)
  })
})

describe("grounds for refusing a plan", () => {
  it("offers the Care Act's grounds by default, and a council's own words when it sets them", () => {
    const defaults = Effect.runSync(loadPlugin(localLimits.with()))
    expect(defaults.rules.approval?.refusalGrounds.map((g) => g.id)).toEqual([
      "needs-not-met",
      "not-sufficient",
      "equally-effective-for-less",
      "spending-not-allowed",
      "risk-not-managed",
      "information-missing",
    ])
    const own = Effect.runSync(
      loadPlugin(
        localLimits.with({
          refusalGrounds: [{ id: "needs-not-met", text: "The plan does not meet your needs." }],
        }),
      ),
    )
    expect(own.rules.approval?.refusalGrounds).toEqual([
      { id: "needs-not-met", text: "The plan does not meet your needs." },
    ])
    const none = Effect.runSync(Effect.flip(loadPlugin(localLimits.with({ refusalGrounds: [] }))))
    expect(none._tag).toBe("PluginSettingsInvalid")
  })
})
