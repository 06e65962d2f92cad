import { Effect, Option, Schema } from "effect"
import { checkDirectoryLinks } from "../../directory/usecases.ts"
import { refuseSelfContract } from "../../access/assignments.ts"
import { journeyAsSeen } from "../../access/finances.ts"
import { CurrentActor } from "../../model/Actor.ts"
import { Budget, budgetMechanismOf } from "../../model/Budget.ts"
import { todayInLondon } from "../../model/CalendarDay.ts"
import { BudgetId, newUuidV7 } from "../../model/Ids.ts"
import { CalendarDate } from "../../model/Person.ts"
import { decodeInput, invalidAt } from "../../model/Input.ts"
import { formatPounds, MAX_PENCE, Pence } from "../../model/Money.ts"
import { Label, LabelOrEmpty, Prose } from "../../model/Text.ts"
import { nowIso } from "../../model/Time.ts"
import { BudgetRepository } from "../../ports/BudgetRepository.ts"
import { EventLog } from "../../ports/EventLog.ts"
import { DecisionRepository } from "../../ports/DecisionRepository.ts"
import { CarerRepository } from "../../ports/CarerRepository.ts"
import { UnpaidSupportRequest, withUnpaidSupport } from "../unpaidSupport.ts"
import { UnitOfWork } from "../../ports/UnitOfWork.ts"
import { ApprovalPolicy } from "../../policies/ApprovalPolicy.ts"
import {
  type IndicativeBudget,
  indicativeDecisionAmounts,
  ResourceAllocationPolicy,
} from "../../policies/ResourceAllocationPolicy.ts"
import { ReviewSchedulePolicy } from "../../policies/ReviewSchedulePolicy.ts"
import { SpendingRulesPolicy } from "../../policies/SpendingRulesPolicy.ts"
import { loadBudget } from "../budgetChanges.ts"
import { effectiveDay, inForceSince, lastStartOf, latestOf } from "../effectiveDate.ts"
import { planChangeReasons, putPlanInForce } from "../planInForce.ts"
import { directPaymentConditionsMet } from "../directPayments.ts"
import { MissingStep, SpendingNotAllowed } from "../JourneyErrors.ts"
import { isCarersJourney, isRevisingRunningBudget, type Journey, JourneyId } from "../Journey.ts"
import { reviewsAfter } from "../reviewSchedule.ts"
import { byPerson, checkIn, checkMove, loadJourney, recordDecision, saveJourney } from "../steps.ts"
import { fundingSplit, streamsOf } from "../fundingSplit.ts"
import { noSection117Reason, section117Grounds } from "../section117.ts"
import {
  annualLineCostPence,
  annualTopUpPence,
  annualPlanCostPence,
  type PlanLine,
  SupportPlanContent,
} from "../SupportPlan.ts"

/** A carer's indicative amount: the practitioner's, with their reasons (a person's decision). */
export const CarersBudgetRequest = Schema.Struct({
  annualAmountPence: Pence.check(Schema.isGreaterThan(0)),
  reasons: Schema.NonEmptyArray(Prose),
}).annotate({ identifier: "CarersBudgetRequest" })

export const IndicativeBudgetRequest = Schema.Struct({
  journeyId: JourneyId,
  answers: Schema.optionalKey(Schema.Record(Label, LabelOrEmpty)),
  /** On a carer's journey: the amount to meet the carer's eligible needs, and why. */
  carersBudget: Schema.optionalKey(CarersBudgetRequest),
  /** Support a carer gives unpaid, counted as its own line (only while they say they are willing and able). */
  unpaidSupport: Schema.optionalKey(UnpaidSupportRequest),
})
export type IndicativeBudgetRequest = typeof IndicativeBudgetRequest.Encoded

