import { Effect, Schema } from "effect"
import { authorizeList } from "../access/authorize.ts"
import { CurrentActor } from "../model/Actor.ts"
import type { Budget } from "../model/Budget.ts"
import { BudgetId } from "../model/Ids.ts"
import { decodeInput, invalidAt } from "../model/Input.ts"
import {
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  type Page,
  PageRequest,
} from "../model/Page.ts"
import { BudgetRepository } from "../ports/BudgetRepository.ts"

export const ListBudgetsInput = PageRequest
export type ListBudgetsInput = typeof ListBudgetsInput.Encoded

const isBudgetId = Schema.is(BudgetId)

/**
 * The budgets of the actor's council the actor may read, oldest first, a page at a time: all of
 * them for a council-wide reader, otherwise only those `getBudget` would show them.
 */
export const listBudgets = Effect.fn("listBudgets")(function* (raw: unknown = {}) {
  const input = yield* decodeInput(ListBudgetsInput)(raw)
  const visibleTo = yield* authorizeList("budget.list")
  let afterId: BudgetId | undefined
  if (input.after !== undefined) {
    const key = decodeCursor(input.after)
    if (key === undefined || !isBudgetId(key)) {
      return yield* invalidAt(["after"], "must be a cursor returned by a previous page")
    }
    afterId = key
  }
  const actor = yield* CurrentActor
  const budgets = yield* BudgetRepository
  const limit = input.first ?? DEFAULT_PAGE_SIZE
  // One extra row tells whether another page follows without a count query.
  const rows = yield* budgets.list({
    councilId: actor.councilId,
    limit: limit + 1,
    afterId,
    visibleTo,
  })
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  const page: Page<Budget> = {
    items,
    endCursor: last ? encodeCursor(last.id) : null,
    hasNextPage: rows.length > limit,
  }
  return page
})
