import {
  AdultAssessment,
  ApprovalInput,
  ApprovalLevel,
  ApprovalPolicy,
  type AssessmentPeriodCheck,
  ApprovalRequirement,
  CarerAssessment,
  ChallengeRouteAnswer,
  ChallengeRouteInput,
  ChallengeRoutePolicy,
  ChargingPolicy,
  ContingencyOutcome,
  ContingencyPolicy,
  ContingencyRequest,
  Contribution,
  type CouncilWord,
  DirectPaymentConditionsInput,
  DirectPaymentConditionsOutcome,
  DirectPaymentConditionsPolicy,
  DirectPaymentMonitoringPolicy,
  EligibilityOutcome,
  EligibilityPolicy,
  FinancialAssessment,
  HealthBudgetOutcome,
  HealthEligibilityPolicy,
  IndicativeBudget,
  IndicativeBudgetInput,
  LineCheck,
  MeasureAnswers,
  MeasureScore,
  OutcomeMeasurePolicy,
  PlanLine,
  ResourceAllocationPolicy,
  ReviewDue,
  ReviewScheduleInput,
  ReviewSchedulePolicy,
  SpendingRulesPolicy,
  SurplusInput,
  SurplusOutcome,
  type TransactionMatch,
  type TransactionMatchInput,
  Vocabulary,
} from "@openpb/core"
import { Schema } from "effect"

/**
 * The policy ports a plugin may provide, by the name a deployment and a manifest use.
 * Exclusive ports have exactly one provider in a deployment; shared ports combine the answers
 * of every plugin that provides them (each plugin answers for its own funding stream or clock).
 */
export const portNames = [
  "eligibility",
  "healthEligibility",
  "resourceAllocation",
  "charging",
  "spendingRules",
  "approval",
  "reviewSchedule",
  "contingency",
  "directPaymentMonitoring",
  "outcomeMeasures",
  "directPaymentConditions",
  "challengeRoutes",
  "vocabulary",
] as const
export const PortName = Schema.Literals(portNames)
export type PortName = typeof PortName.Type

export const sharedPorts: ReadonlySet<PortName> = new Set([
  "spendingRules",
  "reviewSchedule",
  "directPaymentMonitoring",
  "outcomeMeasures",
  "directPaymentConditions",
  "challengeRoutes",
  "vocabulary",
])

/**
 * Ports a deployment may leave without a provider: no outcome measure installed, or no rule for
 * the conditions of direct payments (then the practitioner's record stands, and says so).
 */
export const optionalPorts: ReadonlySet<PortName> = new Set([
  "outcomeMeasures",
  "directPaymentConditions",
  "vocabulary",
])

/**
 * What a plugin returns: the outcome in its plain (encoded) form without `policy`, which the
 * SDK stamps from the plugin; the SDK then checks it against the port's schema.
 */
export type Unstamped<T> =
  T extends ReadonlyArray<infer I> ? ReadonlyArray<Unstamped<I>> : Omit<T, "policy">

/**
 * The rules of each port as plain synchronous functions: the same inputs give the same
 * answer, and every answer carries its reasons. Shared ports may answer `undefined` for an
 * input outside the plugin's remit (a funding stream it does not cover).
 */
