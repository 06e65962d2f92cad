import {
  Actor,
  CouncilId,
  decideEligibility,
  getDecision,
  getJourney,
  recordAssessment,
  referPerson,
  registerPerson,
  startAssessment,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { eligibleAssessment, referral } from "@openpb/scenarios"
import { afterAll, describe, expect, it } from "vitest"
import { makeTestClock, makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"

const councilId = CouncilId.make("northmere")
const admin = new Actor({ subject: "fluctuation-admin", roles: ["council-admin"], councilId })

const fluctuation = {
  pattern: "psychotic episodes most winters",
  episodes: [{ from: "2026-01-10", to: "2026-02-14", description: "admitted under section 2" }],
}

describe(`fluctuating needs on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())

  it("refuses an assessment-day-only period for fluctuating needs, writing nothing, and cites the episodes once the period covers a year", async () => {
    const time = makeTestClock()
    const asAdmin = runAs(runtime, admin, time.clock)
    const person = await asAdmin(registerPerson({ givenName: "Winter", familyName: "Pattern" }))
    const { id: journeyId } = await asAdmin(referPerson({ personId: person.id, referral }))
    await asAdmin(startAssessment({ journeyId }))
    const before = (await asAdmin(getJourney({ journeyId }))).journey

    const oneDay = await asAdmin(
      recordAssessment({
        journeyId,
        assessment: {
          ...eligibleAssessment,
          period: { from: "2026-11-20", to: "2026-11-20" },
          fluctuation,
        },
      }),
    ).then(
      () => undefined,
      (error: unknown) => error as { _tag: string; message: string },
    )
    expect(oneDay?._tag).toBe("InvalidInput")
    expect(oneDay?.message).toContain("assessment.period")
    expect(oneDay?.message).toContain("an assessment on one day")
    expect((await asAdmin(getJourney({ journeyId }))).journey.version).toBe(before.version)

    await asAdmin(
      recordAssessment({
        journeyId,
        assessment: {
          ...eligibleAssessment,
          period: { from: "2025-11-20", to: "2026-11-20" },
          fluctuation,
        },
      }),
    )
    const decided = await asAdmin(decideEligibility({ journeyId }))
    const decision = await asAdmin(getDecision({ decisionId: decided.eligibilityDecisionId! }))
    expect(decision.reasons.map((r) => r.text).join(" ")).toContain(
      "2026-01-10 to 2026-02-14, admitted under section 2",
    )
  }, 120_000)
})
