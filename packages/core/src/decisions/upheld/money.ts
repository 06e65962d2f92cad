import { budgetMechanismOf } from "../../model/Budget.ts"
import { Effect } from "effect"
import { loadBudget, changeBudget } from "../../journey/budgetChanges.ts"
import { fundingSplit, streamsOf } from "../../journey/fundingSplit.ts"
import type { Journey } from "../../journey/Journey.ts"
import { recordDecision, saveJourney } from "../../journey/steps.ts"
import { invalidAt } from "../../model/Input.ts"
import { planRefusal } from "./journey.ts"
import {
  effectiveDay,
  raisedAmount,
  rebudget,
  superseding,
  type UpheldChallenge,
  withAmount,
} from "./UpheldChallenge.ts"

/**
 * An indicative amount challenged with success: the new amount is recorded and, while the budget
 * is still indicative, the budget takes it. A budget already approved keeps its amount: the
 * plan can be revised up to the new figure, and the approved budget is challenged on its own.
 */
export const indicativeAmount = Effect.fnUntraced(function* (
  journey: Journey,
  upheld: UpheldChallenge,
) {
  const amount = yield* raisedAmount(upheld, upheld.original.amounts.annualAmountPence ?? 0)
  const budget = journey.budgetId === null ? null : yield* loadBudget(journey.budgetId)
  const approved = budget !== null && budget.status !== "indicative"
  const decision = yield* recordDecision({
    journey,
    kind: "indicative-budget",
    outcome: "indicative-amount-set",
    ...superseding(upheld),
    reasons: [
      ...upheld.reasons,
      ...(approved
        ? [
            {
              criterion: "challenge/approved-budget-kept",
              met: null,
              text: "The approved budget stays as it is; the plan can be revised up to the new indicative amount.",
            },
          ]
        : []),
    ],
    amounts: { annualAmountPence: amount },
  })
  if (budget !== null && !approved)
    yield* changeBudget(budget, withAmount(budget, amount), "IndicativeBudgetRevised")
  return yield* saveJourney(
    journey,
    { indicativeDecisionId: decision.id },
    { type: "IndicativeBudgetOverturned", payload: { decisionId: decision.id } },
  )
})

/**
 * An approved budget challenged with success: a superseding approval records the new yearly
 * amount, the budget takes it, and the allocations already posted are topped up from the day it
 * takes effect (by default the day the challenged approval was made).
 */
export const approvedBudget = Effect.fnUntraced(function* (
  journey: Journey,
  upheld: UpheldChallenge,
) {
  const { original } = upheld
  if (original.outcome === "rejected") return yield* planRefusal(journey, upheld)
  if (original.outcome !== "approved" || journey.budgetId === null || journey.approved === null)
    return journey
  if (journey.approved.decisionId !== original.id)
    return yield* invalidAt(
      ["challengeId"],
      `a later approval (${journey.approved.decisionId}) is in force; the budget it set is the one to change`,
    )
  const was = original.amounts.costOfMeetingNeedsPence ?? 0
  const amount = yield* raisedAmount(upheld, was)
  const from = yield* effectiveDay(upheld)
  const raise = amount - was
  const councilShare = (original.amounts.councilSharePence ?? 0) + raise
  const decision = yield* recordDecision({
    journey,
    kind: "plan-approval",
    outcome: "approved",
    ...superseding(upheld),
    reasons: [
      ...upheld.reasons,
      {
        criterion: "challenge/effective-from",
        met: null,
        text: `The budget is ${amount} pence a year from ${from}; money already allocated since then is topped up.`,
      },
    ],
    amounts: {
      ...original.amounts,
      costOfMeetingNeedsPence: amount,
      councilSharePence: councilShare,
    },
  })
  yield* rebudget(
    journey.budgetId,
    (before) => withAmount(before, amount),
    "BudgetRevisedOnChallenge",
    upheld,
    from,
  )
  return yield* saveJourney(
    journey,
    {
      approved: {
        ...journey.approved,
        costOfMeetingNeedsPence: amount,
        councilSharePence: councilShare,
        decisionId: decision.id,
      },
    },
    { type: "ApprovedBudgetRevised", payload: { decisionId: decision.id, from } },
  )
})

/**
 * A refused plan line challenged with success is put back: the line joins the approved plan, the
 * budget and its streams take its cost (the council's or the NHS's, the person's contribution
 * recalculated), and the allocations already posted are topped up from the day it takes effect
 * (by default the day of the refusal).
 */
