import { Effect, Option, Schema } from "effect"
import { DecisionId } from "../decisions/Decision.ts"
import { DecisionRepository } from "../ports/DecisionRepository.ts"
import { FundingStreamKind, LineDeliveryMechanism, type Budget } from "../model/Budget.ts"
import { todayInLondon } from "../model/CalendarDay.ts"
import { BudgetId } from "../model/Ids.ts"
import { decodeInput, invalidAt } from "../model/Input.ts"
import { Pence } from "../model/Money.ts"
import { CalendarDate } from "../model/Person.ts"
import { Label, LabelOrEmpty, Note, Prose } from "../model/Text.ts"
import { SpendingCategory } from "../journey/SupportPlan.ts"
import { LedgerRepository } from "../ports/LedgerRepository.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"
import { PostingNotFound } from "./LedgerErrors.ts"
import { type Entry, heldAccountFor, PostingId } from "./Posting.ts"
import { allocationRequest, postDueAllocations } from "./allocation.ts"
import { budgetForLedger, postEntries } from "./post.ts"
import { returnToFunders } from "./returnToFunders.ts"
import type { AllocationFrequency, AllocationSchedule } from "./schedule.ts"

const IdempotencyKey = Schema.String.check(
  Schema.isPattern(/^[A-Za-z0-9:._-]{1,120}$/, {
    message: "must be 1-120 letters, digits or : . _ -",
  }),
)
const PositivePence = Pence.check(
  Schema.isGreaterThan(0, { message: "must be more than zero pence" }),
)

export const PaymentInput = Schema.Struct({
  budgetId: BudgetId,
  idempotencyKey: IdempotencyKey,
  stream: FundingStreamKind,
  mechanism: Schema.Literals(["direct-payment", "third-party"]),
  amountPence: PositivePence,
  date: CalendarDate,
  payee: Label,
})
export type PaymentInput = typeof PaymentInput.Encoded

/** Pays allocated money into a direct-payment account or to the third party holding the budget. */
export const recordPayment = Effect.fn("recordPayment")(function* (raw: unknown) {
  const input = yield* decodeInput(PaymentInput)(raw)
  const uow = yield* UnitOfWork
  return yield* uow.transaction(
    Effect.gen(function* () {
      const budget = yield* budgetForLedger(input.budgetId, "ledger.pay")
      return yield* postEntries(budget, {
        budgetId: budget.id,
        kind: "payment",
        idempotencyKey: input.idempotencyKey,
        entries: [
          {
            account: heldAccountFor(input.mechanism, input.stream),
            amountPence: input.amountPence,
          },
          { account: `allocated:${input.stream}`, amountPence: -input.amountPence },
        ],
        effectiveDate: input.date,
        memo: `Payment to ${input.payee}`,
        details: { payee: input.payee },
      })
    }),
  )
})

export const SpendingInput = Schema.Struct({
  budgetId: BudgetId,
  idempotencyKey: IdempotencyKey,
  lineId: Schema.String.check(
    Schema.isPattern(/^[a-z0-9-]{1,40}$/, { message: "must be a plan line id" }),
  ),
  category: SpendingCategory,
  stream: FundingStreamKind,
  mechanism: LineDeliveryMechanism,
  amountPence: PositivePence,
  date: CalendarDate,
  payee: Label,
  note: Schema.optionalKey(Note),
  receiptReference: Schema.optionalKey(LabelOrEmpty),
})
export type SpendingInput = typeof SpendingInput.Encoded

/** Records spending against a plan line, from the money held for it. */
export const recordSpending = Effect.fn("recordSpending")(function* (raw: unknown) {
  const input = yield* decodeInput(SpendingInput)(raw)
  const uow = yield* UnitOfWork
  return yield* uow.transaction(
    Effect.gen(function* () {
      const budget = yield* budgetForLedger(input.budgetId, "ledger.spend", input.lineId)
      return yield* postSpending(budget, input)
    }),
  )
})

