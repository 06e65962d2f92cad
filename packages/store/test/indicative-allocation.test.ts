import { afterAll, assert, describe, it } from "vitest"
import { Actor, CouncilId, getDecision, getJourney } from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"
import { toIndicativeBudget } from "./journeySupport.ts"

const councilId = CouncilId.make("northmere")
const admin = new Actor({ subject: "allocation-admin", roles: ["council-admin"], councilId })

describe(`the indicative amount, line by line, on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())
  const asAdmin = runAs(runtime, admin)

  it("keeps every itemised line of the allocation on the indicative decision, as typed amounts", async () => {
    const { journeyId } = await asAdmin(
      toIndicativeBudget({ givenName: "Itemised", familyName: "Allocation" }),
    )
    const { journey } = await asAdmin(getJourney({ journeyId }))
    const indicative = await asAdmin(getDecision({ decisionId: journey.indicativeDecisionId! }))
    const lines = indicative.allocation
    assert.isAtLeast(lines.length, 2)
    // Each scored line is its points at one price a point; the last line is the amount set.
    const scored = lines.filter((l) => l.points !== null && l.points > 0)
    assert.isAtLeast(scored.length, 1)
    const price = scored[0]!.amountPence! / scored[0]!.points!
    for (const line of scored)
      assert.strictEqual(line.amountPence, line.points! * price, line.label)
    assert.strictEqual(lines.at(-1)!.amountPence, indicative.amounts.annualAmountPence)
    for (const line of lines) assert.isAbove(line.text.length, 0)

    // A decision that set no amount by lines keeps none.
    const eligibility = await asAdmin(getDecision({ decisionId: journey.eligibilityDecisionId! }))
    assert.deepStrictEqual(eligibility.allocation, [])
  })
})
