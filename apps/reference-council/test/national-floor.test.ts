import { Effect } from "effect"
import { expect, it } from "vitest"
import { northmere } from "../src/deployment.ts"

it("runs England's national rules as they stand: the Care Act plugin with its national settings is the floor itself", async () => {
  const resolved = await Effect.runPromise(northmere.resolve)
  expect(resolved.floors.map((f) => [f.rule, f.sameRules, f.cases])).toEqual([
    ["eligibility.adult", true, 0],
    ["eligibility.carer", true, 0],
    ["charging.contribution", true, 0],
    ["reviewSchedule.nextReviews", true, 0],
  ])
})