/**
 * The spending posting itself, inside the caller's transaction and after its access check: one
 * path for spending recorded by hand and for a payment out of a direct-payment account matched
 * to a plan line.
 */
export const postSpending = Effect.fnUntraced(function* (
  budget: Budget,
  input: typeof SpendingInput.Type,
) {
  const ledger = yield* LedgerRepository
  // The budget's money exists from the day its allocations start: nothing can be spent
  // from it before then.
  const schedule = yield* ledger.schedule(budget.councilId, budget.id)
  if (Option.isSome(schedule) && input.date < schedule.value.startDate)
    return yield* invalidAt(
      ["date"],
      `spending dated ${input.date} is before the budget started on ${schedule.value.startDate}`,
    )
  return yield* postEntries(budget, {
    budgetId: budget.id,
    kind: "spending",
    idempotencyKey: input.idempotencyKey,
    entries: [
      { account: `spent:${input.lineId}`, amountPence: input.amountPence },
      {
        account: heldAccountFor(input.mechanism, input.stream),
        amountPence: -input.amountPence,
      },
    ],
    effectiveDate: input.date,
    memo: input.note ?? `Spent with ${input.payee}`,
    details: {
      payee: input.payee,
      lineId: input.lineId,
      category: input.category,
      receiptReference: input.receiptReference ?? null,
    },
    openIn: ["active", "suspended"],
  })
})

export const AllocationInput = Schema.Struct({
  budgetId: BudgetId,
  idempotencyKey: IdempotencyKey,
  stream: FundingStreamKind,
  amountPence: PositivePence,
  date: CalendarDate,
  memo: Schema.optionalKey(Note),
})
export type AllocationInput = typeof AllocationInput.Encoded

/** Allocates money from the funder to the budget (the schedule does this each period). */
export const recordAllocation = Effect.fn("recordAllocation")(function* (raw: unknown) {
  const input = yield* decodeInput(AllocationInput)(raw)
  const uow = yield* UnitOfWork
  return yield* uow.transaction(
    Effect.gen(function* () {
      const budget = yield* budgetForLedger(input.budgetId, "ledger.allocate")
      return yield* postEntries(
        budget,
        allocationRequest(
          budget,
          input.idempotencyKey,
          input.stream,
          input.amountPence,
          input.date,
          input.memo ?? "Allocation",
        ),
      )
    }),
  )
})

export const ReversalInput = Schema.Struct({
  budgetId: BudgetId,
  idempotencyKey: IdempotencyKey,
  postingId: PostingId,
  reason: Prose,
})
export type ReversalInput = typeof ReversalInput.Encoded

/** Undoes a posting with its mirror image; the original stays as it was. */
export const reversePosting = Effect.fn("reversePosting")(function* (raw: unknown) {
  const input = yield* decodeInput(ReversalInput)(raw)
  const ledger = yield* LedgerRepository
  const uow = yield* UnitOfWork
  const today = yield* todayInLondon
  return yield* uow.transaction(
    Effect.gen(function* () {
      const budget = yield* budgetForLedger(input.budgetId, "ledger.reverse")
      const original = yield* ledger.findById(budget.councilId, budget.id, input.postingId)
      if (Option.isNone(original)) return yield* new PostingNotFound({ postingId: input.postingId })
      if (original.value.kind === "reversal")
        return yield* invalidAt(["postingId"], "a reversal is not reversed; post again instead")
      const existing = yield* ledger.findByKey(budget.councilId, budget.id, input.idempotencyKey)
      if (
        Option.isNone(existing) &&
        (yield* ledger.isReversed(budget.councilId, original.value.id))
      ) {
        return yield* invalidAt(["postingId"], "this posting has already been reversed")
      }
      return yield* postEntries(budget, {
        budgetId: budget.id,
        kind: "reversal",
        idempotencyKey: input.idempotencyKey,
        entries: original.value.entries.map(
          (e): Entry => ({ account: e.account, amountPence: -e.amountPence }),
        ),
        effectiveDate: today,
        memo: `Reversal: ${input.reason}`,
        reverses: original.value.id,
        openIn: ["active", "suspended", "ended"],
      })
    }),
  )
})

