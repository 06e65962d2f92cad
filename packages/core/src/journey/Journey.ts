import { IsoInstant } from "../model/Time.ts"
import { Schema } from "effect"
import { DecisionId } from "../decisions/Decision.ts"
import { BudgetId, CouncilId, PersonId } from "../model/Ids.ts"
import { CalendarDate } from "../model/Person.ts"
import { Label, Note, Prose } from "../model/Text.ts"
import { LineCheck } from "../policies/SpendingRulesPolicy.ts"
import { ApprovalRequirement } from "../policies/ApprovalPolicy.ts"
import { MeasureScore } from "../policies/OutcomeMeasurePolicy.ts"
import { ReviewClock } from "../policies/ReviewSchedulePolicy.ts"
import { AdultAssessment, CarerAssessment, FinancialAssessment, Views } from "./Assessment.ts"
import { DirectPaymentArrangements } from "./DirectPaymentArrangements.ts"
import { DirectPaymentEnding } from "./DirectPaymentEnding.ts"
import { JourneyStage } from "./JourneyStage.ts"
import { SupportPlanContent } from "./SupportPlan.ts"

const Uuid = Schema.String.check(Schema.isUUID(undefined, { message: "must be a UUID" }))
export const JourneyId = Uuid.pipe(Schema.brand("JourneyId"))
export type JourneyId = typeof JourneyId.Type

/** How much help the person needs to take part (recorded and reportable). */
export const EngagementSupport = Schema.Literals([
  "none",
  "some",
  "substantial",
  "independent-advocate",
]).annotate({ identifier: "EngagementSupport" })
export type EngagementSupport = typeof EngagementSupport.Type

export const Referral = Schema.Struct({
  source: Schema.Literals(["self", "carer", "practitioner", "gp", "hospital", "other"]),
  referredBy: Label,
  /** What the person was told about personal budgets at the first conversation. */
  toldAbout: Prose,
}).annotate({ identifier: "Referral" })

export const PlanVersion = Schema.Struct({
  version: Schema.Int,
  content: SupportPlanContent,
  createdAt: IsoInstant,
  createdBy: Schema.String,
  annualCostPence: Schema.Int,
}).annotate({ identifier: "SupportPlanVersion" })
export type PlanVersion = typeof PlanVersion.Type

/** What approval found and asks for, kept with the journey while it waits. */
export const Submission = Schema.Struct({
  planVersion: Schema.Int,
  lineChecks: Schema.Array(LineCheck),
  requirement: ApprovalRequirement,
  /** Set when the plan costs more than the allocation's upper band: approval needs reasons. */
  upperBanding: Schema.optionalKey(
    Schema.Struct({ capPence: Schema.Int, planCostPence: Schema.Int }).annotate({
      identifier: "UpperBanding",
    }),
  ),
}).annotate({ identifier: "PlanSubmission" })

/** The approved budget as the law states it (Care Act s26), in pence a year. */
export const ApprovedBudget = Schema.Struct({
  planVersion: Schema.Int,
  costOfMeetingNeedsPence: Schema.Int,
  personContributionPence: Schema.Int,
  councilSharePence: Schema.Int,
  nhsSharePence: Schema.Int,
  /** The person's own top-ups for dearer options, a year: theirs, outside the budget. */
  personTopUpPence: Schema.optionalKey(Schema.Int),
  decisionId: DecisionId,
  /** Lines of the plan the approver refused: not in the budget, each its own decision. */
  refusedLines: Schema.optionalKey(
    Schema.Array(Schema.Struct({ lineId: Label, decisionId: DecisionId })),
  ),
  /** The day this approval took effect (absent on approvals recorded before it was kept). */
  effectiveFrom: Schema.optionalKey(CalendarDate),
}).annotate({ identifier: "ApprovedBudget" })
export type ApprovedBudget = typeof ApprovedBudget.Type

export const ActiveContingency = Schema.Struct({
  upliftPence: Schema.Int,
  from: CalendarDate,
  until: CalendarDate,
  decisionId: DecisionId,
}).annotate({ identifier: "Contingency" })
export type ActiveContingency = typeof ActiveContingency.Type

export const ReviewTrigger = Schema.Literals([
  "scheduled",
  "crisis",
  "person-request",
  "practitioner-request",
  "capacity-change",
  /** A carer whose unpaid support the budget counts says they can no longer give it. */
  "carer-change",
]).annotate({ identifier: "ReviewTrigger" })
export type ReviewTrigger = typeof ReviewTrigger.Type
export const ReviewOutcome = Schema.Literals([
  "continue",
  "revise-plan",
  "change-amount",
  "change-mechanism",
  /** Needs have changed: back to assessment, the budget running meanwhile. */
  "reassess",
  "end",
]).annotate({ identifier: "ReviewOutcome" })
export type ReviewOutcome = typeof ReviewOutcome.Type

/** Goal attainment for one outcome at a review, from -2 (much less than expected) to +2. */
export const OutcomeProgress = Schema.Struct({
  outcomeId: Label,
  attainment: Schema.Int.check(Schema.isBetween({ minimum: -2, maximum: 2 })),
  note: Note,
}).annotate({ identifier: "OutcomeProgress" })

/** A wellbeing measure where one is used; the instrument itself is a plugin concern. */
export const WellbeingScore = Schema.Struct({
  instrument: Label,
  raw: Schema.Array(Schema.Int),
  scored: Schema.Number,
}).annotate({ identifier: "WellbeingScore" })

