import { PlanLine, SpendingRulesPolicy } from "@openpb/plugin-sdk"
import { Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { glenallan } from "../src/deployment.ts"

describe("Glenallan's deployment", () => {
  it("answers every port from Scottish and local plugins, with no NHS England plugin", async () => {
    const resolved = await Effect.runPromise(glenallan.resolve)
    const ids = new Set(resolved.manifest.flatMap((m) => m.plugins.map((p) => p.split("@")[0])))
    expect([...ids].sort()).toEqual([
      "openpb/local-limits",
      "openpb/outcome-measures",
      "openpb/points-ras",
      "openpb/scotland-sds",
    ])
  })

  it("is held to no national floor: Scotland's eligibility bands and charging are local choices", async () => {
    const resolved = await Effect.runPromise(glenallan.resolve)
    expect(resolved.floors).toEqual([])
  })

  it("refuses an Option 1 direct payment for the council's own day centre, and allows it under Option 3", async () => {
    const line = (deliveryMechanism: string) =>
      Schema.decodeUnknownSync(PlanLine)({
        id: "day-centre",
        description: "Two days a week at the resource centre",
        category: "social-activities",
        provider: "Glenallan Council resource centre",
        unitCostPence: 4_500,
        unitsPerPeriod: 2,
        frequency: "weekly",
        fundingStream: "council-social-care",
        deliveryMechanism,
        outcomeIds: ["o1"],
      })
    const [option1, option3] = await Effect.gen(function* () {
      const rules = yield* SpendingRulesPolicy
      return [
        yield* rules.checkLine(line("direct-payment")),
        yield* rules.checkLine(line("notional")),
      ]
    }).pipe(Effect.provide(glenallan.layer), Effect.runPromise)
    expect(option1).toMatchObject({ verdict: "not-allowed", policy: { id: "openpb/scotland-sds" } })
    expect(option1?.reason.text).toContain("Option 1")
    expect(option3?.verdict).toBe("allowed")
  })
})
