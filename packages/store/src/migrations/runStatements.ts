import { Effect } from "effect"
import { SqlClient } from "effect/sql"

/** A migration written as SQL statements, run one by one (drivers take one statement a call). */
export const runStatements = (statements: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    for (const statement of statements) {
      yield* sql.unsafe(statement)
    }
  })
