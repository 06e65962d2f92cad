import { Context, type Effect, type Option } from "effect"
import type {
  AccountFeedFormat,
  AccountTransaction,
  AccountTransactionId,
  FeedTransaction,
} from "../ledger/AccountTransaction.ts"
import type { BudgetId, CouncilId } from "../model/Ids.ts"

/**
 * What an import did with one transaction: `added` (new to the budget), `updated` (a pending
 * card transaction settled, or still pending with a new amount or date), `unchanged` (seen
 * before, the same), or `refused` (already booked, and the file now says otherwise: a booked
 * transaction is never rewritten, because it may already be spending in the ledger).
 */
export type AccountTransactionUpsert =
  | { readonly outcome: "added" | "updated" | "unchanged"; readonly stored: AccountTransaction }
  | { readonly outcome: "refused"; readonly stored: AccountTransaction }

/** The transactions of budgets' direct-payment accounts, one per (budget, source, source id). */
export class AccountTransactionRepository extends Context.Service<
  AccountTransactionRepository,
  {
    /**
     * Adds a transaction not seen before for the budget and source; settles in place a pending
     * one with the same source id (status, amount, date, payee); leaves one seen before as it is.
     * A new one starts in the state given.
     */
    upsert(
      councilId: CouncilId,
      budgetId: BudgetId,
      source: AccountFeedFormat,
      transaction: FeedTransaction,
      state: AccountTransaction["state"],
    ): Effect.Effect<AccountTransactionUpsert>
    findById(
      councilId: CouncilId,
      id: AccountTransactionId,
    ): Effect.Effect<Option.Option<AccountTransaction>>
    /** Writes a transaction's matching (its state, line, category, posting, rule, queue reason). */
    saveMatching(
      transaction: AccountTransaction,
      councilId: CouncilId,
    ): Effect.Effect<AccountTransaction>
    /** The budget's queued transactions, oldest booking first, after the given one in that order. */
    queued(
      councilId: CouncilId,
      budgetId: BudgetId,
      after: { readonly bookingDate: string; readonly id: string } | undefined,
      limit: number,
    ): Effect.Effect<ReadonlyArray<AccountTransaction>>
  }
>()("@openpb/core/AccountTransactionRepository") {}
