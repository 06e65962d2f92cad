import {
  Actor,
  CouncilId,
  declineBudget,
  draftPlan,
  getBudget,
  getJourney,
  referPerson,
  submitPlan,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { referral, supportPlan } from "@openpb/scenarios"
import { afterAll, describe, expect, it } from "vitest"
import { makeTestClock, makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"
import { toIndicativeBudget, walkToActive } from "./journeySupport.ts"

const councilId = CouncilId.make("northmere")
const admin = new Actor({ subject: "decline-admin", roles: ["council-admin"], councilId })
const approver = new Actor({ subject: "decline-approver", roles: ["approver"], councilId })

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as { _tag: string },
  )

describe(`a way out at every stage on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())

  it("lets a person withdraw while the plan awaits approval, closes the indicative budget, and refer again later", async () => {
    const time = makeTestClock()
    const asAdmin = runAs(runtime, admin, time.clock)
    const { personId, journeyId } = await asAdmin(
      toIndicativeBudget({ givenName: "Way", familyName: "Out" }),
    )
    await asAdmin(draftPlan({ journeyId, plan: supportPlan }))
    await asAdmin(submitPlan({ journeyId }))
    const declined = await asAdmin(declineBudget({ journeyId, reason: "I want to wait a while" }))
    expect(declined.stage).toBe("declined")
    expect(declined.declineReason).toBe("I want to wait a while")
    const budget = await asAdmin(getBudget({ budgetId: declined.budgetId! }))
    expect(budget.status).toBe("ended")

    const again = await asAdmin(referPerson({ personId, referral }))
    expect(again.stage).toBe("considering")
    expect(again.id).not.toBe(journeyId)
  }, 120_000)

  it("does not decline an active budget: that is an ending, with its reconciliation", async () => {
    const time = makeTestClock()
    const asAdmin = runAs(runtime, admin, time.clock)
    const asApprover = runAs(runtime, approver, time.clock)
    const journeyId = await walkToActive(asAdmin, asApprover, "Active")
    const refused = await failure(asAdmin(declineBudget({ journeyId, reason: "no" })))
    expect(refused?._tag).toBe("IllegalTransition")
    expect((await asAdmin(getJourney({ journeyId }))).journey.stage).toBe("active")
  }, 120_000)
})
