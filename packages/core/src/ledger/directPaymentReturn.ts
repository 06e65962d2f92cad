import { Effect } from "effect"
import type { Budget } from "../model/Budget.ts"
import { LedgerRepository } from "../ports/LedgerRepository.ts"
import type { Entry } from "./Posting.ts"
import { postEntries } from "./post.ts"

const DIRECT_PAYMENT_HELD = "held:direct-payment:"

/**
 * When direct payments stop, what is left in the direct-payment account goes back to the funder
 * it came from, stream by stream, by a new posting (nothing is edited). Keyed by the notice, so
 * a retry answers the first posting. Returns the pence returned (0 when the account is empty).
 */
export const returnDirectPaymentBalance = Effect.fnUntraced(function* (
  budget: Budget,
  date: string,
  noticeDecisionId: string,
) {
  const ledger = yield* LedgerRepository
  const balances = yield* ledger.balances(budget.councilId, budget.id)
  const entries: Array<Entry> = []
  let returnedPence = 0
  for (const [account, balance] of balances) {
    if (balance <= 0 || !account.startsWith(DIRECT_PAYMENT_HELD)) continue
    const stream = account.slice(DIRECT_PAYMENT_HELD.length)
    entries.push(
      { account, amountPence: -balance },
      { account: `returned:${stream}`, amountPence: balance },
    )
    returnedPence += balance
  }
  if (entries.length > 0)
    yield* postEntries(budget, {
      budgetId: budget.id,
      kind: "reconciliation",
      idempotencyKey: `direct-payment-ending:${noticeDecisionId}`,
      entries,
      effectiveDate: date,
      memo: "Direct payments stopped: what was left in the account returns to the funders",
      openIn: ["active", "suspended"],
    })
  return returnedPence
})
