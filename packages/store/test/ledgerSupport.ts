import {
  Actor,
  activateContingency,
  CouncilId,
  CurrentActor,
  decideEligibility,
  decidePlan,
  draftPlan,
  recordAssessment,
  recordFinancialAssessment,
  referPerson,
  registerPerson,
  setIndicativeBudget,
  startAssessment,
  submitPlan,
} from "@openpb/core"
import { eligibleAssessment, financial, referral, supportPlan } from "@openpb/scenarios"
import { Effect } from "effect"

export const councilId = CouncilId.make("northmere")
export const finance = new Actor({
  subject: "finance-officer",
  roles: ["finance", "council-admin", "approver"],
  councilId,
})

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
    const person = yield* registerPerson({ givenName: name, familyName: "Ledger" })
    const { id: journeyId } = yield* referPerson({ personId: person.id, referral })
    yield* startAssessment({ journeyId })
    yield* recordAssessment({ journeyId, assessment: eligibleAssessment })
    yield* recordFinancialAssessment({ journeyId, financial })
    yield* decideEligibility({ journeyId })
    yield* setIndicativeBudget({ journeyId })
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
      personId: person.id,
      journeyId,
      budgetId: journey.budgetId!,
      contingencyDecisionId: withContingency.contingency!.decisionId,
    }
  }).pipe(Effect.provideService(CurrentActor, actor))
