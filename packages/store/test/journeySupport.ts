import {
  type Detention,
  decideEligibility,
  decidePlan,
  draftPlan,
  type RightToHaveGround,
  type RunUseCase,
  recordAssessment,
  recordDirectPaymentArrangements,
  recordFinancialAssessment,
  referPerson,
  registerPerson,
  setIndicativeBudget,
  startAssessment,
  submitPlan,
} from "@openpb/core"
import {
  directPaymentArrangements,
  eligibleAssessment,
  financial,
  referral,
  supportPlan,
} from "@openpb/scenarios"
import { Effect } from "effect"

/** What a walk may change in the demo person's assessments. */
export interface WalkOptions {
  readonly detentions?: ReadonlyArray<Detention>
  readonly healthGrounds?: ReadonlyArray<RightToHaveGround>
  readonly weeklyIncomePence?: number
}

/**
 * A person registered and walked through the journey's use cases to an indicative budget: the
 * demo assessment and financial assessment, with the given changes, and the demo direct-payment
 * arrangements (the person asked and can manage). Resolves to the journey id.
 */
export const toIndicativeBudget = (
  person: { readonly givenName: string; readonly familyName: string },
  options: WalkOptions = {},
) =>
  Effect.gen(function* () {
    const { id: personId } = yield* registerPerson(person)
    const { id: journeyId } = yield* referPerson({ personId, referral })
    yield* startAssessment({ journeyId })
    yield* recordAssessment({
      journeyId,
      assessment: {
        ...eligibleAssessment,
        ...(options.detentions ? { detentions: options.detentions } : {}),
        ...(options.healthGrounds ? { healthGrounds: options.healthGrounds } : {}),
      },
    })
    yield* recordFinancialAssessment({
      journeyId,
      financial: {
        ...financial,
        ...(options.weeklyIncomePence === undefined
          ? {}
          : { weeklyIncomePence: options.weeklyIncomePence }),
      },
    })
    yield* decideEligibility({ journeyId })
    yield* setIndicativeBudget({ journeyId })
    yield* recordDirectPaymentArrangements({ journeyId, arrangements: directPaymentArrangements })
    return { personId, journeyId }
  })

/**
 * A person walked to an approved demo plan and an active budget, the approval by `asApprover`.
 */
export const walkToActive = async (
  asAdmin: RunUseCase,
  asApprover: RunUseCase,
  familyName: string,
) => {
  const { journeyId } = await asAdmin(toIndicativeBudget({ givenName: "Journey", familyName }))
  await asAdmin(draftPlan({ journeyId, plan: supportPlan }))
  await asAdmin(submitPlan({ journeyId }))
  await asApprover(decidePlan({ journeyId, approve: true, reasons: ["meets the outcomes"] }))
  return journeyId
}
