import { afterAll, assert, describe, it } from "vitest"
import {
  Actor,
  CouncilId,
  decidePlan,
  draftPlan,
  getDecision,
  getJourney,
  submitPlan,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { supportPlan } from "@openpb/scenarios"
import { makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"
import { toIndicativeBudget } from "./journeySupport.ts"

const councilId = CouncilId.make("northmere")
const admin = new Actor({ subject: "banding-admin", roles: ["council-admin"], councilId })
const approver = new Actor({ subject: "banding-approver", roles: ["approver"], councilId })
const tagOf = (error: {
  _tag?: string
  issues?: ReadonlyArray<{ path: ReadonlyArray<unknown> }>
}) => `${error._tag}${error.issues ? `:${error.issues[0]?.path.join(".")}` : ""}`

describe(`top-ups and upper banding, on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())
  const asAdmin = runAs(runtime, admin)
  const asApprover = runAs(runtime, approver)

  it("keeps the person's own top-up for a dearer option outside the budget, and never charges on it", async () => {
    const { journeyId } = await asAdmin(
      toIndicativeBudget({ givenName: "TopUp", familyName: "Own" }),
    )
    const [pa, course] = supportPlan.lines
    // A dearer personal assistant: £22 an hour against £18, the person paying the £4 x 4 hours.
    const dearer = { ...pa, unitCostPence: 2_200, personTopUpPence: 1_600 }
    const tooMuch = await asAdmin(
      draftPlan({
        journeyId,
        plan: { ...supportPlan, lines: [{ ...dearer, personTopUpPence: 8_801 }, course] },
      }),
    ).catch(tagOf)
    assert.strictEqual(tooMuch, "InvalidInput:plan.lines.0.personTopUpPence")

    await asAdmin(draftPlan({ journeyId, plan: { ...supportPlan, lines: [dearer, course] } }))
    await asAdmin(submitPlan({ journeyId }))
    const approved = await asApprover(
      decidePlan({
        journeyId,
        approve: true,
        reasons: ["meets the outcomes"],
        panelReference: "P",
      }),
    )
    // The budget pays 4 x £18 a week (£3,744 a year) and the course (£240); the person's £4 an
    // hour x 4 x 52 = £832 a year is theirs.
    assert.strictEqual(approved.approved?.costOfMeetingNeedsPence, 1_800 * 4 * 52 + 24_000)
    assert.strictEqual(approved.approved?.personTopUpPence, 1_600 * 52)
    const decision = await asAdmin(getDecision({ decisionId: approved.approved!.decisionId }))
    const topUp = decision.reasons.find((r) => r.criterion === "approval/person-top-up")
    assert.include(topUp?.text, "£832.00 a year of your own money")
    assert.include(topUp?.text, "not a contribution")
    // The contribution is assessed on what the budget pays, never on the top-up.
    assert.isAtMost(
      approved.approved!.personContributionPence,
      approved.approved!.costOfMeetingNeedsPence,
    )
  })

  it("sends a plan above the allocation's upper band to approval with reasons (the budget must be sufficient)", async () => {
    const { journeyId } = await asAdmin(
      toIndicativeBudget({ givenName: "Upper", familyName: "Band" }),
    )
    const [pa] = supportPlan.lines
    // £620 a week for 24-hour support: £32,240 a year, above the £30,000 band.
    const intensive = { ...pa, unitCostPence: 62_000, unitsPerPeriod: 1 }
    await asAdmin(draftPlan({ journeyId, plan: { ...supportPlan, lines: [intensive] } }))
    const submitted = await asAdmin(submitPlan({ journeyId }))
    assert.deepStrictEqual(submitted.submission?.upperBanding, {
      capPence: 3_000_000,
      planCostPence: 3_224_000,
    })
    const approve = {
      journeyId,
      approve: true,
      reasons: ["The night support is what keeps her out of hospital."],
      panelReference: "PANEL-2026-12",
    }
    assert.strictEqual(
      await asApprover(decidePlan(approve)).catch(tagOf),
      "InvalidInput:upperBandingReasons",
    )
    const approved = await asApprover(
      decidePlan({
        ...approve,
        upperBandingReasons: ["Two admissions last year ended when night support began."],
      }),
    )
    assert.strictEqual(approved.approved?.costOfMeetingNeedsPence, 3_224_000)
    const decision = await asAdmin(getDecision({ decisionId: approved.approved!.decisionId }))
    const banding = decision.reasons.filter((r) => r.criterion === "approval/upper-banding")
    assert.strictEqual(banding.length, 2)
    assert.include(banding[0]!.text, "11.24")
    assert.strictEqual((await asAdmin(getJourney({ journeyId }))).journey.stage, "active")
  })
})
