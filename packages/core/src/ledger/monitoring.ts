import { Effect, Option, Schema } from "effect"
import { authorize } from "../access/authorize.ts"
import {
  type Decision,
  DecisionId,
  type DecisionOutcome,
  type Reason,
} from "../decisions/Decision.ts"
import { MissingStep } from "../journey/JourneyErrors.ts"
import { recordDecision } from "../journey/steps.ts"
import { CurrentActor } from "../model/Actor.ts"
import { FundingStreamKind } from "../model/Budget.ts"
import { addDays, daysBetween, londonDateOf, todayInLondon } from "../model/CalendarDay.ts"
import { BudgetId } from "../model/Ids.ts"
import { decodeInput, invalidAt } from "../model/Input.ts"
import { Prose } from "../model/Text.ts"
import { ChallengeRepository, DecisionRepository } from "../ports/DecisionRepository.ts"
import { EventLog } from "../ports/EventLog.ts"
import { JourneyRepository } from "../ports/JourneyRepository.ts"
import { LedgerRepository, type StatementReceived } from "../ports/LedgerRepository.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"
import {
  DirectPaymentMonitoringPolicy,
  offsetWithinOnePeriod,
  type SurplusAction,
  type SurplusOutcome,
} from "../policies/DirectPaymentMonitoringPolicy.ts"
import { ManagerConfirmationRequired, RecoveryAwaitsChallenge } from "./LedgerErrors.ts"
import type { Posting } from "./Posting.ts"
import { budgetForLedger, postEntries } from "./post.ts"

export const SurplusCheckInput = Schema.Struct({ budgetId: BudgetId, stream: FundingStreamKind })
export type SurplusCheckInput = typeof SurplusCheckInput.Encoded

const pounds = (pence: number) => `£${(pence / 100).toFixed(2)}`

/** The clawback outcome a monitoring answer comes to. */
export const clawbackOutcomeOf = (action: typeof SurplusAction.Type): DecisionOutcome =>
  action === "propose-recovery"
    ? "proposed-recovery"
    : action === "propose-offset"
      ? "proposed-offset"
      : action

/** The person's own contribution a monitoring answer refunds at once. */
export const contributionRefundOf = (surplus: SurplusOutcome): number =>
  surplus.refundPence ?? (surplus.action === "refund-contribution" ? surplus.amountPence : 0)

/**
 * The amounts a clawback decision records of a monitoring answer: one mapping for the check and
 * its replay, so a re-run is compared on the same terms.
 */
export const surplusAmounts = (surplus: SurplusOutcome): Record<string, number> => {
  const refund = contributionRefundOf(surplus)
  return {
    surplusPence: surplus.amountPence,
    responseWindowDays: surplus.responseWindowDays,
    ...(surplus.offsetCapPence === undefined ? {} : { offsetCapPence: surplus.offsetCapPence }),
    ...(refund > 0 ? { refundPence: refund } : {}),
  }
}

/** The holder's note on their latest statement, shown to whoever decides. */
const statementNote = (statement: StatementReceived | undefined): Array<Reason> => {
  const note = statement?.note?.trim()
  if (statement === undefined || note === undefined || note === "") return []
  return [
    {
      criterion: "clawback/statement-note",
      met: null,
      text: `The statement for the period ending ${statement.periodEnd}, received ${statement.receivedOn}, says: "${note}". Weigh it before deciding anything about the money.`,
    },
  ]
}

/**
 * The first day of the money a check looks at: the latest day the account was last found or left
 * within its buffer (a check that proposed nothing or refunded the whole surplus, a recovery not
 * reversed), else the day the allocations started (or the first money held). A proposal still
 * open, withdrawn or explained, or a refund of only part, leaves the rest of the money where it
 * was, so a second check on it reaches as far back.
 */
const heldSince = (
  budgetId: string,
  stream: string,
  scheduleStart: string | undefined,
  decisions: ReadonlyArray<Decision>,
  postings: ReadonlyArray<Posting>,
): string | undefined => {
  const held = `held:direct-payment:${stream}`
  const reversed = new Set(postings.flatMap((p) => (p.reverses === null ? [] : [p.reverses])))
  const cleared = postings
    .filter(
      (p) =>
        p.kind === "recovery" && !reversed.has(p.id) && p.entries.some((e) => e.account === held),
    )
    .map((p) => p.effectiveDate)
  const foundWithinBuffer = decisions
    .filter(
      (d) =>
        d.kind === "clawback" &&
        d.subjectId === budgetId &&
        d.supersedes === null &&
        (d.outcome === "none" || d.outcome === "refund-contribution") &&
        d.inputs.stream === stream,
    )
    .map((d) => londonDateOf(d.madeAt))
  const start =
    scheduleStart ?? postings.find((p) => p.entries.some((e) => e.account === held))?.effectiveDate
  return [...(start === undefined ? [] : [start]), ...cleared, ...foundWithinBuffer].sort().at(-1)
}

