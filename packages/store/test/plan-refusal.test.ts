import {
  Actor,
  CouncilId,
  decidePlan,
  draftPlan,
  getJourney,
  listDecisions,
  submitPlan,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { supportPlan } from "@openpb/scenarios"
import { afterAll, describe, expect, it } from "vitest"
import { makeTestClock, makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"
import { toIndicativeBudget } from "./journeySupport.ts"

const councilId = CouncilId.make("northmere")
const admin = new Actor({ subject: "refusal-admin", roles: ["council-admin"], councilId })
const approver = new Actor({ subject: "refusal-approver", roles: ["approver"], councilId })

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as { _tag: string; message: string },
  )

describe(`refusing a plan on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())

  it("needs one of the council's lawful grounds and the approver's own words; a bare No is refused and nothing is written", async () => {
    const time = makeTestClock()
    const asAdmin = runAs(runtime, admin, time.clock)
    const asApprover = runAs(runtime, approver, time.clock)
    const { journeyId } = await asAdmin(
      toIndicativeBudget({ givenName: "Refused", familyName: "Plan" }),
    )
    await asAdmin(draftPlan({ journeyId, plan: supportPlan }))
    await asAdmin(submitPlan({ journeyId }))
    const before = (await asAdmin(getJourney({ journeyId }))).journey

    const bare = await failure(
      asApprover(decidePlan({ journeyId, approve: false, reasons: ["No."] })),
    )
    expect(bare?._tag).toBe("InvalidInput")
    expect(bare?.message).toContain("refusal")
    expect(bare?.message).toContain("needs-not-met")
    const unknownGround = await failure(
      asApprover(
        decidePlan({
          journeyId,
          approve: false,
          reasons: ["No."],
          refusal: { ground: "budget-pressures", explanation: "We have no money left this year." },
        }),
      ),
    )
    expect(unknownGround?.message).toContain("refusal.ground")
    const terse = await failure(
      asApprover(
        decidePlan({
          journeyId,
          approve: false,
          reasons: ["No."],
          refusal: { ground: "needs-not-met", explanation: "No." },
        }),
      ),
    )
    expect(terse?.message).toContain("refusal.explanation")
    expect((await asAdmin(getJourney({ journeyId }))).journey.version).toBe(before.version)

    const refused = await asApprover(
      decidePlan({
        journeyId,
        approve: false,
        reasons: ["The plan needs another look."],
        refusal: {
          ground: "needs-not-met",
          explanation:
            "Nothing in the plan helps with getting to appointments, which you told us matters most.",
        },
      }),
    )
    expect(refused.stage).toBe("planning")
    const decisions = await asAdmin(listDecisions({ personId: refused.personId }))
    const refusal = decisions.find((d) => d.kind === "plan-approval" && d.outcome === "rejected")
    expect(refusal?.reasons.map((r) => r.criterion)).toContain("refusal/needs-not-met")
    expect(refusal?.reasons.map((r) => r.text).join(" ")).toContain("getting to appointments")
    expect(refusal?.reasons.map((r) => r.text).join(" ")).toContain("Care Act 2014 ss24-25")
  }, 120_000)
})