/** The carer's unpaid support to count, resting on their recorded word that they are willing and able. */
const unpaidSupportCounted = Effect.fnUntraced(function* (
  journey: Journey,
  request: UnpaidSupportRequest,
) {
  const found = yield* (yield* CarerRepository).findById(journey.councilId, request.carerId)
  if (Option.isNone(found) || found.value.personId !== journey.personId)
    return yield* invalidAt(["unpaidSupport", "carerId"], "not a carer in this person's circle")
  const willingness = found.value.willingness
  if (willingness === undefined || willingness === null || !willingness.willingAndAble)
    return yield* invalidAt(
      ["unpaidSupport", "carerId"],
      `${found.value.name} has not said they are willing and able to give this support: record what they say first`,
    )
  return {
    carerId: request.carerId,
    carerName: found.value.name,
    weeklyValuePence: request.weeklyValuePence,
    willingness,
  }
})

/**
 * What the indicative amount rests on: for an adult, the resource allocation policy over the
 * assessment; for a carer, the practitioner's amount and reasons over the carer's assessment.
 */
const indicativeEstimate = Effect.fnUntraced(function* (
  journey: Journey,
  input: typeof IndicativeBudgetRequest.Type,
) {
  if (isCarersJourney(journey)) {
    if (journey.carerAssessment === undefined)
      return yield* new MissingStep({ journeyId: journey.id, missing: "the carer's assessment" })
    if (input.carersBudget === undefined)
      return yield* invalidAt(
        ["carersBudget"],
        "a carer's indicative amount is the practitioner's, with the reasons it meets the carer's eligible needs",
      )
    const { annualAmountPence, reasons } = input.carersBudget
    const estimate: IndicativeBudget = {
      annualAmountPence,
      fundingStreams: [{ stream: "council-social-care", amountPence: annualAmountPence }],
      items: [],
      reasons: [
        {
          criterion: "carers-budget/amount",
          met: null,
          text: `£${(annualAmountPence / 100).toFixed(2)} a year to meet the carer's eligible needs.`,
        },
        ...reasons.map((text) => ({ criterion: "carers-budget/reason", met: null, text })),
      ],
      policy: byPerson("practitioner"),
    }
    return {
      estimate,
      seen: { carerAssessment: journey.carerAssessment, carersBudget: input.carersBudget },
    }
  }
  if (journey.assessment === null)
    return yield* new MissingStep({ journeyId: journey.id, missing: "a recorded assessment" })
  const ras = yield* ResourceAllocationPolicy
  const estimate = yield* ras.indicativeBudget({
    assessment: journey.assessment,
    healthEligible: journey.healthEligible,
    answers: input.answers ?? {},
  })
  const seen = {
    assessment: journey.assessment,
    healthEligible: journey.healthEligible,
    answers: input.answers ?? {},
  }
  if (input.unpaidSupport === undefined) return { estimate, seen }
  const counted = yield* unpaidSupportCounted(journey, input.unpaidSupport)
  return {
    estimate: withUnpaidSupport(estimate, counted),
    seen: { ...seen, unpaidSupport: counted },
  }
})

