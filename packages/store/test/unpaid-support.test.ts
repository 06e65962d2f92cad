import { afterAll, assert, describe, it } from "vitest"
import {
  Actor,
  addCarer,
  CouncilId,
  decideEligibility,
  decidePlan,
  draftPlan,
  getDecision,
  getJourney,
  recordAssessment,
  recordCarerWillingness,
  recordDirectPaymentArrangements,
  recordFinancialAssessment,
  referPerson,
  registerPerson,
  setIndicativeBudget,
  startAssessment,
  submitPlan,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import {
  directPaymentArrangements,
  eligibleAssessment,
  financial,
  referral,
  supportPlan,
} from "@openpb/scenarios"
import { makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"

const councilId = CouncilId.make("northmere")
const admin = new Actor({ subject: "unpaid-admin", roles: ["council-admin"], councilId })
const approver = new Actor({ subject: "unpaid-approver", roles: ["approver"], councilId })
const pathOf = (error: {
  _tag?: string
  issues?: ReadonlyArray<{ path: ReadonlyArray<unknown> }>
}) => `${error._tag}:${error.issues?.[0]?.path.join(".") ?? ""}`

describe(`unpaid support counted against the indicative amount, on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())
  const asAdmin = runAs(runtime, admin)

  it("is its own line, only on the carer's word that they are willing and able, and a change of word sends the budget to review", async () => {
    const person = await asAdmin(registerPerson({ givenName: "Unpaid", familyName: "Support" }))
    const journey = await asAdmin(referPerson({ personId: person.id, referral }))
    const journeyId = journey.id
    await asAdmin(startAssessment({ journeyId }))
    await asAdmin(recordAssessment({ journeyId, assessment: eligibleAssessment }))
    await asAdmin(recordFinancialAssessment({ journeyId, financial }))
    await asAdmin(decideEligibility({ journeyId }))
    const carer = await asAdmin(
      addCarer({ personId: person.id, name: "Joy Support", relationship: "sister" }),
    )
    const unpaidSupport = { carerId: carer.id, weeklyValuePence: 5_000 }

    // Nothing is counted before the carer has said they are willing and able.
    assert.strictEqual(
      await asAdmin(setIndicativeBudget({ journeyId, unpaidSupport })).catch(pathOf),
      "InvalidInput:unpaidSupport.carerId",
    )
    await asAdmin(
      recordCarerWillingness({
        carerId: carer.id,
        willingAndAble: true,
        hoursPerWeek: 10,
        note: "I can keep doing Saturdays and two evenings.",
      }),
    )
    const indicative = await asAdmin(setIndicativeBudget({ journeyId, unpaidSupport }))
    const decision = await asAdmin(getDecision({ decisionId: indicative.indicativeDecisionId! }))
    const line = decision.allocation.find((l) => l.label === "unpaid support")!
    // £50 a week for 52 weeks, as its own line, taken off the amount the points gave.
    assert.strictEqual(line.amountPence, -260_000)
    const pointsAmount = decision.allocation.find((l) => l.label === "floor, cap and rounding")!
    assert.strictEqual(decision.amounts.annualAmountPence, pointsAmount.amountPence! - 260_000)
    assert.include(line.text, "Joy Support")
    assert.include(line.text, "the deduction comes off")

    await asAdmin(
      recordDirectPaymentArrangements({ journeyId, arrangements: directPaymentArrangements }),
    )
    await asAdmin(draftPlan({ journeyId, plan: supportPlan }))
    await asAdmin(submitPlan({ journeyId }))
    await runAs(
      runtime,
      approver,
    )(
      decidePlan({
        journeyId,
        approve: true,
        reasons: ["meets the outcomes"],
        panelReference: "P",
      }),
    )
    // The carer can no longer give it: the running budget goes to review.
    await asAdmin(
      recordCarerWillingness({
        carerId: carer.id,
        willingAndAble: false,
        hoursPerWeek: 0,
        note: "I have started a full-time job.",
      }),
    )
    const { journey: after } = await asAdmin(getJourney({ journeyId }))
    assert.strictEqual(after.stage, "under-review")
    assert.isTrue(
      after.reviews.some((r) => r.trigger === "carer-change" && r.status === "in-progress"),
    )
  })
})
