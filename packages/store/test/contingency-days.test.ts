import {
  Actor,
  activateContingency,
  completeReview,
  ContingencyPolicy,
  type ContingencyRequest,
  CouncilId,
  drawContingency,
  draftPlan,
  getDecision,
  londonDateOf,
  addDays,
  startReview,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { supportPlan } from "@openpb/scenarios"
import { Effect, Layer } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { makeTestClock, makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"
import { walkToActive } from "./journeySupport.ts"
import { finance } from "./ledgerSupport.ts"

const councilId = CouncilId.make("northmere")
const admin = new Actor({ subject: "contingency-admin", roles: ["council-admin"], councilId })
const approver = new Actor({ subject: "contingency-approver", roles: ["approver"], councilId })

/** England's contingency policy as deployed, with every request it is asked kept for the test. */
const asked: Array<ContingencyRequest> = []
const Watched = Layer.effect(
  ContingencyPolicy,
  Effect.gen(function* () {
    const policy = yield* ContingencyPolicy
    return {
      decide: (request: ContingencyRequest) => {
        asked.push(request)
        return policy.decide(request)
      },
    }
  }),
).pipe(Layer.provide(EnglandDefaultPolicies))

const runtime = makeTestManagedRuntime(Layer.merge(EnglandDefaultPolicies, Watched))
afterAll(() => runtime.dispose())

/** A person with an approved plan and an active budget, at the test clock's time. */
const toActive = (time: ReturnType<typeof makeTestClock>) =>
  walkToActive(runAs(runtime, admin, time.clock), runAs(runtime, approver, time.clock), "Days")

describe(`contingency uplifts on ${testDatabaseKind()}`, () => {
  it("count against the yearly limit the days actually used in the 12 months ending today", async () => {
    // The test clock starts on 24 November 2026.
    const time = makeTestClock()
    const asAdmin = runAs(runtime, admin, time.clock)
    const journeyId = await toActive(time)
    const uplift = (days: number) =>
      asAdmin(activateContingency({ journeyId, upliftPence: 10_000, days, reason: "a crisis" }))

    await uplift(14) // 24 November to 7 December 2026
    expect(asked.at(-1)?.daysUsedInLast12Months).toBe(0)
    time.advanceDays(30)
    await uplift(5) // 24 to 28 December 2026
    expect(asked.at(-1)?.daysUsedInLast12Months).toBe(14)
    time.advanceDays(342) // 1 December 2027: the window is 2 December 2026 to 1 December 2027
    await uplift(3)
    expect(asked.at(-1)?.daysUsedInLast12Months).toBe(6 + 5)
  })

  it("are not locked by an open review or a plan revision, and draw on the plan in force", async () => {
    const time = makeTestClock()
    const asAdmin = runAs(runtime, admin, time.clock)
    const journeyId = await toActive(time)
    await asAdmin(startReview({ journeyId, trigger: "crisis" }))
    const inReview = await asAdmin(
      activateContingency({ journeyId, upliftPence: 10_000, days: 3, reason: "a crisis" }),
    )
    expect(inReview.stage).toBe("under-review")
    expect(inReview.contingency?.upliftPence).toBe(10_000)

    await asAdmin(
      completeReview({
        journeyId,
        progress: [],
        views: { person: "I need more support", practitioner: "needs have changed" },
        outcome: "revise-plan",
        reasons: ["the plan needs more hours"],
      }),
    )
    // A revision with no contingency agreed yet: the uplift still follows the plan in force.
    await asAdmin(
      draftPlan({
        journeyId,
        plan: { ...supportPlan, contingency: { ...supportPlan.contingency, upliftCapPence: 0 } },
      }),
    )
    time.advanceDays(5)
    const inRevision = await asAdmin(
      activateContingency({ journeyId, upliftPence: 20_000, days: 3, reason: "another crisis" }),
    )
    expect(inRevision.stage).toBe("planning")
    expect(inRevision.contingency?.upliftPence).toBe(20_000)
  })

  it("recorded late, run from the day the crisis help began, count their days from it, never overlap, and each uplift draws only on its own amount", async () => {
    const time = makeTestClock()
    const asAdmin = runAs(runtime, admin, time.clock)
    const asFinance = runAs(runtime, finance, time.clock)
    const journeyId = await toActive(time)
    time.advanceDays(20)
    const today = londonDateOf(time.clock.currentTimeMillisUnsafe())
    const began = addDays(today, -10)
    const late = await asAdmin(
      activateContingency({
        journeyId,
        upliftPence: 10_000,
        days: 14,
        reason: "a crisis last week",
        effectiveFrom: began,
      }),
    )
    expect(late.contingency).toMatchObject({ from: began, until: addDays(began, 13) })
    const decision = await asAdmin(getDecision({ decisionId: late.contingency!.decisionId }))
    expect(
      decision.reasons.find((r) => r.criterion === "contingency/effective-from")?.text,
    ).toContain(`it counts from ${began} (10 days back`)
    // Overlapping the uplift still running, on any day, is refused.
    await expect(
      asAdmin(activateContingency({ journeyId, upliftPence: 5_000, days: 2, reason: "again" })),
    ).rejects.toThrow(/already runs until/)
    const budgetId = late.budgetId!
    const draw = (decisionId: string, key: string, amountPence: number) =>
      asFinance(
        drawContingency({
          budgetId,
          idempotencyKey: key,
          decisionId,
          stream: "council-social-care",
          amountPence,
        }),
      )
    await draw(late.contingency!.decisionId, "first-uplift", 10_000)
    await expect(draw(late.contingency!.decisionId, "first-uplift-more", 1)).rejects.toThrow(
      /allowed 10000 pence; 10000 pence is already drawn/,
    )
    // Five days on, a second crisis: the first uplift ran its 14 days from the day it began, so
    // it has ended (counted from the day it was recorded, it would still run for 8 more days).
    time.advanceDays(5)
    const second = await asAdmin(
      activateContingency({ journeyId, upliftPence: 10_000, days: 3, reason: "a new crisis" }),
    )
    expect(asked.at(-1)?.daysUsedInLast12Months).toBe(14)
    // The second uplift's £100 is its own: the first one's draws do not use it up.
    await draw(second.contingency!.decisionId, "second-uplift", 10_000)
  })
})
