import { Actor, CouncilId, getDecision, getJourney, lodgeChallenge } from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { afterAll, describe, expect, it } from "vitest"
import { makeTestClock, makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"
import { toIndicativeBudget } from "./journeySupport.ts"

const councilId = CouncilId.make("northmere")
const admin = new Actor({ subject: "window-admin", roles: ["council-admin"], councilId })

describe(`challenge windows from the deployment's rules on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())

  it("gives 12 months to challenge (Complaints Regulations 2009 reg 12), open on the last day and closed the day after", async () => {
    // The test clock starts on 24 November 2026: every decision below is made that day.
    const time = makeTestClock()
    const asAdmin = runAs(runtime, admin, time.clock)
    const { journeyId } = await asAdmin(
      toIndicativeBudget(
        { givenName: "Window", familyName: "Twelve" },
        { detentions: ["section-3"] },
      ),
    )
    const { journey } = await asAdmin(getJourney({ journeyId }))
    const eligibility = await asAdmin(getDecision({ decisionId: journey.eligibilityDecisionId! }))
    expect(eligibility.challenge.deadline).toBe("2027-11-24")
    // Section 117 aftercare gives a right to a PHB: the NHS route is open too.
    expect(eligibility.challenge.routes).toEqual(["council-complaint", "nhs-reconsideration"])
    expect(eligibility.challenge.basis?.join(" ")).toContain("reg 12")

    time.advanceDays(365) // 24 November 2027, the last day
    const lodged = await asAdmin(
      lodgeChallenge({ decisionId: eligibility.id, grounds: "I disagree" }),
    )
    expect(lodged.status).toBe("lodged")
    time.advanceDays(1) // 25 November 2027
    const late = await asAdmin(
      lodgeChallenge({ decisionId: journey.indicativeDecisionId!, grounds: "too little" }),
    ).then(
      () => undefined,
      (error: unknown) => error as { _tag: string; message: string },
    )
    expect(late?._tag).toBe("ChallengeClosed")
    expect(late?.message).toContain("2027-11-24")
  }, 120_000)
})
