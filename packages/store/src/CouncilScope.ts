import { CurrentActor } from "@openpb/core"
import { Clock, Context, Effect, Exit, Stream } from "effect"
import type { SqlClient, Statement } from "effect/sql"
import type { SqlError } from "effect/sql/SqlError"

/**
 * The role the application's connections act as once migrations have run. It is not a
 * superuser and cannot bypass row-level security, so every tenant table shows it only the rows
 * of the council set for the current transaction, and none when no council is set.
 */
export const APPLICATION_ROLE = "openpb_app"

/** The transaction-local setting the row-level security policies compare `council_id` with. */
export const COUNCIL_SETTING = "openpb.council_id"

/** The transaction-local instant the row history records a change at (the application's clock). */
export const RECORDED_AT_SETTING = "openpb.recorded_at"

/**
 * The council last set in the open transaction. Tracked per transaction so that a command's
 * statements set it once between them rather than once each.
 */
class CouncilInTransaction extends Context.Service<
  CouncilInTransaction,
  { current: string | undefined }
>()("@openpb/store/CouncilInTransaction") {}

/**
 * How the store scopes its statements to one council for row-level security. Statements run
 * inside a transaction with `openpb.council_id` set locally to it, so the setting ends with the
 * transaction and a pooled connection never carries one request's council into the next.
 */
export const councilScope = (sql: SqlClient.SqlClient) => {
  // The same statement stamps the transaction with the application's clock, which the row
  // history records as when each change was known (migration 0290).
  const settingStatement = (councilId: string, now: number) =>
    sql`SELECT set_config(${COUNCIL_SETTING}, ${councilId}, true),
               set_config(${RECORDED_AT_SETTING}, ${new Date(now).toISOString()}, true)`

  const set = (setting: { current: string | undefined }, councilId: string) =>
    Clock.currentTimeMillis.pipe(
      Effect.flatMap((now) => settingStatement(councilId, now)),
      Effect.andThen(
        Effect.sync(() => {
          setting.current = councilId
        }),
      ),
    )

  /** A transaction whose council setting is tracked; nested ones become savepoints. */
  const transaction = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
    Effect.contextWith((context: Context.Context<never>) => {
      const setting = Context.getOrUndefined(context, CouncilInTransaction)
      if (setting === undefined)
        return sql.withTransaction(
          Effect.provideService(effect, CouncilInTransaction, { current: undefined }),
        )
      // Rolling back to a savepoint also rolls back a setting made after it.
      const before = setting.current
      return sql.withTransaction(effect).pipe(
        Effect.onError(() =>
          Effect.sync(() => {
            setting.current = before
          }),
        ),
      )
    })

  /**
   * Sets the council for what follows in the open transaction (a no-op when it is already
   * set). For a writer that acts for several councils in one transaction, as the audit batch
   * does; it must run inside `transaction`.
   */
  const useCouncil = (councilId: string) =>
    Effect.contextWith((context: Context.Context<never>) => {
      const setting = Context.getOrUndefined(context, CouncilInTransaction)
      if (setting === undefined)
        return Effect.die(new Error("useCouncil outside a council-scoped transaction"))
      return setting.current === councilId ? Effect.void : set(setting, councilId)
    })

  /**
   * Runs a statement (or several) scoped to one council: in the open transaction when there is
   * one, else in a short one of its own. When a request's actor is known, a council other than
   * the actor's is a defect: both layers of isolation would otherwise agree on the wrong one.
   * It runs around every repository statement, so it reads the context once and does no more.
   */
  const withCouncil =
    (councilId: string) =>
    <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E | SqlError, R> =>
      Effect.contextWith((context: Context.Context<never>) => {
        const actor = Context.getOrUndefined(context, CurrentActor)
        if (actor !== undefined && actor.councilId !== councilId)
          return Effect.die(
            new Error(
              `A statement for council ${councilId} under an actor of council ${actor.councilId}`,
            ),
          )
        const setting = Context.getOrUndefined(context, CouncilInTransaction)
        if (setting === undefined) {
          const fresh = { current: undefined }
          return sql.withTransaction(
            Effect.andThen(set(fresh, councilId), effect).pipe(
              Effect.provideService(CouncilInTransaction, fresh),
            ),
          )
        }
        return setting.current === councilId
          ? effect
          : Effect.andThen(set(setting, councilId), effect)
      })

  /**
   * The rows of one statement, scoped to one council, as a stream: a connection of its own
   * holds a read-only transaction (one snapshot) with the council set, and the rows are taken
   * from the socket as the stream is pulled, so a million rows never sit in memory at once. The
   * transaction ends when the stream does, however it ends. For PostgreSQL only: the embedded
   * database has one connection, which a long stream would hold from everyone else.
   */
  const streamWithCouncil =
    (councilId: string) =>
    <A extends object>(statement: Statement.Statement<A>): Stream.Stream<A, SqlError> =>
      Stream.unwrap(
        Effect.gen(function* () {
          const actor = yield* Effect.serviceOption(CurrentActor)
          if (actor._tag === "Some" && actor.value.councilId !== councilId)
            return yield* Effect.die(
              new Error(
                `A stream for council ${councilId} under an actor of council ${actor.value.councilId}`,
              ),
            )
          const connection = yield* sql.reserve
          yield* Effect.acquireRelease(
            connection.executeUnprepared(
              "BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY",
              [],
              undefined,
            ),
            (_, exit) =>
              connection
                .executeUnprepared(Exit.isSuccess(exit) ? "COMMIT" : "ROLLBACK", [], undefined)
                .pipe(Effect.ignore),
          )
          const [setting, settingParams] = settingStatement(
            councilId,
            yield* Clock.currentTimeMillis,
          ).compile()
          yield* connection.execute(setting, settingParams, undefined)
          const [text, params] = statement.compile()
          const rows: Stream.Stream<A, SqlError> = connection.executeStream(text, params, undefined)
          return rows
        }),
      )

  return { transaction, useCouncil, withCouncil, streamWithCouncil }
}
