import {
  Actor,
  CouncilId,
  decidePlan,
  draftPlan,
  getDecision,
  getJourney,
  recordDirectPaymentArrangements,
  submitPlan,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { directPaymentArrangements, supportPlan } from "@openpb/scenarios"
import { afterAll, describe, expect, it } from "vitest"
import { makeTestClock, makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"
import { toIndicativeBudget } from "./journeySupport.ts"

const councilId = CouncilId.make("northmere")
const admin = new Actor({ subject: "dp-admin", roles: ["council-admin"], councilId })
const approver = new Actor({ subject: "dp-approver", roles: ["approver"], councilId })

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as { _tag: string; message: string; alternatives: Array<string> },
  )

/** The demo plan with every line held another way: council-arranged (notional). */
const managedPlan = {
  ...supportPlan,
  lines: supportPlan.lines.map((line) => ({ ...line, deliveryMechanism: "notional" as const })),
}

describe(`direct-payment conditions on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())

  it("refuses direct payments to an excluded person at submission, writing nothing, and the same support goes ahead council-arranged", async () => {
    const time = makeTestClock()
    const asAdmin = runAs(runtime, admin, time.clock)
    const { journeyId } = await asAdmin(
      toIndicativeBudget({ givenName: "Dp", familyName: "Excluded" }),
    )
    await asAdmin(
      recordDirectPaymentArrangements({
        journeyId,
        arrangements: {
          ...directPaymentArrangements,
          justiceRequirements: ["drug-rehabilitation-requirement"],
        },
      }),
    )
    await asAdmin(draftPlan({ journeyId, plan: supportPlan }))
    const before = (await asAdmin(getJourney({ journeyId }))).journey
    const refused = await failure(asAdmin(submitPlan({ journeyId })))
    expect(refused?._tag).toBe("DirectPaymentConditionsNotMet")
    expect(refused?.message).toContain("l1, l2")
    expect(refused?.message).toContain("excluded person")
    expect(refused?.alternatives).toEqual(["notional", "third-party"])
    expect((await asAdmin(getJourney({ journeyId }))).journey.version).toBe(before.version)

    await asAdmin(draftPlan({ journeyId, plan: managedPlan }))
    const submitted = await asAdmin(submitPlan({ journeyId }))
    expect(submitted.stage).toBe("awaiting-approval")
  }, 120_000)

  it("checks again at approval, cites the Act in the decision, and a recorded loss of capacity opens a review", async () => {
    const time = makeTestClock()
    const asAdmin = runAs(runtime, admin, time.clock)
    const asApprover = runAs(runtime, approver, time.clock)
    const { journeyId } = await asAdmin(
      toIndicativeBudget({ givenName: "Dp", familyName: "Capacity" }),
    )
    await asAdmin(draftPlan({ journeyId, plan: supportPlan }))
    await asAdmin(submitPlan({ journeyId }))

    // Between submission and approval the person's nominee withdraws.
    const withdrawn = {
      ...directPaymentArrangements,
      nominatedPerson: { name: "Sam", relationship: "friend", agreesToActAsNominee: false },
    }
    await asAdmin(recordDirectPaymentArrangements({ journeyId, arrangements: withdrawn }))
    const refused = await failure(
      asApprover(decidePlan({ journeyId, approve: true, reasons: ["meets the outcomes"] })),
    )
    expect(refused?._tag).toBe("DirectPaymentConditionsNotMet")
    expect(refused?.message).toContain("nominee")

    await asAdmin(
      recordDirectPaymentArrangements({ journeyId, arrangements: directPaymentArrangements }),
    )
    const approved = await asApprover(
      decidePlan({ journeyId, approve: true, reasons: ["meets the outcomes"] }),
    )
    expect(approved.stage).toBe("active")
    const decision = await asAdmin(getDecision({ decisionId: approved.approved!.decisionId }))
    expect(decision.reasons.map((r) => r.text).join(" ")).toContain("Care Act 2014 s31(2)")

    const lost = await asAdmin(
      recordDirectPaymentArrangements({
        journeyId,
        arrangements: {
          ...directPaymentArrangements,
          capacity: { hasCapacity: false, assessedOn: "2026-12-01", assessedBy: "Dr B" },
        },
      }),
    )
    expect(lost.stage).toBe("under-review")
    expect(lost.reviews.at(-1)).toMatchObject({ trigger: "capacity-change", status: "in-progress" })
  }, 120_000)
})