/** The resource allocation policy's first estimate, itemised; it creates the indicative budget. */
export const setIndicativeBudget = Effect.fn("setIndicativeBudget")(function* (raw: unknown) {
  const input = yield* decodeInput(IndicativeBudgetRequest)(raw)
  const budgets = yield* BudgetRepository
  const events = yield* EventLog
  const actor = yield* CurrentActor
  const uow = yield* UnitOfWork
  const budgetId = BudgetId.make(yield* newUuidV7)
  const createdAt = yield* nowIso
  return yield* uow.transaction(
    Effect.gen(function* () {
      const journey = yield* loadJourney(input.journeyId, "journey.decide")
      yield* checkMove(journey, "indicative-budget", "setIndicativeBudget")
      const { estimate, seen } = yield* indicativeEstimate(journey, input)
      const decision = yield* recordDecision({
        journey,
        kind: "indicative-budget",
        outcome: "indicative-amount-set",
        reasons: estimate.reasons,
        policy: estimate.policy,
        inputs: seen,
        allocation: estimate.items,
        amounts: indicativeDecisionAmounts(estimate),
      })
      // A reassessment keeps the running budget: the new amount is the plan's to reach, and the
      // budget changes when the revised plan is approved.
      if (isRevisingRunningBudget(journey))
        return yield* saveJourney(
          journey,
          { stage: "indicative-budget", indicativeDecisionId: decision.id },
          {
            type: "IndicativeBudgetSet",
            payload: { decisionId: decision.id, budgetId: journey.budgetId },
          },
        )
      const budget = new Budget({
        id: budgetId,
        councilId: journey.councilId,
        personId: journey.personId,
        status: "indicative",
        amountPence: estimate.annualAmountPence,
        fundingStreams: estimate.fundingStreams,
        deliveryMechanism: "notional",
        version: 1,
        createdAt,
      })
      yield* budgets.insert(budget)
      yield* events.append({
        councilId: budget.councilId,
        type: "BudgetCreated",
        aggregateType: "Budget",
        aggregateId: budget.id,
        actorSubject: actor.subject,
        payload: {
          personId: budget.personId,
          amountPence: budget.amountPence,
          decisionId: decision.id,
        },
      })
      return yield* saveJourney(
        journey,
        { stage: "indicative-budget", budgetId: budget.id, indicativeDecisionId: decision.id },
        { type: "IndicativeBudgetSet", payload: { decisionId: decision.id, budgetId: budget.id } },
      )
    }),
  )
})

export const DraftPlanInput = Schema.Struct({ journeyId: JourneyId, plan: SupportPlanContent })
export type DraftPlanInput = typeof DraftPlanInput.Encoded

const checkPlanConsistency = (plan: SupportPlanContent) => {
  const outcomeIds = new Set(plan.outcomes.map((o) => o.id))
  for (const [index, line] of plan.lines.entries()) {
    const unknown = line.outcomeIds.find((id) => !outcomeIds.has(id))
    if (unknown !== undefined) {
      return Effect.fail(
        invalidAt(["plan", "lines", index, "outcomeIds"], `no outcome has the id ${unknown}`),
      )
    }
    const periodCost = line.unitCostPence * line.unitsPerPeriod
    if ((line.personTopUpPence ?? 0) > periodCost)
      return Effect.fail(
        invalidAt(
          ["plan", "lines", index, "personTopUpPence"],
          `a top-up cannot be more than the line's cost for the period (${periodCost} pence)`,
        ),
      )
  }
  if (annualPlanCostPence(plan.lines) > MAX_PENCE) {
    return Effect.fail(
      invalidAt(["plan", "lines"], `the plan's yearly cost is over ${MAX_PENCE} pence`),
    )
  }
  const lineIds = plan.lines.map((l) => l.id)
  if (new Set(lineIds).size !== lineIds.length)
    return Effect.fail(invalidAt(["plan", "lines"], "line ids must be unique"))
  return Effect.void
}

/** Saves a new version of the support plan; earlier versions stay in the history. */
export const draftPlan = Effect.fn("draftPlan")(function* (raw: unknown) {
  const input = yield* decodeInput(DraftPlanInput)(raw)
  yield* checkPlanConsistency(input.plan)
  const actor = yield* CurrentActor
  const uow = yield* UnitOfWork
  const createdAt = yield* nowIso
  return yield* uow
    .transaction(
      Effect.gen(function* () {
        const journey = yield* loadJourney(input.journeyId, "journey.plan")
        // Access: drafting a plan never contracts its drafter as a provider.
        yield* refuseSelfContract(input.plan.lines)
        yield* checkDirectoryLinks(input.plan.lines)
        if (journey.stage !== "planning") yield* checkMove(journey, "planning", "draftPlan")
        const detentions = journey.assessment?.detentions ?? []
        const unfounded = input.plan.lines.findIndex((l) => l.section117Aftercare === true)
        if (unfounded >= 0 && section117Grounds(detentions).length === 0)
          return yield* invalidAt(
            ["plan", "lines", unfounded, "section117Aftercare"],
            noSection117Reason(detentions),
          )
        const version = (journey.currentPlan?.version ?? 0) + 1
        return yield* saveJourney(
          journey,
          {
            stage: "planning",
            plans: [
              ...journey.plans,
              {
                version,
                content: input.plan,
                createdAt,
                createdBy: actor.subject,
                annualCostPence: annualPlanCostPence(input.plan.lines),
              },
            ],
          },
          { type: "PlanDrafted", payload: { planVersion: version } },
        )
      }),
    )
    .pipe(Effect.flatMap(journeyAsSeen))
})