export const ContingencyDrawInput = Schema.Struct({
  budgetId: BudgetId,
  idempotencyKey: IdempotencyKey,
  decisionId: DecisionId,
  stream: FundingStreamKind,
  amountPence: PositivePence,
})
export type ContingencyDrawInput = typeof ContingencyDrawInput.Encoded

/** Draws on a contingency uplift, within what the contingency decision allowed. */
export const drawContingency = Effect.fn("drawContingency")(function* (raw: unknown) {
  const input = yield* decodeInput(ContingencyDrawInput)(raw)
  const decisions = yield* DecisionRepository
  const ledger = yield* LedgerRepository
  const uow = yield* UnitOfWork
  const today = yield* todayInLondon
  return yield* uow.transaction(
    Effect.gen(function* () {
      const budget = yield* budgetForLedger(input.budgetId, "ledger.allocate")
      const decision = yield* decisions.findById(budget.councilId, input.decisionId)
      if (
        Option.isNone(decision) ||
        decision.value.kind !== "contingency" ||
        decision.value.outcome !== "uplift-applied"
      ) {
        return yield* invalidAt(
          ["decisionId"],
          "must be a contingency decision that applied an uplift",
        )
      }
      yield* ledger.lockBudget(budget.councilId, budget.id)
      // What this uplift has given so far (less any draw reversed): an earlier uplift's draws
      // are its own.
      const postings = yield* ledger.postings(budget.councilId, budget.id)
      const draws = new Set(
        postings
          .filter((p) => p.kind === "contingency-draw" && p.decisionId === decision.value.id)
          .map((p) => p.id),
      )
      const drawn = postings
        .filter((p) => draws.has(p.id) || (p.reverses !== null && draws.has(p.reverses)))
        .flatMap((p) => p.entries)
        .filter((e) => e.account === `allocated:${input.stream}`)
        .reduce((total, e) => total + e.amountPence, 0)
      const allowed = decision.value.amounts.upliftPence ?? 0
      const existing = yield* ledger.findByKey(budget.councilId, budget.id, input.idempotencyKey)
      if (Option.isNone(existing) && drawn + input.amountPence > allowed) {
        return yield* invalidAt(
          ["amountPence"],
          `the decision allowed ${allowed} pence; ${drawn} pence is already drawn`,
        )
      }
      return yield* postEntries(budget, {
        budgetId: budget.id,
        kind: "contingency-draw",
        idempotencyKey: input.idempotencyKey,
        entries: [
          { account: `allocated:${input.stream}`, amountPence: input.amountPence },
          { account: `contingency:${input.stream}`, amountPence: -input.amountPence },
        ],
        effectiveDate: today,
        memo: "Contingency draw",
        decisionId: decision.value.id,
      })
    }),
  )
})

/** Starts allocating a budget's money per period from a date (called when a plan is approved). */
export const startAllocationSchedule = Effect.fnUntraced(function* (
  budget: Budget,
  startDate: string,
  frequency: typeof AllocationFrequency.Type,
) {
  const ledger = yield* LedgerRepository
  yield* ledger.saveSchedule(budget.councilId, budget.id, {
    startDate,
    frequency,
    pauses: [],
    endDate: null,
  })
})

/**
 * Pauses or restarts the schedule (suspension and resumption), takes a pause away as if it never
 * happened (a suspension withdrawn on challenge), ends it (ending), or reopens it (an ending
 * withdrawn on challenge).
 */
