import { afterAll, assert, describe, it } from "vitest"
import {
  Actor,
  activateContingency,
  allocateDue,
  CouncilId,
  completeReview,
  declineBudget,
  decideEligibility,
  decidePlan,
  draftPlan,
  getBudget,
  getJourney,
  ledgerHistory,
  recordAssessment,
  resumeBudget,
  suspendBudget,
  setIndicativeBudget,
  startReview,
  submitPlan,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { eligibleAssessment, notEligibleAssessment, supportPlan } from "@openpb/scenarios"
import { makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"
import { walkToActive } from "./journeySupport.ts"

const councilId = CouncilId.make("northmere")
const admin = new Actor({ subject: "reassess-admin", roles: ["council-admin"], councilId })
const approver = new Actor({ subject: "reassess-approver", roles: ["approver"], councilId })
const finance = new Actor({ subject: "reassess-finance", roles: ["finance"], councilId })

const reviewThatReassesses = (journeyId: string) => [
  startReview({ journeyId, trigger: "practitioner-request" }),
  completeReview({
    journeyId,
    progress: [],
    views: {
      person: "Things have changed a lot since the spring.",
      practitioner: "New needs since the hospital stay.",
    },
    outcome: "reassess",
    reasons: ["Needs have changed since the assessment: they are assessed again."],
  }),
]

describe(`a review that reassesses, on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())
  const asAdmin = runAs(runtime, admin)
  const asApprover = runAs(runtime, approver)
  const asFinance = runAs(runtime, finance)

  it("goes back to assessment with the budget running, keeps crisis help open, and a new approval carries on the same budget", async () => {
    const journeyId = await walkToActive(asAdmin, asApprover, "Reassessed")
    const before = (await asAdmin(getJourney({ journeyId }))).journey
    const budgetId = before.budgetId!
    for (const step of reviewThatReassesses(journeyId)) await asAdmin(step)

    const reassessing = (await asAdmin(getJourney({ journeyId }))).journey
    assert.strictEqual(reassessing.stage, "assessing")
    assert.strictEqual((await asAdmin(getBudget({ budgetId }))).status, "active")
    // The running budget's clocks keep going while needs are assessed again.
    assert.isTrue(reassessing.reviews.some((r) => r.status === "due"))
    // Crisis help is not locked by the reassessment.
    const uplifted = await asAdmin(
      activateContingency({ journeyId, upliftPence: 20_000, days: 7, reason: "a crisis" }),
    )
    assert.isNotNull(uplifted.contingency)
    // The person cannot "decline" a budget that is running: it is ended instead.
    const declined = await asAdmin(declineBudget({ journeyId, reason: "no" })).catch(
      (error: { _tag?: string }) => error._tag,
    )
    assert.strictEqual(declined, "IllegalTransition")

    await asAdmin(recordAssessment({ journeyId, assessment: eligibleAssessment }))
    await asAdmin(decideEligibility({ journeyId }))
    const indicative = await asAdmin(setIndicativeBudget({ journeyId }))
    assert.strictEqual(indicative.stage, "indicative-budget")
    assert.strictEqual(indicative.budgetId, budgetId)
    assert.notStrictEqual(indicative.indicativeDecisionId, before.indicativeDecisionId)
    assert.strictEqual((await asAdmin(getBudget({ budgetId }))).status, "active")

    await asAdmin(draftPlan({ journeyId, plan: supportPlan }))
    await asAdmin(submitPlan({ journeyId }))
    const approved = await asApprover(
      decidePlan({ journeyId, approve: true, reasons: ["still meets the outcomes"] }),
    )
    assert.strictEqual(approved.stage, "active")
    assert.strictEqual(approved.budgetId, budgetId)
    assert.notStrictEqual(approved.approved?.decisionId, before.approved?.decisionId)
  })

  it("ends the running budget, reconciled and with its reason, when the needs are no longer eligible", async () => {
    const journeyId = await walkToActive(asAdmin, asApprover, "NoLongerEligible")
    const budgetId = (await asAdmin(getJourney({ journeyId }))).journey.budgetId!
    // Money allocated and not yet spent goes back to the funders when the budget ends.
    await asFinance(allocateDue({ budgetId }))
    for (const step of reviewThatReassesses(journeyId)) await asAdmin(step)
    await asAdmin(recordAssessment({ journeyId, assessment: notEligibleAssessment }))
    const ended = await asAdmin(decideEligibility({ journeyId }))
    assert.strictEqual(ended.stage, "ended")
    assert.strictEqual(ended.ending?.reason, "no-longer-eligible")
    assert.strictEqual((await asAdmin(getBudget({ budgetId }))).status, "ended")
    const postings = await asAdmin(ledgerHistory({ budgetId }))
    assert.isTrue(postings.some((p) => p.kind === "reconciliation"))
  })

  it("lets a hospital stay pause a budget during an open review or a reassessment, and resumes at that step", async () => {
    const journeyId = await walkToActive(asAdmin, asApprover, "PausedMidReview")
    const budgetId = (await asAdmin(getJourney({ journeyId }))).journey.budgetId!
    await asAdmin(startReview({ journeyId, trigger: "crisis" }))
    const paused = await asAdmin(suspendBudget({ journeyId, reason: "a hospital stay" }))
    assert.strictEqual(paused.stage, "suspended")
    assert.strictEqual(paused.suspension?.resumeTo, "under-review")
    assert.strictEqual((await asAdmin(getBudget({ budgetId }))).status, "suspended")
    const resumed = await asAdmin(resumeBudget({ journeyId }))
    assert.strictEqual(resumed.stage, "under-review")
    assert.strictEqual((await asAdmin(getBudget({ budgetId }))).status, "active")

    // The review goes on where it was, and may send the journey back to assessment.
    await asAdmin(
      completeReview({
        journeyId,
        progress: [],
        views: { person: "I was in hospital.", practitioner: "Needs have changed." },
        outcome: "reassess",
        reasons: ["Needs changed after the admission."],
      }),
    )
    const again = await asAdmin(suspendBudget({ journeyId, reason: "readmitted" }))
    assert.strictEqual(again.suspension?.resumeTo, "assessing")
    assert.strictEqual((await asAdmin(resumeBudget({ journeyId }))).stage, "assessing")
  })

  it("does not pause a journey that has no budget running", async () => {
    const journeyId = await walkToActive(asAdmin, asApprover, "NoPauseBeforeBudget").then(
      async (id) => {
        for (const step of reviewThatReassesses(id)) await asAdmin(step)
        await asAdmin(recordAssessment({ journeyId: id, assessment: notEligibleAssessment }))
        await asAdmin(decideEligibility({ journeyId: id }))
        return id
      },
    )
    assert.strictEqual(
      await asAdmin(suspendBudget({ journeyId, reason: "a hospital stay" })).catch(
        (error: { _tag?: string }) => error._tag,
      ),
      "IllegalTransition",
    )
  })
})