/**
 * Checks a direct payment's surplus with the monitoring policy. A surplus to recover becomes
 * a *proposed* decision with its arithmetic, a notice, a response window and a challenge route;
 * no money moves until it is confirmed after the window. The person's own contribution in it is
 * refunded at once, by a posting. The holder's note on their latest statement (a hospital stay,
 * say) is shown on the decision, and a check reaching back past the policy's monitoring limit is
 * flagged for a manager.
 */
export const checkDirectPaymentSurplus = Effect.fn("checkDirectPaymentSurplus")(function* (
  raw: unknown,
) {
  const input = yield* decodeInput(SurplusCheckInput)(raw)
  const policy = yield* DirectPaymentMonitoringPolicy
  const ledger = yield* LedgerRepository
  const journeys = yield* JourneyRepository
  const decisions = yield* DecisionRepository
  const actor = yield* CurrentActor
  const uow = yield* UnitOfWork
  const today = yield* todayInLondon
  return yield* uow.transaction(
    Effect.gen(function* () {
      const budget = yield* budgetForLedger(input.budgetId, "ledger.monitor")
      const journey = (yield* journeys.listForPerson(actor.councilId, budget.personId)).find(
        (j) => j.budgetId === budget.id,
      )
      if (journey === undefined)
        return yield* new MissingStep({ journeyId: "", missing: "the budget's journey" })
      const balances = yield* ledger.balances(budget.councilId, budget.id)
      const balance = balances.get(`held:direct-payment:${input.stream}`) ?? 0
      const annual = budget.fundingStreams.find((s) => s.stream === input.stream)?.amountPence ?? 0
      const schedule = Option.getOrUndefined(yield* ledger.schedule(budget.councilId, budget.id))
      // The period a surplus built up over is the policy's statement period.
      const windowStart = addDays(today, -7 * (yield* policy.statementEveryWeeks))
      const suspendedDays = (schedule?.pauses ?? []).reduce((days, p) => {
        const from = p.from > windowStart ? p.from : windowStart
        const to = p.to ?? today
        return days + Math.max(0, daysBetween(from, to))
      }, 0)
      const contribution = Math.min(balance, (journey.financial?.weeklyContributionPence ?? 0) * 4)
      const periodFrom = heldSince(
        budget.id,
        input.stream,
        schedule?.startDate,
        yield* decisions.listForPerson(budget.councilId, budget.personId),
        yield* ledger.postings(budget.councilId, budget.id),
      )
      const policyInput = {
        stream: input.stream,
        balancePence: balance,
        weeklyAllocationPence: Math.round(annual / 52),
        personContributionHeldPence: Math.max(0, contribution),
        suspendedDaysInPeriod: suspendedDays,
        ...(periodFrom === undefined ? {} : { periodFrom }),
        checkedOn: today,
      }
      const surplus = yield* policy.assessSurplus(policyInput)
      const outcome = clawbackOutcomeOf(surplus.action)
      const refund = contributionRefundOf(surplus)
      const statement = Option.getOrUndefined(
        yield* ledger.latestStatement(budget.councilId, budget.id),
      )
      const proposed = outcome === "proposed-recovery" || outcome === "proposed-offset"
      const decision = yield* recordDecision({
        journey,
        kind: "clawback",
        outcome,
        reasons: [
          ...surplus.reasons,
          ...statementNote(statement),
          ...(refund > 0
            ? [
                {
                  criterion: "clawback/refund",
                  met: null,
                  text: `${pounds(refund)} of the person's own contribution is refunded to them now: it is their money, so no notice is needed.`,
                },
              ]
            : []),
          ...(proposed && surplus.amountPence > 0
            ? [
                {
                  criterion: "clawback/notice",
                  met: null,
                  text: `You have ${surplus.responseWindowDays} days, until ${addDays(today, surplus.responseWindowDays)}, to explain the surplus or challenge this; ${pounds(surplus.amountPence)} moves only after that.`,
                },
              ]
            : []),
        ],
        policy: surplus.policy,
        inputs: {
          stream: input.stream,
          balancePence: balance,
          annualPence: annual,
          suspendedDays,
          checkedOn: today,
          ...(statement === undefined ? {} : { statement }),
          // Exactly what the policy saw, so the decision can be replayed.
          policyInput,
        },
        amounts: surplusAmounts(surplus),
        subject: { type: "budget", id: budget.id },
        flags: surplus.flags ?? [],
      })
      if (refund > 0)
        yield* postEntries(budget, {
          budgetId: budget.id,
          kind: "refund",
          // One refund per decision, whatever the retries.
          idempotencyKey: `refund:${decision.id}`,
          entries: [
            { account: "refunded:person", amountPence: refund },
            { account: `held:direct-payment:${input.stream}`, amountPence: -refund },
          ],
          effectiveDate: today,
          memo: "Refund of the person's own contribution held in the direct-payment account",
          decisionId: decision.id,
          openIn: ["active", "suspended"],
        })
      return decision
    }),
  )
})

const Words = Prose.check(Schema.isPattern(/\S/, { message: "must say why, in words" }))

