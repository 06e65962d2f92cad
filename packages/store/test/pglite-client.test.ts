import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit, Layer } from "effect"
import { SqlClient } from "effect/sql"
import { layerPglite } from "../src/PgliteClient.ts"

const withTable = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL)`
  return sql
})

describe("the PGlite SqlClient", () => {
  it.live("keeps another fiber's statement out of an open transaction", () =>
    Effect.gen(function* () {
      const sql = yield* withTable
      const failingTransaction = sql
        .withTransaction(
          Effect.gen(function* () {
            yield* sql`INSERT INTO notes VALUES (1, 'inside')`
            yield* Effect.sleep("50 millis")
            return yield* Effect.fail("roll back" as const)
          }),
        )
        .pipe(Effect.exit)
      const outsider = Effect.sleep("10 millis").pipe(
        Effect.andThen(sql`INSERT INTO notes VALUES (2, 'outside')`),
      )
      const [exit] = yield* Effect.all([failingTransaction, outsider], { concurrency: "unbounded" })
      assert.isTrue(Exit.isFailure(exit))
      const rows = yield* sql<{ id: number }>`SELECT id FROM notes ORDER BY id`
      assert.deepStrictEqual(
        rows.map((r) => r.id),
        [2],
      )
    }).pipe(Effect.provide(Layer.fresh(layerPglite()))),
  )

  it.live("reports a unique violation as effect's UniqueViolation", () =>
    Effect.gen(function* () {
      const sql = yield* withTable
      yield* sql`INSERT INTO notes VALUES (1, 'a')`
      const error = yield* sql`INSERT INTO notes VALUES (1, 'b')`.pipe(Effect.flip)
      assert.strictEqual(error.reason._tag, "UniqueViolation")
    }).pipe(Effect.provide(Layer.fresh(layerPglite()))),
  )
})
