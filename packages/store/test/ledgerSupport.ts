import {
  Actor,
  activateContingency,
  CouncilId,
  CurrentActor,
  decidePlan,
  draftPlan,
  submitPlan,
} from "@openpb/core"
import { supportPlan } from "@openpb/scenarios"
import { Clock, Effect } from "effect"
import type { TestClockControl } from "../src/testing.ts"
import { toIndicativeBudget } from "./journeySupport.ts"

export const councilId = CouncilId.make("northmere")
export const finance = new Actor({
  subject: "finance-officer",
  roles: ["finance", "council-admin", "approver"],
  councilId,
})

/** Runs an effect as the finance officer, on the test's clock. */
export const asFinanceOn =
  (time: TestClockControl) =>
  <A, E, R>(effect: Effect.Effect<A, E, R>) =>
    effect.pipe(
      Effect.provideService(CurrentActor, finance),
      Effect.provideService(Clock.Clock, time.clock),
    )

/** The demo plan with its personal assistant funded by the NHS (an integrated budget). */
export const integratedPlan = {
  ...supportPlan,
  lines: supportPlan.lines.map((line, i) =>
    i === 0 ? { ...line, fundingStream: "nhs-health" as const } : line,
  ),
}

/** A person with an approved plan and an active budget, reached through the journey's use cases. */
export const activeBudget = (
  name: string,
  plan: typeof supportPlan | typeof integratedPlan = supportPlan,
  actor: Actor = finance,
) =>
  Effect.gen(function* () {
    const { personId, journeyId } = yield* toIndicativeBudget({
      givenName: name,
      familyName: "Ledger",
    })
    yield* draftPlan({ journeyId, plan })
    yield* submitPlan({ journeyId })
    const journey = yield* decidePlan({
      journeyId,
      approve: true,
      reasons: ["ok"],
      panelReference: "P",
    })
    const withContingency = yield* activateContingency({
      journeyId,
      upliftPence: 40_000,
      days: 14,
      reason: "a crisis",
    })
    return {
      personId,
      journeyId,
      budgetId: journey.budgetId!,
      contingencyDecisionId: withContingency.contingency!.decisionId,
    }
  }).pipe(Effect.provideService(CurrentActor, actor))
