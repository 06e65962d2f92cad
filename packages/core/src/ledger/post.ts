import { Effect, Option } from "effect"
import { authorize } from "../access/authorize.ts"
import type { Action } from "../access/AccessTable.ts"
import { CurrentActor } from "../model/Actor.ts"
import type { Budget, BudgetStatus } from "../model/Budget.ts"
import { BudgetNotFound } from "../model/Errors.ts"
import { type BudgetId, newUuidV7 } from "../model/Ids.ts"
import { invalidAt } from "../model/Input.ts"
import { nowIso } from "../model/Time.ts"
import type { PostingDetails } from "./Posting.ts"
import { BudgetRepository } from "../ports/BudgetRepository.ts"
import { EventLog } from "../ports/EventLog.ts"
import { LedgerRepository } from "../ports/LedgerRepository.ts"
import { BudgetNotOpen, IdempotencyConflict, InsufficientFunds } from "./LedgerErrors.ts"
import {
  type Entry,
  isBalanced,
  mustStayNonNegative,
  Posting,
  type PostingId,
  type PostingKind,
} from "./Posting.ts"

export interface PostingRequest {
  readonly budgetId: BudgetId
  readonly kind: PostingKind
  readonly idempotencyKey: string
  readonly entries: ReadonlyArray<Entry>
  readonly effectiveDate: string
  readonly memo: string
  readonly details?: PostingDetails
  readonly reverses?: PostingId | null
  readonly decisionId?: string | null
  /** The budget statuses this posting is allowed in (default: active only). */
  readonly openIn?: ReadonlyArray<BudgetStatus>
}

/** Details compared whatever order their keys were written in. */
const canonicalDetails = (details: PostingDetails | undefined) =>
  JSON.stringify(Object.entries(details ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)))

/**
 * A retry is the same request in every field: a reused key with another payee, memo, line or
 * decision is a different posting, refused as a conflict, never answered with the first one.
 */
const sameRequest = (posting: Posting, request: PostingRequest) =>
  posting.kind === request.kind &&
  JSON.stringify(posting.entries) === JSON.stringify(request.entries) &&
  posting.effectiveDate === request.effectiveDate &&
  posting.memo === request.memo &&
  canonicalDetails(posting.details) === canonicalDetails(request.details) &&
  posting.reverses === (request.reverses ?? null) &&
  posting.decisionId === (request.decisionId ?? null)

/**
 * Loads a budget of the actor's council and checks the actor may post to it: on this budget,
 * and on the plan line when the posting names one (a provider reaches only its contracted lines).
 */
export const budgetForLedger = Effect.fnUntraced(function* (
  budgetId: BudgetId,
  action: Action,
  lineId?: string,
) {
  const actor = yield* CurrentActor
  const budgets = yield* BudgetRepository
  const found = yield* budgets.findById(actor.councilId, budgetId)
  if (Option.isNone(found)) return yield* new BudgetNotFound({ budgetId })
  yield* authorize(
    action,
    found.value.personId,
    lineId === undefined ? { budgetId } : { budgetId, lineId },
  )
  return found.value
})

/**
 * Posts a balanced set of entries, inside the caller's transaction: the budget is locked,
 * a retried idempotency key returns the first posting, and no account that may not go
 * negative does. Nothing is ever edited.
 */
export const postEntries = Effect.fnUntraced(function* (budget: Budget, request: PostingRequest) {
  const actor = yield* CurrentActor
  const ledger = yield* LedgerRepository
  const events = yield* EventLog
  if (!isBalanced(request.entries)) {
    return yield* invalidAt(
      ["entries"],
      "debits must equal credits (the entries must add up to zero)",
    )
  }
  const status = yield* ledger.lockBudget(budget.councilId, budget.id)
  const existing = yield* ledger.findByKey(budget.councilId, budget.id, request.idempotencyKey)
  if (Option.isSome(existing)) {
    if (sameRequest(existing.value, request)) return existing.value
    return yield* new IdempotencyConflict({ idempotencyKey: request.idempotencyKey })
  }
  const openIn = request.openIn ?? ["active"]
  if (!openIn.includes(status)) return yield* new BudgetNotOpen({ budgetId: budget.id, status })
  const change = new Map<string, number>()
  for (const entry of request.entries)
    change.set(entry.account, (change.get(entry.account) ?? 0) + entry.amountPence)
  // The new balances are checked before anything else is written; a failure rolls them back.
  const after = yield* ledger.applyToBalances(budget.councilId, budget.id, change)
  for (const [account, delta] of change) {
    const balance = after.get(account) ?? 0
    if (mustStayNonNegative(account) && balance < 0) {
      return yield* new InsufficientFunds({
        account,
        balancePence: balance - delta,
        requestedPence: -delta,
      })
    }
  }
  const posting = new Posting({
    id: (yield* newUuidV7) as PostingId,
    councilId: budget.councilId,
    budgetId: budget.id,
    kind: request.kind,
    idempotencyKey: request.idempotencyKey,
    entries: request.entries,
    effectiveDate: request.effectiveDate,
    memo: request.memo,
    details: request.details ?? {},
    reverses: request.reverses ?? null,
    decisionId: request.decisionId ?? null,
    createdAt: yield* nowIso,
    createdBy: actor.subject,
  })
  yield* ledger.insert(posting)
  yield* events.append({
    councilId: posting.councilId,
    type: "PostingMade",
    aggregateType: "Budget",
    aggregateId: posting.budgetId,
    actorSubject: actor.subject,
    payload: { postingId: posting.id, kind: posting.kind, entries: posting.entries },
  })
  return posting
})