export interface PortRules {
  readonly eligibility: {
    adult(assessment: AdultAssessment): Unstamped<(typeof EligibilityOutcome)["Encoded"]>
    carer(assessment: CarerAssessment): Unstamped<(typeof EligibilityOutcome)["Encoded"]>
    /**
     * Whether the assessment period can show the needs (fluctuating needs call for a history).
     * A plugin without this rule accepts any period, and says so.
     */
    assessmentPeriod?(
      assessment: AdultAssessment,
    ): Unstamped<(typeof AssessmentPeriodCheck)["Encoded"]>
  }
  readonly healthEligibility: {
    assess(assessment: AdultAssessment): Unstamped<(typeof HealthBudgetOutcome)["Encoded"]>
  }
  readonly resourceAllocation: {
    indicativeBudget(input: IndicativeBudgetInput): Unstamped<(typeof IndicativeBudget)["Encoded"]>
  }
  readonly charging: {
    contribution(assessment: FinancialAssessment): Unstamped<(typeof Contribution)["Encoded"]>
  }
  readonly spendingRules: {
    checkLine(line: PlanLine): Unstamped<(typeof LineCheck)["Encoded"]> | undefined
  }
  readonly approval: {
    requirement(input: ApprovalInput): Unstamped<(typeof ApprovalRequirement)["Encoded"]>
    /** The limit, in pence a year, up to which an approver of this level may sign off. */
    limitFor(level: ApprovalLevel): number
    /** The lawful grounds on which the council may refuse a plan. */
    readonly refusalGrounds: ReadonlyArray<{ readonly id: string; readonly text: string }>
  }
  readonly reviewSchedule: {
    nextReviews(input: ReviewScheduleInput): ReadonlyArray<Unstamped<(typeof ReviewDue)["Encoded"]>>
  }
  readonly contingency: {
    decide(request: ContingencyRequest): Unstamped<(typeof ContingencyOutcome)["Encoded"]>
  }
  readonly directPaymentMonitoring: {
    readonly statementEveryWeeks: number
    /**
     * Weeks with no spending from a direct-payment account before the council checks the
     * payments still meet the needs (the no-spend check). Optional: absent, this plugin sets none.
     */
    readonly noSpendWeeks?: number
    assessSurplus(input: SurplusInput): Unstamped<(typeof SurplusOutcome)["Encoded"]> | undefined
    /**
     * The plan line a payment out of a direct-payment account was spent on, when this plugin's
     * rules recognise it (by merchant category code, by payee); `undefined` leaves it to the next
     * plugin, and in the end to a person. Optional: a plugin without it matches nothing.
     */
    matchTransaction?(
      input: TransactionMatchInput,
    ): Unstamped<(typeof TransactionMatch)["Encoded"]> | undefined
  }
  readonly outcomeMeasures: {
    /** The instruments this plugin scores, by the name a review records them under. */
    readonly instruments: ReadonlyArray<string>
    score(answers: MeasureAnswers): Unstamped<(typeof MeasureScore)["Encoded"]> | undefined
  }
  readonly challengeRoutes: {
    /** A route this plugin opens for the decision, or `undefined` when it opens none. */
    route(
      input: ChallengeRouteInput,
    ): Unstamped<(typeof ChallengeRouteAnswer)["Encoded"]> | undefined
  }
  readonly directPaymentConditions: {
    check(
      input: DirectPaymentConditionsInput,
    ): Unstamped<(typeof DirectPaymentConditionsOutcome)["Encoded"]> | undefined
  }
  readonly vocabulary: {
    /**
     * The council's own words for national terms (keys of core's `nationalGlossary`), with its
     * own plain definitions where it gives them. A later plugin's word for a key wins.
     */
    readonly words: ReadonlyArray<(typeof CouncilWord)["Encoded"]>
  }
}

/** One method of a port: the schema of what it is given and of what it answers. */
export interface MethodSpec {
  readonly input: Schema.Top
  readonly output: Schema.Top
}

/**
 * The schemas behind every port method: the conformance kit draws inputs from them, and the
 * SDK checks every answer against them before core sees it.
 */
export const portMethods: {
  readonly [P in PortName]: Readonly<Record<string, MethodSpec>>
} = {
  eligibility: {
    adult: { input: AdultAssessment, output: EligibilityOutcome },
    carer: { input: CarerAssessment, output: EligibilityOutcome },
  },
  healthEligibility: { assess: { input: AdultAssessment, output: HealthBudgetOutcome } },
  resourceAllocation: {
    indicativeBudget: { input: IndicativeBudgetInput, output: IndicativeBudget },
  },
  charging: { contribution: { input: FinancialAssessment, output: Contribution } },
  spendingRules: { checkLine: { input: PlanLine, output: LineCheck } },
  approval: {
    requirement: { input: ApprovalInput, output: ApprovalRequirement },
    limitFor: {
      input: ApprovalLevel,
      output: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
    },
  },
  reviewSchedule: { nextReviews: { input: ReviewScheduleInput, output: Schema.Array(ReviewDue) } },
  contingency: { decide: { input: ContingencyRequest, output: ContingencyOutcome } },
  directPaymentMonitoring: {
    assessSurplus: { input: SurplusInput, output: SurplusOutcome },
  },
  outcomeMeasures: { score: { input: MeasureAnswers, output: MeasureScore } },
  directPaymentConditions: {
    check: { input: DirectPaymentConditionsInput, output: DirectPaymentConditionsOutcome },
  },
  challengeRoutes: { route: { input: ChallengeRouteInput, output: ChallengeRouteAnswer } },
  // Words, not rules: checked once when the deployment is composed (no method to call).
  vocabulary: {},
}

/** The core service each port name stands for. */
export const portServices = {
  eligibility: EligibilityPolicy,
  healthEligibility: HealthEligibilityPolicy,
  resourceAllocation: ResourceAllocationPolicy,
  charging: ChargingPolicy,
  spendingRules: SpendingRulesPolicy,
  approval: ApprovalPolicy,
  reviewSchedule: ReviewSchedulePolicy,
  contingency: ContingencyPolicy,
  directPaymentMonitoring: DirectPaymentMonitoringPolicy,
  outcomeMeasures: OutcomeMeasurePolicy,
  directPaymentConditions: DirectPaymentConditionsPolicy,
  challengeRoutes: ChallengeRoutePolicy,
  vocabulary: Vocabulary,
} as const
