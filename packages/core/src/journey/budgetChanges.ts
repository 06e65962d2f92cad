import { Effect, Option } from "effect"
import {
  type Budget,
  Budget as BudgetClass,
  type BudgetStatus,
  type FundingStream,
} from "../model/Budget.ts"
import { CurrentActor } from "../model/Actor.ts"
import { BudgetNotFound } from "../model/Errors.ts"
import type { BudgetId } from "../model/Ids.ts"
import { BudgetRepository } from "../ports/BudgetRepository.ts"
import { EventLog } from "../ports/EventLog.ts"

/** Loads a budget of the actor's council by id (the journey already passed access checks). */
export const loadBudget = Effect.fnUntraced(function* (budgetId: BudgetId) {
  const actor = yield* CurrentActor
  const budgets = yield* BudgetRepository
  const found = yield* budgets.findById(actor.councilId, budgetId)
  if (Option.isNone(found)) return yield* new BudgetNotFound({ budgetId })
  return found.value
})

/** What a change may set on a budget (the constructor checks the amounts). */
export interface BudgetChanges {
  readonly status?: BudgetStatus
  readonly amountPence?: number
  readonly fundingStreams?: ReadonlyArray<{
    readonly stream: FundingStream["stream"]
    readonly amountPence: number
  }>
  readonly deliveryMechanism?: Budget["deliveryMechanism"]
}

/** Saves a budget's next version with its event, inside the caller's transaction. */
export const changeBudget = Effect.fnUntraced(function* (
  before: Budget,
  changes: BudgetChanges,
  eventType: string,
) {
  const actor = yield* CurrentActor
  const budgets = yield* BudgetRepository
  const events = yield* EventLog
  // The constructor validates: amounts that are not whole, non-negative pence are a defect here.
  const after = new BudgetClass({ ...before, ...changes, version: before.version + 1 } as Budget)
  yield* budgets.update(after)
  yield* events.append({
    councilId: after.councilId,
    type: eventType,
    aggregateType: "Budget",
    aggregateId: after.id,
    actorSubject: actor.subject,
    payload: { status: after.status, amountPence: after.amountPence, version: after.version },
  })
  return after
})
