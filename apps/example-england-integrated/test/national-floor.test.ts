import { adultEligibility, carerEligibility } from "@openpb/plugin-england-care-act"
import {
  type AdultAssessment,
  definePlugin,
  defineDeployment,
  type NationalFloorTightened,
} from "@openpb/plugin-sdk"
import { Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { ashcombe } from "../src/deployment.ts"

const unable = (a: AdultAssessment) =>
  new Set(a.outcomes.filter((o) => o.unableSenses.length > 0).map((o) => o.outcome)).size

/** What a council must not do: ask three unachievable outcomes where reg 2(1)(b) asks two. */
const threeOutcomes = definePlugin({
  id: "ashcombe/three-outcomes",
  version: "1.0.0",
  description: "A local eligibility rule asking three unachievable outcomes instead of two.",
  provides: ["eligibility"],
  settings: Schema.Struct({}),
  rules: () => ({
    eligibility: {
      adult: (a) => ({
        ...adultEligibility(a),
        eligible: adultEligibility(a).eligible && unable(a) >= 3,
      }),
      carer: carerEligibility,
    },
  }),
})

describe("Ashcombe and England's national floor", () => {
  it("holds Ashcombe's local settings to the national rules and finds them no stricter", async () => {
    const resolved = await Effect.runPromise(ashcombe.resolve)
    expect(resolved.floors.map((f) => f.rule)).toEqual([
      "eligibility.adult",
      "eligibility.carer",
      "charging.contribution",
      "reviewSchedule.nextReviews",
    ])
    // Its own guarantee, minimum charge and six-week first review differ from the national
    // settings, so every rule was compared rather than taken as the floor itself.
    for (const floor of resolved.floors) {
      expect(floor.floor).toBe("openpb/england-care-act@1.0.0")
      expect(floor.sameRules).toBe(false)
      expect(floor.cases).toBeGreaterThanOrEqual(300)
    }
  })

  it("does not start with a stricter eligibility plugin, naming it and a person the regulations make eligible", async () => {
    const stricter = defineDeployment({
      ...ashcombe.definition,
      plugins: [...ashcombe.definition.plugins, threeOutcomes.with()],
      choose: { eligibility: "ashcombe/three-outcomes" },
    })
    const error = (await Effect.runPromise(Effect.flip(stricter.resolve))) as NationalFloorTightened
    expect(error._tag).toBe("NationalFloorTightened")
    expect(error.message).toContain("ashcombe/three-outcomes@1.0.0")
    expect(error.message).toContain(
      "For an adult whose needs arise from an impairment or illness, unable to achieve 2 of the outcomes",
    )
    expect(error.message).toContain(
      "(openpb/england-care-act@1.0.0 with its national settings) says eligible",
    )
  })
})