/** The upper band the indicative decision in force recorded, if its policy has one. */
const upperBandOf = Effect.fnUntraced(function* (journey: Journey) {
  if (journey.indicativeDecisionId === null) return undefined
  const found = yield* (yield* DecisionRepository).findById(
    journey.councilId,
    journey.indicativeDecisionId,
  )
  return Option.isSome(found) ? found.value.amounts.capPence : undefined
})

/** Checks every line against the spending rules and asks the approval policy who signs off. */
export const submitPlan = Effect.fn("submitPlan")(function* (raw: unknown) {
  const input = yield* decodeInput(Schema.Struct({ journeyId: JourneyId }))(raw)
  const spending = yield* SpendingRulesPolicy
  const approval = yield* ApprovalPolicy
  const uow = yield* UnitOfWork
  return yield* uow.transaction(
    Effect.gen(function* () {
      const journey = yield* loadJourney(input.journeyId, "journey.submit")
      yield* checkMove(journey, "awaiting-approval", "submitPlan")
      const plan = journey.currentPlan
      if (plan === undefined || journey.budgetId === null) {
        return yield* new MissingStep({
          journeyId: journey.id,
          missing: "a drafted support plan and an indicative budget",
        })
      }
      // The directory may have changed since the plan was drafted.
      yield* checkDirectoryLinks(plan.content.lines)
      const lineChecks = yield* Effect.forEach(plan.content.lines, (line) =>
        spending.checkLine(line),
      )
      const refused = lineChecks.filter((c) => c.verdict === "not-allowed")
      if (refused.length > 0) {
        return yield* new SpendingNotAllowed({
          lines: refused.map((c) => ({ lineId: c.lineId, reason: c.reason.text })),
        })
      }
      yield* directPaymentConditionsMet(
        plan.content.lines,
        journey.directPaymentArrangements ?? null,
      )
      const budget = yield* loadBudget(journey.budgetId)
      const requirement = yield* approval.requirement({
        annualPlanCostPence: Pence.make(plan.annualCostPence),
        indicativeAnnualPence: budget.amountPence,
        lineChecks,
      })
      const capPence = yield* upperBandOf(journey)
      const upperBanding =
        capPence !== undefined && plan.annualCostPence > capPence
          ? { upperBanding: { capPence, planCostPence: plan.annualCostPence } }
          : {}
      return yield* saveJourney(
        journey,
        {
          stage: "awaiting-approval",
          submission: { planVersion: plan.version, lineChecks, requirement, ...upperBanding },
        },
        { type: "PlanSubmitted", payload: { planVersion: plan.version, level: requirement.level } },
      )
    }),
  )
})

const PlanRefusal = Schema.Struct({
  ground: Label,
  explanation: Prose,
}).annotate({ identifier: "PlanRefusal" })

export const DecidePlanInput = Schema.Struct({
  journeyId: JourneyId,
  approve: Schema.Boolean,
  /** The approver's reasons, in plain words. */
  reasons: Schema.NonEmptyArray(Prose),
  /** The panel's minute reference, when the approval policy sends the plan to a panel. */
  panelReference: Schema.optionalKey(Label),
  /** A refusal's lawful ground (one of the council's) and why, in the approver's own words. */
  refusal: Schema.optionalKey(PlanRefusal),
  /**
   * Lines the approver refuses while approving the rest, each with a lawful ground and why (for
   * NHS money, a refusal to include a service in the plan: NHS (Direct Payments) Regulations 2013
   * reg 8 as amended by SI 2013/2354). Each is its own decision, challengeable on its own.
   */
  refusedLines: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({ lineId: Label, refusal: PlanRefusal }).annotate({
        identifier: "PlanLineRefusal",
      }),
    ),
  ),
  /** Why a plan above the allocation's upper band is approved (needed only then). */
  upperBandingReasons: Schema.optionalKey(Schema.NonEmptyArray(Prose)),
  /**
   * The day an approval took effect when it is recorded later (support that began before the
   * paperwork): today when absent; no further back than the council allows.
   */
  effectiveFrom: Schema.optionalKey(CalendarDate),
})
export type DecidePlanInput = typeof DecidePlanInput.Encoded