export const refusedLine = Effect.fnUntraced(function* (journey: Journey, upheld: UpheldChallenge) {
  const { original } = upheld
  const approved = journey.approved
  const lineId = original.inputs.lineId
  const refusals = approved?.refusedLines ?? []
  if (
    approved === null ||
    journey.budgetId === null ||
    !refusals.some((r) => r.decisionId === original.id)
  )
    return yield* invalidAt(
      ["challengeId"],
      "the line's refusal is no longer part of the approval in force; revise the plan instead",
    )
  const plan = journey.plans.find((p) => p.version === approved.planVersion)
  if (plan === undefined || typeof lineId !== "string") return journey
  const from = yield* effectiveDay(upheld)
  const stillRefused = refusals.filter((r) => r.decisionId !== original.id)
  const lines = plan.content.lines.filter((l) => !stillRefused.some((r) => r.lineId === l.id))
  const split = fundingSplit(lines, journey.financial?.weeklyContributionPence ?? 0)
  const decision = yield* recordDecision({
    journey,
    kind: "plan-line-refusal",
    outcome: "line-reinstated",
    ...superseding(upheld),
    reasons: [
      ...upheld.reasons,
      {
        criterion: "challenge/line-reinstated",
        met: true,
        text: `The line is part of the approved plan from ${from}; the budget is ${split.costOfMeetingNeedsPence} pence a year.`,
      },
    ],
    amounts: { ...original.amounts, costOfMeetingNeedsPence: split.costOfMeetingNeedsPence },
  })
  yield* rebudget(
    journey.budgetId,
    (before) => ({
      amountPence: split.costOfMeetingNeedsPence,
      fundingStreams: streamsOf(split),
      // The line put back may be held another way: the budget is held as its lines now are.
      deliveryMechanism: budgetMechanismOf(lines) ?? before.deliveryMechanism,
    }),
    "PlanLineReinstated",
    upheld,
    from,
  )
  const { refusedLines: _, ...rest } = approved
  return yield* saveJourney(
    journey,
    {
      approved: {
        ...rest,
        costOfMeetingNeedsPence: split.costOfMeetingNeedsPence,
        personContributionPence: split.personContributionPence,
        councilSharePence: split.councilSharePence,
        nhsSharePence: split.nhsSharePence,
        ...(stillRefused.length > 0 ? { refusedLines: stillRefused } : {}),
      },
    },
    { type: "PlanLineReinstated", payload: { decisionId: decision.id, lineId } },
  )
})

/**
 * A financial assessment challenged with success: the weekly contribution the reviewer sets
 * (never more than the one challenged) supersedes it, and an approved plan's shares follow, the
 * council meeting what the person no longer pays.
 */
export const contribution = Effect.fnUntraced(function* (
  journey: Journey,
  upheld: UpheldChallenge,
) {
  const { original } = upheld
  const was = original.amounts.weeklyContributionPence ?? 0
  const weekly = upheld.newAmountPence
  if (weekly === undefined)
    return yield* invalidAt(
      ["newAmountPence"],
      "a financial assessment challenged with success needs the new weekly contribution",
    )
  if (weekly > was)
    return yield* invalidAt(
      ["newAmountPence"],
      `a challenge that succeeds cannot raise the contribution above the ${was} pence a week it challenged`,
    )
  if (journey.financial === null) return journey
  if (journey.financial.decisionId !== original.id)
    return yield* invalidAt(
      ["challengeId"],
      `a later financial assessment (${journey.financial.decisionId}) is in force; challenge that one`,
    )
  const decision = yield* recordDecision({
    journey,
    kind: "financial-assessment",
    outcome: weekly === 0 ? "no-contribution" : "contribution",
    ...superseding(upheld),
    amounts: { weeklyContributionPence: weekly },
  })
  const plan = journey.plans.find((p) => p.version === journey.approved?.planVersion)
  const split = plan === undefined ? undefined : fundingSplit(plan.content.lines, weekly)
  return yield* saveJourney(
    journey,
    {
      financial: { ...journey.financial, weeklyContributionPence: weekly, decisionId: decision.id },
      ...(journey.approved !== null && split !== undefined
        ? {
            approved: {
              ...journey.approved,
              personContributionPence: split.personContributionPence,
              councilSharePence: split.councilSharePence,
            },
          }
        : {}),
    },
    { type: "ContributionRevisedOnChallenge", payload: { decisionId: decision.id } },
  )
})
