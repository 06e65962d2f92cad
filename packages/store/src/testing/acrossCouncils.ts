import { Effect } from "effect"
import { SqlClient } from "effect/sql"

/**
 * Runs statements as the session's own user for one transaction, seeing every council's rows:
 * for tests that check a whole table (nothing written, the books balance). It works because
 * test databases are reached as a superuser; the application itself never does this.
 */
export const acrossCouncils = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    sql.withTransaction(Effect.andThen(sql`SET LOCAL ROLE NONE`, effect)),
  )
