import {
  Actor,
  decidePlan,
  draftPlan,
  journeyInPlainWords,
  spendingAgainstPlan,
  submitPlan,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { supportPlan } from "@openpb/scenarios"
import { afterAll, describe, expect, it } from "vitest"
import { makeTestClock, makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"
import { toIndicativeBudget } from "./journeySupport.ts"
import { councilId, finance } from "./ledgerSupport.ts"

describe(`a journey in plain words, on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())

  it("tells the person where they are, what is next, and what they can still challenge, by when; the plan's lines in force only", async () => {
    const time = makeTestClock()
    const asFinance = runAs(runtime, finance, time.clock)
    const { journeyId } = await asFinance(
      toIndicativeBudget({ givenName: "Plain", familyName: "Words" }),
    )
    await asFinance(draftPlan({ journeyId, plan: supportPlan }))
    await asFinance(submitPlan({ journeyId }))
    const approved = await asFinance(
      decidePlan({
        journeyId,
        approve: true,
        reasons: ["The personal assistant meets the outcomes."],
        refusedLines: [
          {
            lineId: "l2",
            refusal: {
              ground: "equally-effective-for-less",
              explanation: "The college runs the same course free for residents.",
            },
          },
        ],
      }),
    )
    const asSelf = runAs(
      runtime,
      new Actor({ subject: "self", roles: ["person"], councilId, personId: approved.personId }),
      time.clock,
    )
    const words = await asSelf(journeyInPlainWords({ journeyId }))
    expect(words.stage).toBe("active")
    expect(words.whereYouAre).toBe("Your personal budget is running.")
    expect(words.nextReviewDue).not.toBeNull()
    expect(words.whatHappensNext).toMatch(/^Your next review is due by \d+ \w+ 20\d\d\.$/)
    const kinds = words.decisionsYouCanChallenge.map((d) => d.kind)
    for (const kind of ["eligibility", "indicative-budget", "plan-approval", "plan-line-refusal"])
      expect(kinds).toContain(kind)
    expect(words.decisionsYouCanChallenge.every((d) => d.until >= "2026-11-24")).toBe(true)
    // What is left per line counts the lines in force: the refused course is not one.
    const left = await asSelf(spendingAgainstPlan({ budgetId: approved.budgetId! }))
    expect(left.lines.map((l) => l.lineId)).toEqual(["l1"])
    // A year and more on, the deadlines have passed: nothing is left to challenge.
    time.advanceDays(400)
    expect((await asSelf(journeyInPlainWords({ journeyId }))).decisionsYouCanChallenge).toEqual([])
  }, 60_000)
})
