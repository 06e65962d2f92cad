import { Effect, Layer } from "effect"
import type { Reason } from "../../decisions/Decision.ts"
import { addDays, addMonths } from "../../model/CalendarDay.ts"
import { MAX_PENCE, Pence } from "../../model/Money.ts"
import { annualLineCostPence, type PlanLine } from "../../journey/SupportPlan.ts"
import { ApprovalPolicy, type ApprovalInput, type ApprovalLevel } from "../ApprovalPolicy.ts"
import { ChargingPolicy } from "../ChargingPolicy.ts"
import { ContingencyPolicy, type ContingencyRequest } from "../ContingencyPolicy.ts"
import {
  DirectPaymentMonitoringPolicy,
  type SurplusInput,
} from "../DirectPaymentMonitoringPolicy.ts"
import {
  ResourceAllocationPolicy,
  type IndicativeBudgetInput,
} from "../ResourceAllocationPolicy.ts"
import {
  type ReviewDue,
  ReviewSchedulePolicy,
  type ReviewScheduleInput,
} from "../ReviewSchedulePolicy.ts"
import { SpendingRulesPolicy } from "../SpendingRulesPolicy.ts"
import type { FinancialAssessment } from "../../journey/Assessment.ts"
import { referencePolicy } from "./ref.ts"

const pounds = (pence: number) => `£${(pence / 100).toFixed(2)}`

/** A small points table: 10 points per outcome the person cannot achieve, 3 more per extra sense. */
export const indicativeBudget = (input: IndicativeBudgetInput) => {
  const pricePerPoint = 15_000
  const floor = 100_000
  const cap = 3_000_000
  const items = input.assessment.outcomes
    .filter((o) => o.unableSenses.length > 0)
    .map((o) => {
      const points = 10 + 3 * (o.unableSenses.length - 1)
      return {
        label: o.outcome,
        points,
        amountPence: points * pricePerPoint,
        text: `${points} points for "${o.outcome}".`,
      }
    })
  const points = items.reduce((t, i) => t + i.points, 0)
  const raw = points * pricePerPoint
  const amount = Math.min(cap, Math.max(floor, Math.round(raw / 100) * 100))
  const nhs = input.healthEligible ? Math.round((amount * 0.3) / 100) * 100 : 0
  const reasons: [Reason, ...Array<Reason>] = [
    {
      criterion: "ras/points",
      met: null,
      text: `${points} points at ${pounds(pricePerPoint)} a point make ${pounds(raw)} a year.`,
    },
    {
      criterion: "ras/floor-and-cap",
      met: null,
      text: `The amount is kept between ${pounds(floor)} and ${pounds(cap)} and rounded to the pound: ${pounds(amount)}.`,
    },
    {
      criterion: "ras/starting-point",
      met: null,
      text: "This is a starting point for planning, not a limit: the plan says what the needs really cost.",
    },
    ...(nhs > 0
      ? [
          {
            criterion: "ras/nhs-share",
            met: null,
            text: `Health needs give the NHS a share of ${pounds(nhs)} (an integrated budget).`,
          },
        ]
      : []),
  ]
  return {
    annualAmountPence: Pence.make(amount),
    fundingStreams: [
      { stream: "council-social-care" as const, amountPence: Pence.make(amount - nhs) },
      ...(nhs > 0 ? [{ stream: "nhs-health" as const, amountPence: Pence.make(nhs) }] : []),
    ],
    items: [
      ...items,
      {
        label: "floor and cap",
        points: null,
        amountPence: amount,
        text: `Kept between ${pounds(floor)} and ${pounds(cap)}.`,
      },
    ],
    reasons,
    policy: referencePolicy,
  }
}

/** Charging (Care and Support (Charging and Assessment of Resources) Regulations 2014), 2025/26 figures. */
export const contribution = (f: FinancialAssessment) => {
  const mig = f.ageYears < 25 ? 8_915 + 4_965 : 11_250 + 4_965
  const upper = 2_325_000
  const lower = 1_425_000
  if (f.receivesSection117Aftercare) {
    return {
      weeklyContributionPence: 0,
      reasons: [
        {
          criterion: "charging/s117",
          met: true,
          text: "Section 117 aftercare is free: there is no charge.",
        },
      ] as [Reason],
      policy: referencePolicy,
    }
  }
  if (f.capitalPence > upper) {
    return {
      weeklyContributionPence: Math.floor(MAX_PENCE / 52),
      reasons: [
        {
          criterion: "charging/capital/upper-limit",
          met: true,
          text: `Capital of ${pounds(f.capitalPence)} is above the upper limit of ${pounds(upper)}: the person pays the full cost.`,
        },
      ] as [Reason],
      policy: referencePolicy,
    }
  }
  const tariff = f.capitalPence > lower ? Math.ceil((f.capitalPence - lower) / 25_000) * 100 : 0
  const available =
    f.weeklyIncomePence +
    tariff -
    mig -
    f.weeklyDisabilityRelatedExpenditurePence -
    f.weeklyHousingCostsPence
  const weekly = Math.max(0, available)
  return {
    weeklyContributionPence: weekly,
    reasons: [
      {
        criterion: "charging/mig",
        met: null,
        text: `Income must not fall below the minimum income guarantee of ${pounds(mig)} a week.`,
      },
      {
        criterion: "charging/tariff-income",
        met: null,
        text: `Capital gives a tariff income of ${pounds(tariff)} a week (£1 for every £250 above ${pounds(lower)}).`,
      },
      {
        criterion: "charging/contribution",
        met: null,
        text: `Income ${pounds(f.weeklyIncomePence)} + tariff ${pounds(tariff)} - guarantee ${pounds(mig)} - disability-related costs ${pounds(f.weeklyDisabilityRelatedExpenditurePence)} - housing ${pounds(f.weeklyHousingCostsPence)} leaves ${pounds(weekly)} a week to contribute.`,
      },
    ] as [Reason, ...Array<Reason>],
    policy: referencePolicy,
  }
}

