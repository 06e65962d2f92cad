import { Context, type Effect, type Option } from "effect"
import type { Posting, PostingId } from "../ledger/Posting.ts"
import type { AllocationSchedule } from "../ledger/schedule.ts"
import type { BudgetStatus } from "../model/Budget.ts"
import type { BudgetId, CouncilId } from "../model/Ids.ts"

/** A direct-payment statement as the holder sent it in. */
export interface StatementReceived {
  readonly periodEnd: string
  readonly receivedOn: string
  /** The holder's own words (a hospital stay explaining an underspend), when they wrote any. */
  readonly note: string | null
}

/** Where postings are kept. Balances are derived from them, never stored apart. */
export class LedgerRepository extends Context.Service<
  LedgerRepository,
  {
    /**
     * Serialises postings on one budget for the rest of the transaction (a row lock), so
     * concurrent writers, in one process or several, never lose an update or overdraw. Returns
     * the budget's status as it stands under the lock.
     */
    lockBudget(councilId: CouncilId, budgetId: BudgetId): Effect.Effect<BudgetStatus>
    insert(posting: Posting): Effect.Effect<void>
    findByKey(
      councilId: CouncilId,
      budgetId: BudgetId,
      idempotencyKey: string,
    ): Effect.Effect<Option.Option<Posting>>
    findById(
      councilId: CouncilId,
      budgetId: BudgetId,
      id: PostingId,
    ): Effect.Effect<Option.Option<Posting>>
    /**
     * Adds each account's change to the budget's running balances (kept beside the entries,
     * in the same transaction, and rebuildable from them) and returns the new balances.
     */
    applyToBalances(
      councilId: CouncilId,
      budgetId: BudgetId,
      changes: ReadonlyMap<string, number>,
    ): Effect.Effect<ReadonlyMap<string, number>>
    /** Recomputes a budget's running balances from its entries (the entries are the truth). */
    rebuildBalances(councilId: CouncilId, budgetId: BudgetId): Effect.Effect<void>
    /**
     * Balance per account: the running balances, or with `upTo` the sum of entries effective on
     * or before that date. With `knownBy` (a London date), only postings recorded by the end of
     * that day count: the ledger as it stood then, before anything recorded later with an
     * earlier effective date.
     */
    balances(
      councilId: CouncilId,
      budgetId: BudgetId,
      upTo?: string,
      knownBy?: string,
    ): Effect.Effect<ReadonlyMap<string, number>>
    /**
     * Postings of a budget, oldest first, optionally within effective dates (inclusive) and
     * recorded by the end of a London date.
     */
    postings(
      councilId: CouncilId,
      budgetId: BudgetId,
      range?: { readonly from: string; readonly to: string },
      knownBy?: string,
    ): Effect.Effect<ReadonlyArray<Posting>>
    isReversed(councilId: CouncilId, postingId: PostingId): Effect.Effect<boolean>
    schedule(
      councilId: CouncilId,
      budgetId: BudgetId,
    ): Effect.Effect<Option.Option<AllocationSchedule>>
    saveSchedule(
      councilId: CouncilId,
      budgetId: BudgetId,
      schedule: AllocationSchedule,
    ): Effect.Effect<void>
    /** The period end of the latest direct-payment statement received, if any. */
    lastStatement(councilId: CouncilId, budgetId: BudgetId): Effect.Effect<Option.Option<string>>
    /**
     * The latest direct-payment statement received (the latest period; of two for one period,
     * the later sent), with the holder's note when they wrote one.
     */
    latestStatement(
      councilId: CouncilId,
      budgetId: BudgetId,
    ): Effect.Effect<Option.Option<StatementReceived>>
  }
>()("@openpb/core/LedgerRepository") {}
