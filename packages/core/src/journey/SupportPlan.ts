import { Schema } from "effect"
import { FundingStreamKind, LineDeliveryMechanism } from "../model/Budget.ts"
import { Pence } from "../model/Money.ts"
import { DirectoryEntryId } from "../directory/DirectoryEntryId.ts"
import { Label, LabelOrEmpty, Prose } from "../model/Text.ts"

export const OutcomeDomain = Schema.Literals([
  "mental-health-and-wellbeing",
  "social-participation-and-relationships",
  "confidence-and-skills",
  "employment-education-and-volunteering",
  "physical-health",
  "daily-living-and-home",
  "choice-and-control",
]).annotate({ identifier: "OutcomeDomain" })
export type OutcomeDomain = typeof OutcomeDomain.Type

export const SpendingCategory = Schema.Literals([
  "personal-assistant",
  "transport",
  "sport-and-exercise",
  "social-activities",
  "hobbies-and-creative",
  "education-and-courses",
  "therapy-outside-nhs",
  "complementary-therapies",
  "equipment",
  "respite-and-short-breaks",
  "peer-support-and-community",
  "other",
]).annotate({ identifier: "SpendingCategory" })
export type SpendingCategory = typeof SpendingCategory.Type

export const Frequency = Schema.Literals(["weekly", "four-weekly", "monthly", "one-off"]).annotate({
  identifier: "Frequency",
})
export type Frequency = typeof Frequency.Type

/** Something the person wants to achieve, in their own words. */
export const PlanOutcome = Schema.Struct({
  id: Label,
  domain: OutcomeDomain,
  inOwnWords: Prose,
  howProgressWillBeSeen: Prose,
  /** How much this outcome counts in goal attainment (1 to 9; 1 when not given). */
  weight: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 9 }))),
}).annotate({ identifier: "PlanOutcome" })
export type PlanOutcome = typeof PlanOutcome.Type

/** What the money buys: one supported activity. */
export const PlanLine = Schema.Struct({
  id: Label,
  description: Prose,
  category: SpendingCategory,
  /** A provider's name, or null when the person arranges it themselves. */
  provider: Schema.NullOr(LabelOrEmpty),
  /**
   * The provider the council contracts for this line, as the account it signs in with: once the
   * plan is approved, that provider may read this budget and record spending on this line, and
   * reaches nothing else of the person's (see the access table's `contracted-provider`).
   */
  providerId: Schema.optionalKey(Label),
  /** The entry of the council's directory this line buys from, checked to exist when drafted and submitted. */
  directoryEntryId: Schema.optionalKey(DirectoryEntryId),
  unitCostPence: Pence,
  unitsPerPeriod: Schema.Int.check(Schema.isGreaterThanOrEqualTo(1)),
  frequency: Frequency,
  fundingStream: FundingStreamKind,
  deliveryMechanism: LineDeliveryMechanism,
  /** Outcome ids this line serves. */
  outcomeIds: Schema.Array(Label),
  /**
   * Section 117 aftercare (Mental Health Act 1983): free, never charged for. Allowed only when
   * the assessment records a detention that gives rise to it (s3, 37, 45A, 47 or 48).
   */
  section117Aftercare: Schema.optionalKey(Schema.Boolean),
  /**
   * The person's own money towards a dearer option they chose, per period: paid by them, outside
   * the budget, never a contribution (Care Act guidance ch. 11 on top-ups). At most the line's
   * cost for the period.
   */
  personTopUpPence: Schema.optionalKey(Pence),
}).annotate({ identifier: "PlanLine" })
export type PlanLine = typeof PlanLine.Type

/** What happens in a crisis, and a pre-agreed uplift that needs no new assessment. */
export const ContingencyPlan = Schema.Struct({
  crisisContacts: Schema.Array(
    Schema.Struct({ name: Label, phone: LabelOrEmpty, role: LabelOrEmpty }),
  ),
  steps: Schema.Array(Prose),
  upliftCapPence: Pence,
  maxDurationDays: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 365 })),
}).annotate({ identifier: "ContingencyPlan" })
export type ContingencyPlan = typeof ContingencyPlan.Type

/** Supported risk-taking: the risk, what was agreed, who does what. */
export const RiskEnablement = Schema.Struct({
  risk: Prose,
  agreed: Prose,
  whoDoesWhat: Prose,
}).annotate({ identifier: "RiskEnablement" })

export const Participant = Schema.Struct({
  role: Schema.Literals(["person", "carer", "practitioner", "adviser", "other"]),
  name: Label,
}).annotate({ identifier: "PlanParticipant" })

/** The support plan's content; a revision is a new version that keeps the old ones. */
export const SupportPlanContent = Schema.Struct({
  outcomes: Schema.NonEmptyArray(PlanOutcome),
  lines: Schema.NonEmptyArray(PlanLine),
  contingency: ContingencyPlan,
  riskEnablement: Schema.Array(RiskEnablement),
  participants: Schema.NonEmptyArray(Participant),
}).annotate({ identifier: "SupportPlan" })
export type SupportPlanContent = typeof SupportPlanContent.Type

const periodsPerYear: Record<Frequency, number> = {
  weekly: 52,
  "four-weekly": 13,
  monthly: 12,
  "one-off": 1,
}

/**
 * What the budget pays for a line a year, in pence: unit cost x units x periods in a year, less
 * the person's own top-up, which is theirs and outside the budget.
 */
export const annualLineCostPence = (line: PlanLine): number =>
  (line.unitCostPence * line.unitsPerPeriod - (line.personTopUpPence ?? 0)) *
  periodsPerYear[line.frequency]

/** The person's own top-up for a line a year, in pence (outside the budget). */
export const annualTopUpPence = (line: PlanLine): number =>
  (line.personTopUpPence ?? 0) * periodsPerYear[line.frequency]

export const annualPlanCostPence = (lines: ReadonlyArray<PlanLine>): number =>
  lines.reduce((total, line) => total + annualLineCostPence(line), 0)