export const changeAllocationSchedule = Effect.fnUntraced(function* (
  budget: Budget,
  change:
    | { readonly pause: string }
    | { readonly unpause: string }
    | { readonly resume: string }
    | { readonly end: string }
    | { readonly reopen: true },
) {
  const ledger = yield* LedgerRepository
  const found = yield* ledger.schedule(budget.councilId, budget.id)
  if (Option.isNone(found)) return
  const schedule = found.value
  const next: AllocationSchedule =
    "pause" in change
      ? { ...schedule, pauses: [...schedule.pauses, { from: change.pause, to: null }] }
      : "unpause" in change
        ? { ...schedule, pauses: schedule.pauses.filter((p) => p.from !== change.unpause) }
        : "resume" in change
          ? {
              ...schedule,
              pauses: schedule.pauses.map((p) => (p.to === null ? { ...p, to: change.resume } : p)),
            }
          : "end" in change
            ? { ...schedule, endDate: change.end }
            : { ...schedule, endDate: null }
  yield* ledger.saveSchedule(budget.councilId, budget.id, next)
})

export const AllocateDueInput = Schema.Struct({ budgetId: BudgetId })
export type AllocateDueInput = typeof AllocateDueInput.Encoded

/**
 * Posts every allocation period that has begun and is not yet posted, each stream's yearly
 * share pro rata by days. Safe to run any number of times: each period has its own key.
 */
export const allocateDue = Effect.fn("allocateDue")(function* (raw: unknown) {
  const input = yield* decodeInput(AllocateDueInput)(raw)
  const _ledger = yield* LedgerRepository
  const uow = yield* UnitOfWork
  const today = yield* todayInLondon
  return yield* uow.transaction(
    Effect.gen(function* () {
      const budget = yield* budgetForLedger(input.budgetId, "ledger.allocate")
      return yield* postDueAllocations(budget, today)
    }),
  )
})

const reconciliationKey = (endingDecisionId: string) => `final-reconciliation:${endingDecisionId}`

/**
 * An ending withdrawn: the final reconciliation is undone by its mirror image, so the money it
 * returned to the funders is back in the budget's accounts. Nothing happens if there was none.
 */
export const undoFinalReconciliation = Effect.fnUntraced(function* (
  budget: Budget,
  date: string,
  endingDecisionId: string,
  key: string,
) {
  const ledger = yield* LedgerRepository
  const byEnding = yield* ledger.findByKey(
    budget.councilId,
    budget.id,
    reconciliationKey(endingDecisionId),
  )
  // Endings recorded before reconciliations were keyed by their ending were keyed by the budget.
  const found = Option.isSome(byEnding)
    ? byEnding
    : yield* ledger.findByKey(budget.councilId, budget.id, `final-reconciliation:${budget.id}`)
  if (Option.isNone(found) || (yield* ledger.isReversed(budget.councilId, found.value.id)))
    return undefined
  return yield* postEntries(budget, {
    budgetId: budget.id,
    kind: "reversal",
    idempotencyKey: key,
    entries: found.value.entries.map(
      (e): Entry => ({ account: e.account, amountPence: -e.amountPence }),
    ),
    effectiveDate: date,
    memo: "Reversal: the ending was withdrawn on challenge; the money returns to the budget",
    reverses: found.value.id,
    openIn: ["active", "suspended", "ended"],
  })
})

/** Ending: returns what is left in the budget's accounts to its funders and closes them. */
export const finalReconciliation = Effect.fnUntraced(function* (
  budget: Budget,
  date: string,
  endingDecisionId: string,
) {
  const { posting } = yield* returnToFunders(budget, {
    holds: (account) => account.startsWith("allocated:") || account.startsWith("held:"),
    // One per ending: a budget restored on challenge and ended again reconciles again.
    idempotencyKey: reconciliationKey(endingDecisionId),
    date,
    memo: "Final reconciliation: what was left returns to the funders",
    openIn: ["active", "suspended", "ended"],
  })
  return posting
})

export const BudgetRef = Schema.Struct({ budgetId: BudgetId })
export type BudgetRef = typeof BudgetRef.Encoded
