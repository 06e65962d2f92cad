import { Effect } from "effect"
import type { Budget, BudgetStatus } from "../model/Budget.ts"
import { LedgerRepository } from "../ports/LedgerRepository.ts"
import type { Entry } from "./Posting.ts"
import { postEntries } from "./post.ts"

/**
 * Returns what the chosen accounts hold to the funders each came from (`returned:<stream>`), in
 * one new posting (nothing is edited), keyed so a retry answers the first. The budget's ending
 * returns everything held or allocated; the end of direct payments only the account's money.
 * Gives the posting, if there was anything to return, and the pence returned.
 */
export const returnToFunders = Effect.fnUntraced(function* (
  budget: Budget,
  request: {
    readonly holds: (account: string) => boolean
    readonly idempotencyKey: string
    readonly date: string
    readonly memo: string
    readonly openIn: ReadonlyArray<BudgetStatus>
  },
) {
  const ledger = yield* LedgerRepository
  const balances = yield* ledger.balances(budget.councilId, budget.id)
  const entries: Array<Entry> = []
  let returnedPence = 0
  for (const [account, balance] of balances) {
    if (balance <= 0 || !request.holds(account)) continue
    const stream = account.split(":").at(-1)!
    entries.push(
      { account, amountPence: -balance },
      { account: `returned:${stream}`, amountPence: balance },
    )
    returnedPence += balance
  }
  if (entries.length === 0) return { posting: undefined, returnedPence }
  const posting = yield* postEntries(budget, {
    budgetId: budget.id,
    kind: "reconciliation",
    idempotencyKey: request.idempotencyKey,
    entries,
    effectiveDate: request.date,
    memo: request.memo,
    openIn: request.openIn,
  })
  return { posting, returnedPence }
})

/**
 * When direct payments stop, what is left in the direct-payment account goes back to the funder
 * it came from, stream by stream, keyed by the notice. Returns the pence returned.
 */
export const returnDirectPaymentBalance = (
  budget: Budget,
  date: string,
  noticeDecisionId: string,
) =>
  Effect.map(
    returnToFunders(budget, {
      holds: (account) => account.startsWith("held:direct-payment:"),
      idempotencyKey: `direct-payment-ending:${noticeDecisionId}`,
      date,
      memo: "Direct payments stopped: what was left in the account returns to the funders",
      openIn: ["active", "suspended"],
    }),
    ({ returnedPence }) => returnedPence,
  )
