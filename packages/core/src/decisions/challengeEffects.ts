import { Effect, Schema } from "effect"
import { changeBudget, loadBudget } from "../journey/budgetChanges.ts"
import { type Journey, Submission } from "../journey/Journey.ts"
import type { Budget } from "../model/Budget.ts"
import { checkMove, byPerson, recordDecision, saveJourney } from "../journey/steps.ts"
import { postDueAllocations } from "../ledger/allocation.ts"
import { topUpPostedAllocations } from "../ledger/adjustAllocations.ts"
import { changeAllocationSchedule, undoFinalReconciliation } from "../ledger/usecases.ts"
import { JourneyAlreadyOpen } from "../journey/JourneyErrors.ts"
import { reviewsAfter } from "../journey/reviewSchedule.ts"
import { fundingSplit, streamsOf } from "../journey/fundingSplit.ts"
import { JourneyRepository } from "../ports/JourneyRepository.ts"
import { ReviewSchedulePolicy } from "../policies/ReviewSchedulePolicy.ts"
import { londonDateOf } from "../model/CalendarDay.ts"
import { invalidAt } from "../model/Input.ts"
import type { Challenge } from "./Challenge.ts"
import type { Decision, Reason } from "./Decision.ts"

/** What the reviewer decided, as the effects need it. */
export interface UpheldChallenge {
  readonly challenge: Challenge
  readonly original: Decision
  readonly result: "upheld" | "partly-upheld"
  readonly reasons: readonly [Reason, ...Array<Reason>]
  readonly newAmountPence: number | undefined
  readonly effectiveFrom: string | undefined
  readonly today: string
}

const superseding = (upheld: UpheldChallenge) => ({
  reasons: upheld.reasons,
  policy: byPerson("reviewer"),
  inputs: { ...upheld.original.inputs, challengeId: upheld.challenge.id },
  supersedes: upheld.original.id,
})

/** Not eligible, challenged with success: the person is eligible and the journey goes on. */
const eligibility = Effect.fnUntraced(function* (journey: Journey, upheld: UpheldChallenge) {
  if (upheld.original.outcome !== "not-eligible") return journey
  yield* checkMove(journey, "eligibility-decided", "resolveChallenge")
  const decision = yield* recordDecision({
    journey,
    kind: "eligibility",
    outcome: "eligible",
    ...superseding(upheld),
  })
  return yield* saveJourney(
    journey,
    { stage: "eligibility-decided", eligibilityDecisionId: decision.id },
    { type: "EligibilityOverturned", payload: { decisionId: decision.id } },
  )
})

/**
 * A surplus proposal challenged with success is withdrawn in whole, or in part to the amount
 * the reviewer sets (notice was given with the original, so no new window).
 */
const surplusProposal = Effect.fnUntraced(function* (journey: Journey, upheld: UpheldChallenge) {
  const { original } = upheld
  if (!original.outcome.startsWith("proposed-")) return journey
  if (upheld.result === "partly-upheld" && upheld.newAmountPence === undefined)
    return yield* invalidAt(
      ["newAmountPence"],
      "a proposal upheld in part needs the amount that may still be recovered",
    )
  const remaining = upheld.result === "partly-upheld" ? upheld.newAmountPence! : 0
  const proposed = original.amounts.surplusPence ?? 0
  if (remaining > proposed)
    return yield* invalidAt(
      ["newAmountPence"],
      `a challenge that succeeds in part cannot raise the proposal above ${proposed} pence`,
    )
  yield* recordDecision({
    journey,
    kind: "clawback",
    outcome: remaining > 0 ? original.outcome : "none",
    ...superseding(upheld),
    amounts: { surplusPence: remaining, responseWindowDays: 0 },
    subject: { type: "budget", id: original.subjectId },
  })
  return journey
})

/** The new yearly amount of a budget challenged with success: never below what it challenged. */
const raisedAmount = Effect.fnUntraced(function* (upheld: UpheldChallenge, was: number) {
  const amount = upheld.newAmountPence
  if (amount === undefined)
    return yield* invalidAt(
      ["newAmountPence"],
      "a budget challenged with success needs its new yearly amount",
    )
  if (amount < was)
    return yield* invalidAt(
      ["newAmountPence"],
      `a challenge that succeeds cannot lower the budget below the ${was} pence it challenged`,
    )
  return amount
})

