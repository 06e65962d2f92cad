import { Schema } from "effect"
import { CalendarDate } from "../model/Person.ts"
import { endsOnOrAfterStart } from "../model/DateRange.ts"
import { Pence } from "../model/Money.ts"
import { Note, Prose } from "../model/Text.ts"

/** The ten outcomes of the Care and Support (Eligibility Criteria) Regulations 2015, reg 2(2). */
export const AdultOutcome = Schema.Literals([
  "nutrition",
  "personal-hygiene",
  "toilet-needs",
  "appropriately-clothed",
  "home-safety",
  "habitable-home",
  "relationships",
  "work-training-education-volunteering",
  "community-facilities",
  "caring-for-a-child",
]).annotate({ identifier: "AdultOutcome" })
export type AdultOutcome = typeof AdultOutcome.Type

/** The carers' outcomes of reg 3(2)(b). */
export const CarerOutcome = Schema.Literals([
  "caring-for-a-child",
  "caring-for-others",
  "habitable-home",
  "nutrition",
  "relationships",
  "work-training-education-volunteering",
  "community-facilities",
  "recreation",
]).annotate({ identifier: "CarerOutcome" })
export type CarerOutcome = typeof CarerOutcome.Type

/** The four senses of "unable to achieve", reg 2(3)(a)-(d). */
export const UnableSense = Schema.Literals([
  "without-assistance",
  "significant-pain-distress-or-anxiety",
  "endangers-health-or-safety",
  "takes-significantly-longer",
]).annotate({ identifier: "UnableSense" })
export type UnableSense = typeof UnableSense.Type

export const AssessmentPeriod = Schema.Struct({ from: CalendarDate, to: CalendarDate })
  .check(endsOnOrAfterStart)
  .annotate({ identifier: "AssessmentPeriod" })
export type AssessmentPeriod = typeof AssessmentPeriod.Type

/** What was found for one outcome over the assessment period; achievable when no sense applies. */
export const OutcomeFinding = <O extends Schema.Top>(outcome: O, identifier: string) =>
  Schema.Struct({
    outcome,
    unableSenses: Schema.Array(UnableSense),
    evidence: Note,
  }).annotate({ identifier })

export const WellbeingImpact = Schema.Literals(["none", "some", "significant"]).annotate({
  identifier: "WellbeingImpact",
})

/** The views recorded with an assessment: the person's own, their carer's, the practitioner's. */
export const Views = Schema.Struct({
  person: Note,
  carer: Schema.optionalKey(Note),
  practitioner: Note,
}).annotate({ identifier: "PersonsViews" })

/** The detentions under the Mental Health Act 1983 that give rise to s117 aftercare (not s2). */
export const Detention = Schema.Literals([
  "section-2",
  "section-3",
  "section-37",
  "section-45a",
  "section-47",
  "section-48",
]).annotate({ identifier: "Detention" })
export type Detention = typeof Detention.Type

export const RightToHaveGround = Schema.Literals([
  "section-117-aftercare",
  "continuing-healthcare",
  "childrens-continuing-care",
  "wheelchair",
]).annotate({ identifier: "RightToHaveGround" })
export type RightToHaveGround = typeof RightToHaveGround.Type

/** A time the person's needs rose, within the assessment period. */
export const NeedsEpisode = Schema.Struct({
  from: CalendarDate,
  to: CalendarDate,
  description: Prose,
})
  .check(endsOnOrAfterStart)
  .annotate({ identifier: "NeedsEpisode" })

/** Needs that fluctuate: their pattern, and the episodes the assessment looked at. */
export const Fluctuation = Schema.Struct({
  pattern: Prose,
  episodes: Schema.Array(NeedsEpisode),
}).annotate({ identifier: "Fluctuation" })

/** An adult's needs assessment: social care outcomes and health needs, judged over a period. */
export const AdultAssessment = Schema.Struct({
  period: AssessmentPeriod,
  needsAriseFromImpairmentOrIllness: Schema.Boolean,
  impairmentOrIllness: Note,
  outcomes: Schema.Array(OutcomeFinding(AdultOutcome, "OutcomeJudgement")),
  wellbeingImpact: WellbeingImpact,
  wellbeingEvidence: Note,
  healthNeeds: Schema.Array(Note),
  /** Detentions the person has had, for s117 aftercare. */
  detentions: Schema.Array(Detention),
  /** Other grounds for an NHS personal health budget, as recorded by the practitioner. */
  healthGrounds: Schema.Array(RightToHaveGround),
  /** Recorded when needs fluctuate: the period must then cover the history the policy asks. */
  fluctuation: Schema.optionalKey(Fluctuation),
  views: Views,
}).annotate({ identifier: "Assessment" })
export type AdultAssessment = typeof AdultAssessment.Type

/** A carer's own assessment (reg 3). */
export const CarerAssessment = Schema.Struct({
  period: AssessmentPeriod,
  needsAriseFromProvidingNecessaryCare: Schema.Boolean,
  healthAtRiskOfDeteriorating: Schema.Boolean,
  outcomes: Schema.Array(OutcomeFinding(CarerOutcome, "CarerOutcomeJudgement")),
  wellbeingImpact: WellbeingImpact,
  wellbeingEvidence: Note,
  views: Views,
}).annotate({ identifier: "CarerAssessment" })
export type CarerAssessment = typeof CarerAssessment.Type

/** Who the person's income is assessed with, for the minimum income guarantee. */
export const Household = Schema.Literals(["single", "lone-parent", "couple"]).annotate({
  identifier: "Household",
})
export type Household = typeof Household.Type

/**
 * The premiums that raise the minimum income guarantee (the annual charging circular): each is
 * recorded by the practitioner from the benefits the person receives or would receive.
 */
export const IncomePremiums = Schema.Struct({
  disability: Schema.Boolean,
  enhancedDisability: Schema.Boolean,
  carer: Schema.Boolean,
  dependentChildren: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 20 })),
}).annotate({ identifier: "IncomePremiums" })
export type IncomePremiums = typeof IncomePremiums.Type

/** What the charging policy needs to work out the person's contribution, all in pence. */
export const FinancialAssessment = Schema.Struct({
  weeklyIncomePence: Pence,
  capitalPence: Pence,
  weeklyDisabilityRelatedExpenditurePence: Pence,
  weeklyHousingCostsPence: Pence,
  ageYears: Schema.Int.check(Schema.isBetween({ minimum: 16, maximum: 130 })),
  /** Whether the support is s117 aftercare, which cannot be charged for. */
  receivesSection117Aftercare: Schema.Boolean,
  /** Single when not recorded. */
  household: Schema.optionalKey(Household),
  /** When not recorded, the charging policy says what it assumes. */
  premiums: Schema.optionalKey(IncomePremiums),
  /** Gives the pension-credit qualifying age to the day; must agree with `ageYears`. */
  dateOfBirth: Schema.optionalKey(CalendarDate),
  /** The day the assessment takes effect: picks the year's figures. Today when not given. */
  assessedOn: Schema.optionalKey(CalendarDate),
}).annotate({ identifier: "FinancialAssessment" })
export type FinancialAssessment = typeof FinancialAssessment.Type
