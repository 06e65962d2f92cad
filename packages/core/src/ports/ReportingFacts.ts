import { Context, type Effect } from "effect"
import type { ChallengeStatus } from "../decisions/Challenge.ts"
import type { DecisionKind } from "../decisions/Decision.ts"
import type { JourneyStage } from "../journey/JourneyStage.ts"
import type { OutcomeDomain, SpendingCategory } from "../journey/SupportPlan.ts"
import type { BudgetStatus, DeliveryMechanism, LineDeliveryMechanism } from "../model/Budget.ts"
import type { EthnicCategory } from "../model/Person.ts"
import type { KeysetPage } from "./ExportSource.ts"

/** A completed review as aggregate reports read it: attainment per outcome, with its domain. */
export interface ReviewFacts {
  /** London calendar date. */
  readonly completedOn: string
  readonly progress: ReadonlyArray<{
    readonly outcomeId: string
    /** The outcome's domain in the plan that named it; null when no plan names it any more. */
    readonly domain: OutcomeDomain | null
    /** Goal attainment, -2 to +2 (0 = as expected). */
    readonly attainment: number
  }>
  /** The wellbeing measure's scored value, when one was recorded. */
  readonly wellbeing: number | null
}

export interface ChallengeFacts {
  readonly decisionKind: DecisionKind
  readonly status: ChallengeStatus
}

/**
 * One journey, flattened for aggregate reports: who (equality fields only), when, what was
 * decided, the budget, reviews and challenges. No name, no contact, no free text.
 */
export interface JourneyFacts {
  readonly journeyId: string
  readonly stage: JourneyStage
  /** London calendar date the journey was opened (the referral). */
  readonly referredOn: string
  /** Null when the person did not consent to give equality data. */
  readonly ethnicity: EthnicCategory | null
  readonly sex: string | null
  readonly dateOfBirth: string | null
  /** The eligibility decision in force: `eligible` or `not-eligible`. */
  readonly eligibilityOutcome: string | null
  readonly eligibilityDecidedOn: string | null
  /** London date the plan was approved and the budget became active. */
  readonly activatedOn: string | null
  readonly budgetStatus: BudgetStatus | null
  /** The budget's: `mixed` when its approved plan's lines are held in more than one way. */
  readonly deliveryMechanism: DeliveryMechanism | null
  readonly budgetAmountPence: number | null
  /** Completed reviews, oldest first. */
  readonly reviews: ReadonlyArray<ReviewFacts>
  readonly nextReviewDue: string | null
  readonly challenges: ReadonlyArray<ChallengeFacts>
  /** Contingency uplifts applied. */
  readonly contingencies: number
  readonly suspensions: number
}

/** One budget's plan and spending in a period, by category and delivery mechanism. */
export interface BudgetSpendingFacts {
  readonly budgetId: string
  readonly activatedOn: string | null
  /** London date the journey ended, if it has. */
  readonly endedOn: string | null
  /** The approved plan's lines. */
  readonly planned: ReadonlyArray<{
    readonly category: SpendingCategory
    readonly mechanism: LineDeliveryMechanism
    readonly annualPence: number
  }>
  /** Spending postings effective in the period, reversals netted, by category and mechanism. */
  readonly spent: ReadonlyArray<{
    readonly category: SpendingCategory
    readonly mechanism: LineDeliveryMechanism
    readonly pence: number
  }>
}

export interface JourneyFactsQuery extends KeysetPage {
  /**
   * Read the facts as they were known at the end of this London date (what was recorded later
   * is left out), so a report can be produced again as it was; absent: as they are now.
   */
  readonly asAt?: string | undefined
}

export interface SpendingFactsQuery extends JourneyFactsQuery {
  /** London calendar dates, both included. */
  readonly from: string
  readonly to: string
}

/**
 * What aggregate reports read, a keyset page at a time (journeys by id, budgets by id). The
 * records are plain and per journey or budget; reports aggregate them as they stream, so memory
 * follows the number of groups, not of people.
 */
export class ReportingFacts extends Context.Service<
  ReportingFacts,
  {
    journeys(query: JourneyFactsQuery): Effect.Effect<ReadonlyArray<JourneyFacts>>
    spending(query: SpendingFactsQuery): Effect.Effect<ReadonlyArray<BudgetSpendingFacts>>
  }
>()("@openpb/core/ReportingFacts") {}
