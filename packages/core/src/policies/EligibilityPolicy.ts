import { Context, type Effect, Schema } from "effect"
import {
  type AdultAssessment,
  type CarerAssessment,
  RightToHaveGround,
} from "../journey/Assessment.ts"
import { Explained } from "./PolicyOutcome.ts"

export const EligibilityOutcome = Schema.Struct({
  eligible: Schema.Boolean,
  ...Explained,
})
export type EligibilityOutcome = typeof EligibilityOutcome.Type

/** Whether the assessment period can show the needs fairly (reg 2(4) for fluctuating needs). */
export const AssessmentPeriodCheck = Schema.Struct({
  sufficient: Schema.Boolean,
  ...Explained,
})
export type AssessmentPeriodCheck = typeof AssessmentPeriodCheck.Type

export const HealthBudgetOutcome = Schema.Struct({
  /** Whether the person has a right to have a personal health budget. */
  rightToHave: Schema.Boolean,
  grounds: Schema.Array(RightToHaveGround),
  ...Explained,
})
export type HealthBudgetOutcome = typeof HealthBudgetOutcome.Type

/**
 * Social care eligibility (adult and carer). One reason per condition and per outcome, so
 * a "not eligible" says which condition failed.
 */
export class EligibilityPolicy extends Context.Service<
  EligibilityPolicy,
  {
    adult(assessment: AdultAssessment): Effect.Effect<EligibilityOutcome>
    carer(assessment: CarerAssessment): Effect.Effect<EligibilityOutcome>
    /** Whether the assessment covers the period the needs call for, before it is recorded. */
    assessmentPeriod(assessment: AdultAssessment): Effect.Effect<AssessmentPeriodCheck>
  }
>()("@openpb/core/EligibilityPolicy") {}

/** NHS personal health budget eligibility, including the right-to-have groups. */
export class HealthEligibilityPolicy extends Context.Service<
  HealthEligibilityPolicy,
  {
    assess(assessment: AdultAssessment): Effect.Effect<HealthBudgetOutcome>
  }
>()("@openpb/core/HealthEligibilityPolicy") {}