/**
 * Approve or reject the submitted plan. Approval activates the budget as the law states it:
 * the cost of meeting the needs, the person's contribution, the council's and the NHS's share.
 */
export const decidePlan = Effect.fn("decidePlan")(function* (raw: unknown) {
  const input = yield* decodeInput(DecidePlanInput)(raw)
  const approval = yield* ApprovalPolicy
  const reviewPolicy = yield* ReviewSchedulePolicy
  const uow = yield* UnitOfWork
  const today = yield* todayInLondon
  return yield* uow.transaction(
    Effect.gen(function* () {
      const journey = yield* loadJourney(input.journeyId, "journey.approve")
      yield* checkIn(journey, ["awaiting-approval"], "decidePlan")
      const submission = journey.submission
      const plan = journey.currentPlan
      if (submission === null || plan === undefined || journey.budgetId === null) {
        return yield* new MissingStep({ journeyId: journey.id, missing: "a submitted plan" })
      }
      if (
        input.approve &&
        submission.requirement.level === "panel" &&
        input.panelReference === undefined
      ) {
        return yield* invalidAt(
          ["panelReference"],
          "this plan needs a panel's approval: give the panel's reference",
        )
      }
      const refusal = input.approve ? [] : yield* refusalReasons(input.refusal, ["refusal"])
      const refusedLines = yield* lineRefusals(input, plan.content.lines)
      const refusedIds = new Set(refusedLines.map((r) => r.line.id))
      // The lines in force: the plan less the lines refused.
      const lines = plan.content.lines.filter((l) => !refusedIds.has(l.id))
      // Capacity or exclusions may have changed since submission: the law is checked again.
      const directPaymentReasons = input.approve
        ? yield* directPaymentConditionsMet(lines, journey.directPaymentArrangements ?? null)
        : []
      const limit = yield* approval.limitFor(submission.requirement.level)
      const budget = yield* loadBudget(journey.budgetId)
      const split = fundingSplit(lines, journey.financial?.weeklyContributionPence ?? 0)
      const cost = split.costOfMeetingNeedsPence
      const contribution = split.personContributionPence
      const council = split.councilSharePence
      const nhs = split.nhsSharePence
      const upperBanding = yield* upperBandingReasons(submission, input)
      // A new plan for a budget already running changes it from its day, never before the
      // budget last started running or the plan in force took effect.
      const revising = budget.status === "active" && journey.approved !== null
      const { day: from, reason: backdated } = input.approve
        ? yield* effectiveDay(
            input.effectiveFrom,
            today,
            revising ? latestOf(yield* lastStartOf(budget), inForceSince(journey)) : undefined,
          )
        : { day: today, reason: null }
      const inForce = input.approve
        ? yield* putPlanInForce(
            budget,
            {
              amountPence: cost,
              fundingStreams: streamsOf(split),
              // Refusing every line is refusing the plan, so the lines in force always name one.
              deliveryMechanism: budgetMechanismOf(lines) ?? budget.deliveryMechanism,
              frequency: allocationFrequencyOf(lines),
            },
            { from, today, changeKey: `plan-v${plan.version}` },
          )
        : undefined
      const effect =
        inForce === undefined
          ? []
          : revising
            ? planChangeReasons({
                from,
                wasPence: budget.amountPence,
                nowPence: cost,
                backdated,
                moved: inForce.moved,
              })
            : backdated === null
              ? []
              : [{ criterion: "approval/backdated", met: null, text: backdated }]
      const topUpPence = lines.reduce((total, line) => total + annualTopUpPence(line), 0)
      const [firstReason, ...moreReasons] = input.reasons
      const reasons = [
        { criterion: "approver", met: input.approve, text: firstReason },
        ...moreReasons.map((text) => ({ criterion: "approver", met: input.approve, text })),
        ...submission.requirement.reasons,
        {
          criterion: "approval-limit",
          met: cost <= limit || submission.requirement.level === "panel",
          text: `The plan costs ${formatPounds(cost)} a year; a ${submission.requirement.level} may approve up to ${formatPounds(limit)}.`,
        },
        ...directPaymentReasons,
        ...upperBanding,
        ...(topUpPence > 0
          ? [
              {
                criterion: "approval/person-top-up",
                met: null,
                text: `You chose to add ${formatPounds(topUpPence)} a year of your own money for dearer options. It is yours, outside the budget, and not a contribution: the budget meets your needs without it.`,
              },
            ]
          : []),
        ...refusedLines.map(({ line }) => ({
          criterion: "approval/line-refused",
          met: false,
          text: `The line "${line.description}" is refused; the reasons are given in its own decision.`,
        })),
        ...effect,
        ...refusal,
      ] as const
      const decision = yield* recordDecision({
        journey,
        kind: "plan-approval",
        outcome: input.approve ? "approved" : "rejected",
        reasons,
        policy: submission.requirement.policy,
        inputs: {
          planVersion: plan.version,
          submission,
          panelReference: input.panelReference ?? null,
          ...(input.approve ? { effectiveFrom: from, recordedOn: today } : {}),
        },
        amounts: input.approve
          ? {
              costOfMeetingNeedsPence: cost,
              personContributionPence: contribution,
              councilSharePence: council,
              nhsSharePence: nhs,
            }
          : {},
      })
      if (!input.approve) {
        return yield* saveJourney(
          journey,
          { stage: "planning", submission: null },
          { type: "PlanRejected", payload: { decisionId: decision.id } },
        )
      }
      const refusedRecords = []
      for (const { line, reasons } of refusedLines) {
        const refused = yield* recordDecision({
          journey,
          kind: "plan-line-refusal",
          outcome: "line-refused",
          reasons,
          policy: submission.requirement.policy,
          inputs: { planVersion: plan.version, lineId: line.id, line },
          amounts: { annualCostPence: annualLineCostPence(line) },
          healthFunded: line.fundingStream === "nhs-health",
        })
        refusedRecords.push({ lineId: line.id, decisionId: refused.id })
      }
      const reviews = yield* reviewsAfter(journey.reviews, lines, reviewPolicy, today)
      return yield* saveJourney(
        journey,
        {
          stage: "active",
          submission: null,
          approved: {
            planVersion: plan.version,
            costOfMeetingNeedsPence: cost,
            personContributionPence: contribution,
            councilSharePence: council,
            nhsSharePence: nhs,
            ...(topUpPence > 0 ? { personTopUpPence: topUpPence } : {}),
            decisionId: decision.id,
            ...(refusedRecords.length > 0 ? { refusedLines: refusedRecords } : {}),
            effectiveFrom: from,
          },
          reviews,
        },
        { type: "PlanApproved", payload: { decisionId: decision.id, planVersion: plan.version } },
      )
    }),
  )
})

