import { afterAll, assert, describe, it } from "vitest"
import {
  Actor,
  CouncilId,
  decideEligibility,
  getDecision,
  recordAssessment,
  referPerson,
  registerPerson,
  startAssessment,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { eligibleAssessment, notEligibleAssessment, referral } from "@openpb/scenarios"
import { makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"

const councilId = CouncilId.make("northmere")
const admin = new Actor({ subject: "advice-admin", roles: ["council-admin"], councilId })

describe(`the written advice with a not-eligible decision (Care Act s13(5)), on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())
  const asAdmin = runAs(runtime, admin)

  const assessed = async (
    name: string,
    assessment: typeof eligibleAssessment | typeof notEligibleAssessment,
  ) => {
    const person = await asAdmin(registerPerson({ givenName: name, familyName: "Advice" }))
    const journey = await asAdmin(referPerson({ personId: person.id, referral }))
    await asAdmin(startAssessment({ journeyId: journey.id }))
    await asAdmin(recordAssessment({ journeyId: journey.id, assessment }))
    return journey.id
  }
  const adviceReasonOf = async (decisionId: string) =>
    (await asAdmin(getDecision({ decisionId }))).reasons.find(
      (r) => r.criterion === "s13(5)/information-and-advice",
    )

  it("records the advice given on the journey and in the decision's reasons", async () => {
    const journeyId = await assessed("Given", notEligibleAssessment)
    const advice =
      "Details of the peer support group and the library's wellbeing sessions, in writing."
    const decided = await asAdmin(decideEligibility({ journeyId, informationAndAdvice: advice }))
    assert.strictEqual(decided.stage, "not-eligible")
    assert.strictEqual(decided.informationAndAdvice, advice)
    const reason = await adviceReasonOf(decided.eligibilityDecisionId!)
    assert.strictEqual(reason?.met, true)
    assert.include(reason?.text, advice)
  })

  it("states the duty still to be met when no advice is recorded, and says nothing of it when eligible", async () => {
    const without = await asAdmin(
      decideEligibility({ journeyId: await assessed("Without", notEligibleAssessment) }),
    )
    assert.isUndefined(without.informationAndAdvice)
    assert.strictEqual((await adviceReasonOf(without.eligibilityDecisionId!))?.met, false)

    const eligible = await asAdmin(
      decideEligibility({
        journeyId: await assessed("Eligible", eligibleAssessment),
        informationAndAdvice: "Not needed.",
      }),
    )
    assert.strictEqual(eligible.stage, "eligibility-decided")
    assert.isUndefined(eligible.informationAndAdvice)
    assert.isUndefined(await adviceReasonOf(eligible.eligibilityDecisionId!))
  })
})
