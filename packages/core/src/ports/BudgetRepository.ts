import { Context, type Effect, type Option } from "effect"
import type { Budget } from "../model/Budget.ts"
import type { StaleVersion } from "../model/Errors.ts"
import type { BudgetId, CouncilId } from "../model/Ids.ts"
import type { ListReach } from "../access/authorize.ts"

export interface BudgetListQuery {
  readonly councilId: CouncilId
  readonly limit: number
  /** Only budgets whose id sorts after this one (ids are time-ordered UUIDv7). */
  readonly afterId: BudgetId | undefined
  /**
   * Only budgets the reader may read one by one (`authorizeList`): of a person they stand in one
   * of these relations to, or, for a provider, that an approved plan contracts them for. Absent,
   * every budget of the council: for a job that has already passed a council-wide check.
   */
  readonly visibleTo?: ListReach
}

/** Where budgets are kept. Every method is scoped to one council. */
export class BudgetRepository extends Context.Service<
  BudgetRepository,
  {
    insert(budget: Budget): Effect.Effect<void>
    /** Saves a changed budget whose stored version is `budget.version - 1`. */
    update(budget: Budget): Effect.Effect<void, StaleVersion>
    findById(councilId: CouncilId, id: BudgetId): Effect.Effect<Option.Option<Budget>>
    list(query: BudgetListQuery): Effect.Effect<ReadonlyArray<Budget>>
  }
>()("@openpb/core/BudgetRepository") {}