/** The budget's streams with the difference on the first (the council's, or the only one). */
const withAmount = (budget: Budget, amount: number) => {
  const others = budget.fundingStreams.slice(1).reduce((t, s) => t + s.amountPence, 0)
  const streams = budget.fundingStreams.map((s, i) =>
    i === 0 ? { ...s, amountPence: amount - others } : s,
  )
  return {
    amountPence: amount,
    fundingStreams: streams.every((s) => s.amountPence >= 0)
      ? streams
      : [{ stream: "council-social-care" as const, amountPence: amount }],
  }
}

/**
 * An indicative amount challenged with success: the new amount is recorded and, while the budget
 * is still indicative, the budget takes it. A budget already approved keeps its amount: the
 * plan can be revised up to the new figure, and the approved budget is challenged on its own.
 */
const indicativeAmount = Effect.fnUntraced(function* (journey: Journey, upheld: UpheldChallenge) {
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
const approvedBudget = Effect.fnUntraced(function* (journey: Journey, upheld: UpheldChallenge) {
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
  const from = upheld.effectiveFrom ?? londonDateOf(original.madeAt)
  if (from > upheld.today)
    return yield* invalidAt(["effectiveFrom"], "the change takes effect on a day already come")
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
  const before = yield* loadBudget(journey.budgetId)
  const after = yield* changeBudget(before, withAmount(before, amount), "BudgetRevisedOnChallenge")
  yield* topUpPostedAllocations(before, after, {
    from,
    asOf: upheld.today,
    changeKey: `challenge:${upheld.challenge.id}`,
  })
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
 * A suspension challenged with success is withdrawn as if it never happened: the pause is taken
 * off the schedule, the money of the paused periods is allocated, and a budget still paused
 * runs again.
 */
const suspension = Effect.fnUntraced(function* (journey: Journey, upheld: UpheldChallenge) {
  const { original } = upheld
  const pausedFrom = original.inputs.from
  if (typeof pausedFrom !== "string") return journey
  const stillPaused =
    journey.stage === "suspended" && journey.suspension?.decisionId === original.id
  if (stillPaused) yield* checkMove(journey, "active", "resolveChallenge")
  const decision = yield* recordDecision({
    journey,
    kind: "resumption",
    outcome: "resumed",
    ...superseding(upheld),
    reasons: [
      ...upheld.reasons,
      {
        criterion: "challenge/suspension-withdrawn",
        met: true,
        text: `The suspension from ${pausedFrom} is withdrawn: the budget counts as running throughout, and the paused periods' money is allocated.`,
      },
    ],
  })
  if (journey.budgetId !== null) {
    let budget = yield* loadBudget(journey.budgetId)
    yield* changeAllocationSchedule(budget, { unpause: pausedFrom })
    if (stillPaused) budget = yield* changeBudget(budget, { status: "active" }, "BudgetResumed")
    yield* postDueAllocations(budget, upheld.today)
  }
  if (!stillPaused) return journey
  return yield* saveJourney(
    journey,
    { stage: "active", suspension: null },
    { type: "SuspensionWithdrawn", payload: { decisionId: decision.id } },
  )
})

/**
 * A plan refusal challenged with success is withdrawn: the plan as refused goes back before an
 * approver, its submission restored, so the approval (and the money it starts) is decided with
 * the limits and checks every approval has. Refused when the plan has changed since.
 */
const planRefusal = Effect.fnUntraced(function* (journey: Journey, upheld: UpheldChallenge) {
  const { original } = upheld
  const submission = yield* Schema.decodeUnknownEffect(Submission)(original.inputs.submission).pipe(
    Effect.orElseSucceed(() => null),
  )
  const latest = journey.plans.at(-1)?.version
  if (journey.stage !== "planning" || submission === null || latest !== submission.planVersion)
    return yield* invalidAt(
      ["challengeId"],
      "the refused plan has changed or moved on since; submit the plan again for approval",
    )
  yield* checkMove(journey, "awaiting-approval", "resolveChallenge")
  return yield* saveJourney(
    journey,
    { stage: "awaiting-approval", submission },
    {
      type: "PlanRefusalWithdrawn",
      payload: { refusalDecisionId: original.id, planVersion: submission.planVersion },
    },
  )
})

/**
 * A refused plan line challenged with success is put back: the line joins the approved plan, the
 * budget and its streams take its cost (the council's or the NHS's, the person's contribution
 * recalculated), and the allocations already posted are topped up from the day it takes effect
 * (by default the day of the refusal).
 */
const refusedLine = Effect.fnUntraced(function* (journey: Journey, upheld: UpheldChallenge) {
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
  const from = upheld.effectiveFrom ?? londonDateOf(original.madeAt)
  if (from > upheld.today)
    return yield* invalidAt(["effectiveFrom"], "the change takes effect on a day already come")
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
  const before = yield* loadBudget(journey.budgetId)
  const after = yield* changeBudget(
    before,
    { amountPence: split.costOfMeetingNeedsPence, fundingStreams: streamsOf(split) },
    "PlanLineReinstated",
  )
  yield* topUpPostedAllocations(before, after, {
    from,
    asOf: upheld.today,
    changeKey: `challenge:${upheld.challenge.id}`,
  })
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
const contribution = Effect.fnUntraced(function* (journey: Journey, upheld: UpheldChallenge) {
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

/**
 * An ending challenged with success is withdrawn: the budget is restored as it was (the money the
 * final reconciliation returned comes back by a mirror posting, the schedule reopens and the
 * periods since the ending are allocated), review clocks restart, and the journey is active again.
 * Refused while the person has a newer journey open.
 */
const ending = Effect.fnUntraced(function* (journey: Journey, upheld: UpheldChallenge) {
  const { original } = upheld
  if (journey.stage !== "ended" || journey.ending?.decisionId !== original.id) return journey
  const journeys = yield* JourneyRepository
  const open = (yield* journeys.listForPerson(journey.councilId, journey.personId)).find(
    (j) => j.id !== journey.id && j.stage !== "ended" && j.stage !== "declined",
  )
  if (open !== undefined)
    return yield* new JourneyAlreadyOpen({ personId: journey.personId, journeyId: open.id })
  const decision = yield* recordDecision({
    journey,
    kind: "resumption",
    outcome: "resumed",
    ...superseding(upheld),
    reasons: [
      ...upheld.reasons,
      {
        criterion: "challenge/ending-withdrawn",
        met: true,
        text: `The ending on ${journey.ending.on} is withdrawn: the budget is restored as it was, with its money and its plan.`,
      },
    ],
  })
  const plan = journey.plans.find((p) => p.version === journey.approved?.planVersion)
  const reviews =
    plan === undefined
      ? journey.reviews
      : yield* reviewsAfter(
          journey.reviews,
          plan.content.lines,
          yield* ReviewSchedulePolicy,
          upheld.today,
        )
  if (journey.budgetId !== null) {
    const ended = yield* loadBudget(journey.budgetId)
    yield* undoFinalReconciliation(
      ended,
      upheld.today,
      original.id,
      `restore:${upheld.challenge.id}`,
    )
    yield* changeAllocationSchedule(ended, { reopen: true })
    const budget = yield* changeBudget(ended, { status: "active" }, "BudgetRestored")
    yield* postDueAllocations(budget, upheld.today)
  }
  return yield* saveJourney(
    journey,
    { stage: "active", ending: null, reviews },
    { type: "EndingWithdrawn", payload: { decisionId: decision.id } },
  )
})

/**
 * What a challenge that succeeds changes, by the kind of decision challenged: a superseding
 * decision recording what changed and why, applied to the journey, the budget and the ledger.
 * Decisions a practitioner remakes through their own command (a plan, a review, a contingency
 * request) are answered by the superseding outcome record alone.
 */
export const applyUpheldChallenge = (journey: Journey, upheld: UpheldChallenge) => {
  switch (upheld.original.kind) {
    case "eligibility":
      return eligibility(journey, upheld)
    case "clawback":
      return surplusProposal(journey, upheld)
    case "indicative-budget":
      return indicativeAmount(journey, upheld)
    case "plan-approval":
      return approvedBudget(journey, upheld)
    case "suspension":
      return suspension(journey, upheld)
    case "ending":
      return ending(journey, upheld)
    case "financial-assessment":
      return contribution(journey, upheld)
    case "plan-line-refusal":
      return refusedLine(journey, upheld)
    default:
      return Effect.succeed(journey)
  }
}
