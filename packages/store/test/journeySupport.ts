import {
  decideEligibility,
  decidePlan,
  draftPlan,
  type RunUseCase,
  recordAssessment,
  recordFinancialAssessment,
  referPerson,
  registerPerson,
  setIndicativeBudget,
  startAssessment,
  submitPlan,
} from "@openpb/core"
import { eligibleAssessment, financial, referral, supportPlan } from "@openpb/scenarios"

/**
 * A person walked through the journey's use cases to an approved plan and an active budget:
 * the demo assessment, financial assessment and plan, approved by `asApprover`.
 */
export const walkToActive = async (
  asAdmin: RunUseCase,
  asApprover: RunUseCase,
  familyName: string,
) => {
  const person = await asAdmin(registerPerson({ givenName: "Journey", familyName }))
  const { id: journeyId } = await asAdmin(referPerson({ personId: person.id, referral }))
  await asAdmin(startAssessment({ journeyId }))
  await asAdmin(recordAssessment({ journeyId, assessment: eligibleAssessment }))
  await asAdmin(recordFinancialAssessment({ journeyId, financial }))
  await asAdmin(decideEligibility({ journeyId }))
  await asAdmin(setIndicativeBudget({ journeyId }))
  await asAdmin(draftPlan({ journeyId, plan: supportPlan }))
  await asAdmin(submitPlan({ journeyId }))
  await asApprover(decidePlan({ journeyId, approve: true, reasons: ["meets the outcomes"] }))
  return journeyId
}