/**
 * A plan that costs more than the allocation's upper band is approved only with the approver's
 * reasons for going above it: the budget must be sufficient to meet the needs (Care Act
 * guidance 11.24), so the band is a starting point, never a ceiling.
 */
const upperBandingReasons = Effect.fnUntraced(function* (
  submission: NonNullable<Journey["submission"]>,
  input: typeof DecidePlanInput.Type,
) {
  const band = submission.upperBanding
  if (band === undefined || !input.approve) return []
  if (input.upperBandingReasons === undefined)
    return yield* invalidAt(
      ["upperBandingReasons"],
      `the plan costs ${formatPounds(band.planCostPence)} a year, above the allocation's upper band of ${formatPounds(band.capPence)}: say why the budget needs to be this much to meet the needs`,
    )
  return [
    {
      criterion: "approval/upper-banding",
      met: true,
      text: `The plan costs ${formatPounds(band.planCostPence)} a year, above the allocation's upper band of ${formatPounds(band.capPence)}; it is approved because the budget must be enough to meet the needs (Care Act statutory guidance 11.24).`,
    },
    ...input.upperBandingReasons.map((text) => ({
      criterion: "approval/upper-banding",
      met: true,
      text,
    })),
  ]
})

/**
 * How often a plan's money is allocated: the rhythm most of its recurring lines follow (weekly
 * or monthly), else every four weeks. One-off lines are part of the yearly amount.
 */
