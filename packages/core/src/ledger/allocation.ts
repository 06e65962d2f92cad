import { Effect, Option } from "effect"
import type { Budget } from "../model/Budget.ts"
import { LedgerRepository } from "../ports/LedgerRepository.ts"
import { postEntries } from "./post.ts"
import { duePeriods, periodAmount } from "./schedule.ts"

/** An allocation from the funder to the budget's allocated account for one stream. */
export const allocationRequest = (
  budget: Budget,
  key: string,
  stream: string,
  amount: number,
  date: string,
  memo: string,
) => ({
  budgetId: budget.id,
  kind: "allocation" as const,
  idempotencyKey: key,
  entries: [
    { account: `allocated:${stream}`, amountPence: amount },
    { account: `source:${stream}`, amountPence: -amount },
  ],
  effectiveDate: date,
  memo,
})

/**
 * Posts every allocation period of an active budget that has begun by `asOf` and is not yet
 * posted, each stream's yearly share pro rata by days. Each period has its own key, so running
 * it again posts nothing twice.
 */
export const postDueAllocations = Effect.fnUntraced(function* (budget: Budget, asOf: string) {
  const ledger = yield* LedgerRepository
  const schedule = yield* ledger.schedule(budget.councilId, budget.id)
  if (Option.isNone(schedule) || budget.status !== "active") return []
  const posted = []
  for (const period of duePeriods(schedule.value, asOf)) {
    for (const stream of budget.fundingStreams) {
      // A period posted before the amount changed keeps its posting (a change tops it up).
      const key = `alloc:${period.start}:${stream.stream}`
      const already = yield* ledger.findByKey(budget.councilId, budget.id, key)
      if (Option.isSome(already)) {
        posted.push(already.value)
        continue
      }
      const amount = periodAmount(stream.amountPence, period.days)
      if (amount <= 0) continue
      posted.push(
        yield* postEntries(
          budget,
          allocationRequest(
            budget,
            key,
            stream.stream,
            amount,
            period.start,
            `Allocation for ${period.start} (${period.days} days)`,
          ),
        ),
      )
    }
  }
  return posted
})
