import {
  Actor,
  CouncilId,
  completeReview,
  decidePlan,
  draftPlan,
  getJourney,
  startReview,
  submitPlan,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { dialogAnswers, supportPlan } from "@openpb/scenarios"
import { afterAll, describe, expect, it } from "vitest"
import { makeTestClock, makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"
import { toIndicativeBudget } from "./journeySupport.ts"

const councilId = CouncilId.make("northmere")
const admin = new Actor({ subject: "measures-admin", roles: ["council-admin"], councilId })
const approver = new Actor({ subject: "measures-approver", roles: ["approver"], councilId })

/** The demo plan, its first outcome weighted 3 and its second 1 (no weight given). */
const weightedPlan = {
  ...supportPlan,
  outcomes: [{ ...supportPlan.outcomes[0], weight: 3 }, supportPlan.outcomes[1]],
} as const

/** DIALOG with every item rated the same. */
const dialog = (rating: number, help: ReadonlyArray<string> = []) =>
  dialogAnswers(
    Array.from({ length: 11 }, () => rating),
    help,
  )

const review = (journeyId: string) => ({
  journeyId,
  progress: [
    { outcomeId: "o1", attainment: 1, note: "meets a friend most weeks" },
    { outcomeId: "o2", attainment: -1, note: "" },
  ],
  views: { person: "going well", practitioner: "agreed" },
  outcome: "continue" as const,
  reasons: ["the plan is working"],
})

describe(`outcome measures at a review on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())

  it("scores goal attainment with the plan's weights and DIALOG, and refuses an unknown measure writing nothing", async () => {
    const time = makeTestClock()
    const asAdmin = runAs(runtime, admin, time.clock)
    const asApprover = runAs(runtime, approver, time.clock)
    const { journeyId } = await asAdmin(
      toIndicativeBudget({ givenName: "Measure", familyName: "Dialog" }),
    )
    await asAdmin(draftPlan({ journeyId, plan: weightedPlan }))
    await asAdmin(submitPlan({ journeyId }))
    await asApprover(decidePlan({ journeyId, approve: true, reasons: ["meets the outcomes"] }))
    await asAdmin(startReview({ journeyId, trigger: "person-request" }))
    const before = (await asAdmin(getJourney({ journeyId }))).journey

    const unknown = await asAdmin(
      completeReview({
        ...review(journeyId),
        measures: [{ instrument: "swemwbs", items: [{ item: "1", value: 3 }] }],
      }),
    ).then(
      () => undefined,
      (error: unknown) => error as { _tag: string; message: string },
    )
    expect(unknown?._tag).toBe("InvalidInput")
    expect(unknown?.message).toContain("measures.0.instrument")
    expect(unknown?.message).toContain("installed: goal-attainment-scaling, dialog")
    const outOfScale = await asAdmin(
      completeReview({ ...review(journeyId), measures: [dialog(9)] }),
    ).then(
      () => undefined,
      (error: unknown) => error as { _tag: string; message: string },
    )
    expect(outOfScale?.message).toContain("mental-health is rated 9")
    expect((await asAdmin(getJourney({ journeyId }))).journey.version).toBe(before.version)

    const done = await asAdmin(
      completeReview({ ...review(journeyId), measures: [dialog(5, ["accommodation"])] }),
    )
    const completed = done.reviews.find((r) => r.status === "completed")
    const [gas, dialogScore] = completed?.measures ?? []
    // Σwx = 3·1 + 1·(-1) = 2; Σw² = 10; Σw = 4; √(0.7·10 + 0.3·16) = √11.8; 50 + 20/3.4351 = 55.82
    expect(gas?.instrument).toBe("goal-attainment-scaling")
    expect(gas?.figures).toEqual([{ name: "t-score", value: 55.82 }])
    expect(gas?.policy.id).toBe("openpb/outcome-measures")
    expect(dialogScore?.figures).toEqual([
      { name: "subjective-quality-of-life", value: 5 },
      { name: "treatment-satisfaction", value: 5 },
    ])
    expect(dialogScore?.wantsHelpWith).toEqual(["accommodation"])
  }, 120_000)
})
