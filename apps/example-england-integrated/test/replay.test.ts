import {
  Actor,
  CouncilId,
  DecisionId,
  DecisionRepository,
  decideEligibility,
  recordAssessment,
  recordFinancialAssessment,
  referPerson,
  registerPerson,
  setIndicativeBudget,
  startAssessment,
} from "@openpb/core"
import { pointsRas } from "@openpb/plugin-points-ras"
import { defineDeployment, replayDecision } from "@openpb/plugin-sdk"
import { eligibleAssessment, financial, referral } from "@openpb/scenarios"
import { makeTestManagedRuntime, runAs } from "@openpb/store/testing"
import { Effect, Layer, Option } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { ashcombe, COUNCIL_ID } from "../src/deployment.ts"

const runtime = makeTestManagedRuntime(Layer.orDie(ashcombe.layer))
afterAll(() => runtime.dispose())
const run = runAs(
  runtime,
  new Actor({
    subject: "replay-test",
    roles: ["council-admin"],
    councilId: CouncilId.make(COUNCIL_ID),
  }),
)

/** A person's journey to an indicative budget; returns the decisions it recorded. */
const decisionsOfAJourney = async () => {
  const person = await run(
    registerPerson({ givenName: "Replay", familyName: "Case", dateOfBirth: "1985-03-02" }),
  )
  const journey = await run(referPerson({ personId: person.id, referral }))
  await run(startAssessment({ journeyId: journey.id }))
  await run(recordAssessment({ journeyId: journey.id, assessment: eligibleAssessment }))
  const charged = await run(recordFinancialAssessment({ journeyId: journey.id, financial }))
  const decided = await run(decideEligibility({ journeyId: journey.id }))
  const budgeted = await run(
    setIndicativeBudget({ journeyId: journey.id, answers: { "crisis-frequency": "often" } }),
  )
  return Promise.all(
    [
      decided.eligibilityDecisionId,
      budgeted.indicativeDecisionId,
      charged.financial?.decisionId,
    ].map((id) => run(storedDecision(id!))),
  )
}

/**
 * A decision as it was recorded: `getDecision` shows it in Ashcombe's own words, while a replay
 * compares the words the policy gave when it decided.
 */
const storedDecision = (decisionId: string) =>
  Effect.gen(function* () {
    const decisions = yield* DecisionRepository
    const found = yield* decisions.findById(CouncilId.make(COUNCIL_ID), DecisionId.make(decisionId))
    return Option.getOrThrow(found)
  })

describe("replaying Ashcombe's decisions", () => {
  it("re-runs each stored decision with its frozen inputs and its plugin version: the same result", async () => {
    const resolved = await Effect.runPromise(ashcombe.resolve)
    for (const decision of await decisionsOfAJourney()) {
      const replay = await Effect.runPromise(replayDecision(decision, resolved, "recorded"))
      expect(replay).toMatchObject({ same: true, differences: [], recordedWith: decision.policy })
    }
  })

  it("after the points table changes, replays the old version exactly and reports what the current one would change", async () => {
    const [, indicative] = await decisionsOfAJourney()
    const before = ashcombe.definition.plugins.find((p) => p.plugin.id === "openpb/points-ras")!
    const recalibrated = defineDeployment({
      ...ashcombe.definition,
      plugins: ashcombe.definition.plugins.map((p) =>
        p === before
          ? pointsRas.with({ ...(before.settings as object), pricePerPointPence: 20_000 })
          : p,
      ),
      retired: [before],
    })
    const resolved = await Effect.runPromise(recalibrated.resolve)
    const exact = await Effect.runPromise(replayDecision(indicative!, resolved, "recorded"))
    expect(exact.same).toBe(true)
    const current = await Effect.runPromise(replayDecision(indicative!, resolved, "current"))
    expect(current.same).toBe(false)
    expect(current.replayedWith.version).not.toBe(indicative!.policy.version)
    const amount = current.differences.find((d) => d.field === "amounts.annualAmountPence")
    expect(amount).toBeDefined()
    expect(Number(amount!.replayed)).toBeGreaterThan(Number(amount!.recorded))
  })

  it("refuses to replay a version the deployment no longer keeps, and a decision a person made", async () => {
    const [, indicative] = await decisionsOfAJourney()
    const before = ashcombe.definition.plugins.find((p) => p.plugin.id === "openpb/points-ras")!
    const forgetful = defineDeployment({
      ...ashcombe.definition,
      plugins: ashcombe.definition.plugins.map((p) =>
        p === before
          ? pointsRas.with({ ...(before.settings as object), capPence: 100_000_000 })
          : p,
      ),
    })
    const error = await Effect.runPromise(
      Effect.flip(
        replayDecision(indicative!, await Effect.runPromise(forgetful.resolve), "recorded"),
      ),
    )
    expect(error.message).toContain("retired")
    const personMade = { ...indicative!, kind: "plan-approval" } as typeof indicative
    const refused = await Effect.runPromise(
      Effect.flip(
        replayDecision(personMade!, await Effect.runPromise(ashcombe.resolve), "recorded"),
      ),
    )
    expect(refused.message).toContain("made by a person")
  })
})