const notAllowedWords = ["alcohol", "gambling", "tobacco", "debt"]

/** Spending: lawful things that meet outcomes are allowed; therapy outside the NHS needs approval. */
export const checkLine = (line: PlanLine) => {
  const text = line.description.toLowerCase()
  const banned = notAllowedWords.find((w) => text.includes(w))
  if (banned) {
    return {
      lineId: line.id,
      verdict: "not-allowed" as const,
      reason: {
        criterion: `spending/not-allowed/${banned}`,
        met: false,
        text: `A budget cannot pay for ${banned}.`,
      },
      policy: referencePolicy,
    }
  }
  if (line.category === "therapy-outside-nhs" || annualLineCostPence(line) > 1_000_000) {
    return {
      lineId: line.id,
      verdict: "needs-approval" as const,
      reason: {
        criterion: "spending/needs-approval",
        met: null,
        text: "Therapy outside the NHS, or a line above £10,000 a year, needs a manager's approval.",
      },
      policy: referencePolicy,
    }
  }
  return {
    lineId: line.id,
    verdict: "allowed" as const,
    reason: {
      criterion: "spending/allowed",
      met: true,
      text: "This meets an outcome in the plan and is allowed.",
    },
    policy: referencePolicy,
  }
}

const limits: Record<ApprovalLevel, number> = {
  practitioner: 500_000,
  "team-manager": 2_500_000,
  panel: MAX_PENCE,
}

/** Approval: within 10% of the indicative amount a team manager signs off; beyond, a panel. */
export const requirement = (input: ApprovalInput) => {
  const tolerance = Math.round(input.indicativeAnnualPence * 1.1)
  const needsApproval = input.lineChecks.some((c) => c.verdict === "needs-approval")
  const overTolerance = input.annualPlanCostPence > tolerance
  const level: ApprovalLevel =
    overTolerance || input.annualPlanCostPence > limits["team-manager"] ? "panel" : "team-manager"
  return {
    level,
    minimumApproverLimitPence: Pence.make(Math.min(MAX_PENCE, input.annualPlanCostPence)),
    reasons: [
      {
        criterion: "approval/tolerance",
        met: !overTolerance,
        text: `The plan costs ${pounds(input.annualPlanCostPence)} a year against an indicative ${pounds(input.indicativeAnnualPence)} (tolerance 10%, up to ${pounds(tolerance)}).`,
      },
      ...(needsApproval
        ? [
            {
              criterion: "approval/lines",
              met: null,
              text: "Some lines need a manager's approval.",
            },
          ]
        : []),
    ] as [Reason, ...Array<Reason>],
    policy: referencePolicy,
  }
}

/** Reviews: plan at 8 weeks then yearly; a direct payment within 6 months then yearly; NHS within 3 months. */
export const nextReviews = (input: ReviewScheduleInput) => {
  const last = (clock: string) =>
    input.lastReviewDates
      .filter((d) => d.clock === clock)
      .map((d) => d.date)
      .sort()
      .at(-1)
  const planLast = last("plan")
  const dues: Array<ReviewDue> = [
    {
      clock: "plan",
      dueDate: planLast ? addMonths(planLast, 12) : addDays(input.planStartDate, 56),
      reasons: [
        {
          criterion: planLast ? "review/plan/yearly" : "review/plan/first",
          met: null,
          text: planLast
            ? "Plans are reviewed at least every 12 months."
            : "A new plan is first reviewed within 6-8 weeks.",
        },
      ] as [Reason],
      policy: referencePolicy,
    },
  ]
  if (input.firstDirectPaymentDate !== null) {
    const dpLast = last("direct-payment")
    dues.push({
      clock: "direct-payment",
      dueDate: dpLast ? addMonths(dpLast, 12) : addMonths(input.firstDirectPaymentDate, 6),
      reasons: [
        {
          criterion: "review/direct-payment",
          met: null,
          text: "A direct payment is reviewed within its first 6 months, then at least yearly (DP Regs 2014 reg 7).",
        },
      ] as [Reason],
      policy: referencePolicy,
    })
  }
  if (input.firstNhsDirectPaymentDate !== null) {
    const nhsLast = last("nhs-direct-payment")
    dues.push({
      clock: "nhs-direct-payment",
      dueDate: nhsLast ? addMonths(nhsLast, 12) : addMonths(input.firstNhsDirectPaymentDate, 3),
      reasons: [
        {
          criterion: "review/nhs-direct-payment",
          met: null,
          text: "An NHS direct payment is reviewed within 3 months, then at least yearly.",
        },
      ] as [Reason],
      policy: referencePolicy,
    })
  }
  return dues
}

