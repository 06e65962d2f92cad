import { Effect } from "effect"
import { SqlClient } from "effect/sql"

/** True when the database answers a trivial query. */
export const databaseReady = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`SELECT 1`
  return true
}).pipe(
  Effect.timeout("2 seconds"),
  Effect.catch(() => Effect.succeed(false)),
)