export const Review = Schema.Struct({
  id: Label,
  clock: Schema.NullOr(ReviewClock),
  trigger: ReviewTrigger,
  dueDate: CalendarDate,
  status: Schema.Literals(["due", "in-progress", "completed"]),
  completedOn: Schema.NullOr(CalendarDate),
  progress: Schema.Array(OutcomeProgress),
  wellbeing: Schema.NullOr(WellbeingScore),
  /** Goal attainment and the other measures, as the installed outcome measures scored them. */
  measures: Schema.optionalKey(Schema.Array(MeasureScore)),
  views: Schema.NullOr(Views),
  outcome: Schema.NullOr(ReviewOutcome),
  decisionId: Schema.NullOr(DecisionId),
}).annotate({ identifier: "Review" })
export type Review = typeof Review.Type

export const EndReason = Schema.Literals([
  "goals-reached-moving-on",
  "moved-away",
  "persons-choice",
  "died",
  /** A reassessment found the needs no longer eligible. */
  "no-longer-eligible",
  "other",
]).annotate({ identifier: "EndReason" })
export type EndReason = typeof EndReason.Type

/**
 * One person's journey from first conversation to a good ending. It carries every step's
 * record; the decisions themselves are separate, immutable records it points to.
 */
export class Journey extends Schema.Class<Journey>("@openpb/core/Journey")({
  id: JourneyId,
  councilId: CouncilId,
  personId: PersonId,
  stage: JourneyStage,
  version: Schema.Int,
  openedAt: IsoInstant,
  updatedAt: IsoInstant,
  referral: Referral,
  practitioner: Schema.NullOr(Label),
  adviser: Schema.NullOr(Label),
  engagementSupport: EngagementSupport,
  declineReason: Schema.NullOr(Prose),
  /**
   * Set on a carer's own journey (Care Act s10): the person they care for. The journey, its
   * decisions, plan and budget are the carer's; absent on an adult's journey.
   */
  caresFor: Schema.optionalKey(PersonId),
  /**
   * The day the request for support was received (the request's date in returns); absent on
   * journeys opened before it was kept, whose request dates from the day they were opened.
   */
  requestedOn: Schema.optionalKey(CalendarDate),
  assessment: Schema.NullOr(AdultAssessment),
  /** A carer's own assessment (reg 3), on a carer's journey. */
  carerAssessment: Schema.optionalKey(CarerAssessment),
  financial: Schema.NullOr(
    Schema.Struct({
      assessment: FinancialAssessment,
      weeklyContributionPence: Schema.Int,
      decisionId: DecisionId,
    }),
  ),
  eligibilityDecisionId: Schema.NullOr(DecisionId),
  /**
   * The written information and advice given with a not-eligible decision, on meeting or
   * reducing the needs and preventing or delaying needs in future (Care Act s13(5)).
   */
  informationAndAdvice: Schema.optionalKey(Prose),
  healthEligible: Schema.Boolean,
  budgetId: Schema.NullOr(BudgetId),
  indicativeDecisionId: Schema.NullOr(DecisionId),
  plans: Schema.Array(PlanVersion),
  submission: Schema.NullOr(Submission),
  approved: Schema.NullOr(ApprovedBudget),
  contingency: Schema.NullOr(ActiveContingency),
  suspension: Schema.NullOr(
    Schema.Struct({
      reason: Prose,
      from: CalendarDate,
      decisionId: DecisionId,
      /** The step the journey was at when paused (a review, a revision); absent: active. */
      resumeTo: Schema.optionalKey(JourneyStage),
    }).annotate({ identifier: "Suspension" }),
  ),
  reviews: Schema.Array(Review),
  /** What the practitioner recorded for direct payments: request, capacity, nominee, exclusions. */
  directPaymentArrangements: Schema.optionalKey(DirectPaymentArrangements),
  /**
   * Direct payments stopping: notice, the managed alternative, the underspend, the money; null
   * once a notice is withdrawn on challenge.
   */
  directPaymentEnding: Schema.optionalKey(Schema.NullOr(DirectPaymentEnding)),
  ending: Schema.NullOr(
    Schema.Struct({
      reason: EndReason,
      note: Note,
      on: CalendarDate,
      decisionId: DecisionId,
    }).annotate({ identifier: "Ending" }),
  ),
}) {
  get currentPlan(): PlanVersion | undefined {
    return this.plans.at(-1)
  }

  /** The earliest review not yet completed, for caseload views. */
  get nextReviewDue(): string | null {
    const open = this.reviews.filter((r) => r.status !== "completed").map((r) => r.dueDate)
    return open.length === 0 ? null : [...open].sort()[0]!
  }
}

/** Whether the contingency uplift applies on a date: it ends by itself after `until`. */
/**
 * A budget already running while its journey goes through a step again (a reassessment or a
 * plan revision): the approved budget stays in force until a new approval replaces it.
 */
export const isRevisingRunningBudget = (journey: Journey): boolean =>
  journey.approved !== null &&
  (journey.stage === "assessing" ||
    journey.stage === "eligibility-decided" ||
    journey.stage === "indicative-budget" ||
    journey.stage === "planning")

/** Whether the journey is a carer's own (their assessment, decisions, plan and budget). */
export const isCarersJourney = (journey: Journey): boolean => journey.caresFor !== undefined

export const contingencyActiveOn = (journey: Journey, date: string): boolean =>
  journey.contingency !== null &&
  journey.contingency.from <= date &&
  date <= journey.contingency.until