/** Contingency: within the plan's pre-agreed cap and duration, never more than a quarter of the budget. */
export const decideContingency = (request: ContingencyRequest) => {
  const cap = Math.min(request.planUpliftCapPence, Math.floor(request.annualBudgetPence / 4))
  const days = Math.min(request.requestedDays, request.planMaxDurationDays)
  const allowed = request.requestedUpliftPence <= cap && days >= 1
  return {
    allowed,
    upliftPence: Pence.make(allowed ? request.requestedUpliftPence : 0),
    days: allowed ? days : 0,
    reasons: [
      {
        criterion: "contingency/cap",
        met: request.requestedUpliftPence <= cap,
        text: `Up to ${pounds(cap)} was agreed in advance; ${pounds(request.requestedUpliftPence)} was asked for.`,
      },
      {
        criterion: "contingency/duration",
        met: days >= 1,
        text: `The uplift lasts ${days} days (the plan allows up to ${request.planMaxDurationDays}) and then ends by itself.`,
      },
    ] as [Reason, Reason],
    policy: referencePolicy,
  }
}

export const ReferenceMoneyPolicies = Layer.mergeAll(
  Layer.succeed(ResourceAllocationPolicy, {
    indicativeBudget: (i) => Effect.succeed(indicativeBudget(i)),
  }),
  Layer.succeed(ChargingPolicy, { contribution: (f) => Effect.succeed(contribution(f)) }),
  Layer.succeed(SpendingRulesPolicy, { checkLine: (l) => Effect.succeed(checkLine(l)) }),
  Layer.succeed(ApprovalPolicy, {
    requirement: (i) => Effect.succeed(requirement(i)),
    limitFor: (level) => Effect.succeed(limits[level]),
  }),
  Layer.succeed(ReviewSchedulePolicy, { nextReviews: (i) => Effect.succeed(nextReviews(i)) }),
  Layer.succeed(ContingencyPolicy, { decide: (r) => Effect.succeed(decideContingency(r)) }),
  Layer.succeed(DirectPaymentMonitoringPolicy, {
    statementEveryWeeks: Effect.succeed(12),
    assessSurplus: (i) => Effect.succeed(assessSurplus(i)),
  }),
)

/**
 * Direct-payment monitoring defaults: statements every 12 weeks; a surplus above 8 weeks of
 * allocation is proposed for recovery with 28 days' notice; the person's own contribution is
 * refunded, not recovered; a surplus built up during a suspension is recorded as such.
 */
export const assessSurplus = (input: SurplusInput) => {
  const threshold = input.weeklyAllocationPence * 8
  const surplus = Math.max(0, input.balancePence - threshold)
  const reasons: [Reason, ...Array<Reason>] = [
    {
      criterion: "dp-monitoring/threshold",
      met: surplus > 0,
      text: `The account holds ${pounds(input.balancePence)}; up to 8 weeks of allocation (${pounds(threshold)}) is kept as a buffer.`,
    },
  ]
  if (surplus === 0)
    return {
      action: "none" as const,
      amountPence: 0,
      responseWindowDays: 0,
      reasons,
      policy: referencePolicy,
    }
  if (input.suspendedDaysInPeriod >= 14) {
    reasons.push({
      criterion: "dp-monitoring/suspension",
      met: true,
      text: `The budget was paused for ${input.suspendedDaysInPeriod} days (for example a hospital stay): the surplus is explained and is not recovered.`,
    })
    return {
      action: "explained-by-suspension" as const,
      amountPence: surplus,
      responseWindowDays: 0,
      reasons,
      policy: referencePolicy,
    }
  }
  const contribution = Math.min(surplus, input.personContributionHeldPence)
  if (contribution === surplus) {
    reasons.push({
      criterion: "dp-monitoring/contribution",
      met: true,
      text: "The surplus is the person's own contribution: it is refunded to them.",
    })
    return {
      action: "refund-contribution" as const,
      amountPence: contribution,
      responseWindowDays: 0,
      reasons,
      policy: referencePolicy,
    }
  }
  const recoverable = surplus - contribution
  const nhs = input.stream === "nhs-health"
  reasons.push({
    criterion: nhs ? "dp-monitoring/nhs-offset" : "dp-monitoring/recovery",
    met: true,
    text: nhs
      ? `${pounds(recoverable)} above the buffer may be offset against future payments, at most one period's amount at a time, after notice.`
      : `${pounds(recoverable)} above the buffer${contribution > 0 ? ` (after refunding ${pounds(contribution)} of the person's own contribution)` : ""} is proposed for recovery, after notice.`,
  })
  return {
    action: nhs ? ("propose-offset" as const) : ("propose-recovery" as const),
    amountPence: recoverable,
    responseWindowDays: 28,
    reasons,
    policy: referencePolicy,
  }
}
