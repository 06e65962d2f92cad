import { Context, type Effect } from "effect"

/**
 * Runs one command atomically: every write inside commits together or not at all, so a
 * failed command leaves no partial rows.
 */
export class UnitOfWork extends Context.Service<
  UnitOfWork,
  {
    transaction<A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R>
  }
>()("@openpb/core/UnitOfWork") {}