export const allocationFrequencyOf = (
  lines: ReadonlyArray<SupportPlanContent["lines"][number]>,
) => {
  const recurring = lines.filter((l) => l.frequency !== "one-off")
  const weekly = recurring.filter((l) => l.frequency === "weekly").length
  const monthly = recurring.filter((l) => l.frequency === "monthly").length
  if (weekly > recurring.length / 2) return "weekly" as const
  if (monthly > recurring.length / 2) return "monthly" as const
  return "four-weekly" as const
}

/** Words enough to tell a person why: a bare "No." does not. */
const MIN_EXPLANATION_WORDS = 4

/**
 * A refusal names one of the council's lawful grounds and says why in the approver's own words,
 * so the person can understand it and challenge it.
 */
/** The lines refused with an approval: each a line of the plan, once, with its lawful reasons. */
const lineRefusals = Effect.fnUntraced(function* (
  input: typeof DecidePlanInput.Type,
  lines: ReadonlyArray<PlanLine>,
) {
  const asked = input.refusedLines ?? []
  if (asked.length === 0) return []
  if (!input.approve)
    return yield* invalidAt(["refusedLines"], "lines are refused only while approving the rest")
  const refused = []
  for (const [i, { lineId, refusal }] of asked.entries()) {
    const line = lines.find((l) => l.id === lineId)
    if (line === undefined)
      return yield* invalidAt(["refusedLines", i, "lineId"], `the plan has no line ${lineId}`)
    if (asked.findIndex((a) => a.lineId === lineId) !== i)
      return yield* invalidAt(["refusedLines", i, "lineId"], `line ${lineId} is refused twice`)
    const reasons = yield* refusalReasons(refusal, ["refusedLines", i, "refusal"])
    refused.push({
      line,
      reasons: [
        {
          criterion: "approval/line-refused",
          met: false,
          text: `The line "${line.description}" (${formatPounds(annualLineCostPence(line))} a year) is not part of the approved plan.`,
        },
        ...reasons,
      ] as const,
    })
  }
  if (refused.length === lines.length)
    return yield* invalidAt(["refusedLines"], "to refuse every line, refuse the plan")
  return refused
})

const refusalReasons = Effect.fnUntraced(function* (
  refusal: { readonly ground: string; readonly explanation: string } | undefined,
  path: ReadonlyArray<string | number>,
) {
  const approval = yield* ApprovalPolicy
  const grounds = yield* approval.refusalGrounds
  if (refusal === undefined)
    return yield* invalidAt(
      path,
      `a refusal names its ground (one of: ${grounds.map((g) => g.id).join(", ")}) and says why`,
    )
  const ground = grounds.find((g) => g.id === refusal.ground)
  if (ground === undefined)
    return yield* invalidAt(
      [...path, "ground"],
      `${refusal.ground} is not one of this council's grounds for refusing a plan (${grounds.map((g) => g.id).join(", ")})`,
    )
  if (refusal.explanation.trim().split(/\s+/).length < MIN_EXPLANATION_WORDS)
    return yield* invalidAt(
      [...path, "explanation"],
      `say why in your own words, in at least ${MIN_EXPLANATION_WORDS} words, so the person can understand and challenge it`,
    )
  return [
    { criterion: `refusal/${ground.id}`, met: false, text: ground.text },
    { criterion: "refusal/explanation", met: false, text: refusal.explanation.trim() },
  ]
})