export const ConfirmRecoveryInput = Schema.Struct({
  budgetId: BudgetId,
  decisionId: DecisionId,
  /**
   * For a proposal flagged for a manager (late monitoring): the manager's reason for recovering
   * it all the same, in their words. Recorded with the recovery.
   */
  managerReason: Schema.optionalKey(Words),
})
export type ConfirmRecoveryInput = typeof ConfirmRecoveryInput.Encoded

/**
 * After the response window, with no challenge to it lodged or under review, the proposed
 * recovery is posted (reversibly). A proposal flagged for late monitoring needs a manager (an
 * approver) to confirm it with reasons.
 */
export const confirmRecovery = Effect.fn("confirmRecovery")(function* (raw: unknown) {
  const input = yield* decodeInput(ConfirmRecoveryInput)(raw)
  const decisions = yield* DecisionRepository
  const challenges = yield* ChallengeRepository
  const ledger = yield* LedgerRepository
  const events = yield* EventLog
  const actor = yield* CurrentActor
  const uow = yield* UnitOfWork
  const today = yield* todayInLondon
  return yield* uow.transaction(
    Effect.gen(function* () {
      const budget = yield* budgetForLedger(input.budgetId, "ledger.monitor")
      const found = yield* decisions.findById(budget.councilId, input.decisionId)
      if (
        Option.isNone(found) ||
        found.value.kind !== "clawback" ||
        !found.value.outcome.startsWith("proposed-")
      ) {
        return yield* invalidAt(["decisionId"], "must be a proposed recovery or offset")
      }
      const decision = found.value
      const superseding = (yield* decisions.listForPerson(budget.councilId, budget.personId)).find(
        (d) => d.supersedes === decision.id,
      )
      if (superseding !== undefined)
        return yield* invalidAt(
          ["decisionId"],
          `this proposal was replaced after a challenge by decision ${superseding.id}; confirm that one if anything is still to be recovered`,
        )
      // One proposal is recovered at most once, whatever the retries or the day they come on:
      // the key is the decision's alone, and a second confirmation answers the first posting.
      const idempotencyKey = `recovery:${decision.id}`
      const recovered = yield* ledger.findByKey(budget.councilId, budget.id, idempotencyKey)
      if (Option.isSome(recovered)) return recovered.value
      const open = (yield* challenges.listForPerson(budget.councilId, budget.personId)).find(
        (c) =>
          c.decisionId === decision.id && (c.status === "lodged" || c.status === "under-review"),
      )
      if (open !== undefined)
        return yield* new RecoveryAwaitsChallenge({
          decisionId: decision.id,
          challengeId: open.id,
          status: open.status,
        })
      const windowEnds = addDays(
        decision.madeAt.slice(0, 10),
        decision.amounts.responseWindowDays ?? 0,
      )
      if (today < windowEnds)
        return yield* invalidAt(["decisionId"], `the response window is open until ${windowEnds}`)
      if (decision.flags.length > 0) {
        if (input.managerReason === undefined)
          return yield* new ManagerConfirmationRequired({
            decisionId: decision.id,
            flags: decision.flags,
          })
        yield* authorize("ledger.recover-late", budget.personId)
      }
      const stream = decision.inputs.stream
      if (!Schema.is(FundingStreamKind)(stream))
        return yield* invalidAt(["decisionId"], "the proposal does not name its funding stream")
      const surplus = decision.amounts.surplusPence ?? 0
      // An NHS offset takes at most one period's amount, by the cap its policy worked out with
      // `onePaymentPeriodPence` and the decision keeps. A proposal recorded before the cap was
      // kept was capped by its policy when it was made.
      const amount =
        decision.outcome === "proposed-offset"
          ? offsetWithinOnePeriod(surplus, decision.amounts.offsetCapPence ?? surplus)
          : surplus
      const memo =
        decision.outcome === "proposed-offset"
          ? "Offset of unused NHS direct-payment funds against the next payment, after notice"
          : "Recovery of a direct-payment surplus, after notice"
      const posting = yield* postEntries(budget, {
        budgetId: budget.id,
        kind: "recovery",
        idempotencyKey,
        entries: [
          { account: `returned:${stream}`, amountPence: amount },
          { account: `held:direct-payment:${stream}`, amountPence: -amount },
        ],
        effectiveDate: today,
        memo:
          input.managerReason === undefined || decision.flags.length === 0
            ? memo
            : `${memo}; confirmed by a manager after late monitoring: ${input.managerReason.trim()}`,
        decisionId: decision.id,
        openIn: ["active", "suspended"],
      })
      if (decision.flags.length > 0)
        yield* events.append({
          councilId: budget.councilId,
          type: "FlaggedRecoveryConfirmed",
          aggregateType: "Decision",
          aggregateId: decision.id,
          actorSubject: actor.subject,
          payload: {
            postingId: posting.id,
            flags: decision.flags,
            managerReason: input.managerReason?.trim() ?? null,
          },
        })
      return posting
    }),
  )
})
