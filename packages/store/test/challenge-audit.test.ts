import {
  Actor,
  getJourney,
  lodgeChallenge,
  reviewChallenge,
  resolveChallenge,
  whoSawMyRecord,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { afterAll, describe, expect, it } from "vitest"
import { makeTestClock, makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"
import { toIndicativeBudget } from "./journeySupport.ts"
import { councilId, finance } from "./ledgerSupport.ts"

describe(`reviewing a challenge, on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())
  const clock = makeTestClock().clock
  const reviewer = new Actor({ subject: "reviewer", roles: ["approver"], councilId })
  const clerk = new Actor({ subject: "clerk", roles: ["finance"], councilId })

  it("names the person in the audit trail, so it shows in their who saw my record; a role that may not review is refused before any lookup", async () => {
    const asFinance = runAs(runtime, finance, clock)
    const { journeyId } = await asFinance(
      toIndicativeBudget({ givenName: "Challenge", familyName: "Audited" }),
    )
    const { journey } = await asFinance(getJourney({ journeyId }))
    const challenge = await asFinance(
      lodgeChallenge({
        decisionId: journey.eligibilityDecisionId!,
        grounds: "My needs were not all heard.",
      }),
    )
    await expect(
      runAs(runtime, clerk, clock)(reviewChallenge({ challengeId: crypto.randomUUID() })),
    ).rejects.toThrow(/may not challenge resolve/)
    await runAs(runtime, reviewer, clock)(reviewChallenge({ challengeId: challenge.id }))
    await runAs(
      runtime,
      reviewer,
      clock,
    )(
      resolveChallenge({
        challengeId: challenge.id,
        result: "not-upheld",
        reasons: ["The assessment heard every need the person raised."],
      }),
    )
    const seen = await runAs(
      runtime,
      new Actor({
        subject: "self",
        roles: ["person"],
        councilId,
        personId: journey.personId,
      }),
      clock,
    )(whoSawMyRecord({ personId: journey.personId }))
    expect(seen.filter((e) => e.who === "reviewer").map((e) => e.what)).toEqual([
      "challenge.resolve",
      "challenge.resolve",
    ])
  }, 60_000)
})
