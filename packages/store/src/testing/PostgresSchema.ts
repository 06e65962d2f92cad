import { PgClient } from "@effect/sql-pg"
import { Effect, Layer, Redacted } from "effect"
import { SqlClient } from "effect/sql"
import { layerDatabase } from "../Database.ts"

/** The migrated database in a new schema of that PostgreSQL, dropped when the layer closes. */
export const layerPostgresSchema = (databaseUrl: string) =>
  Layer.unwrap(
    Effect.gen(function* () {
      const schema = `openpb_test_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`
      const admin = PgClient.layer({ url: Redacted.make(databaseUrl), maxConnections: 1 })
      yield* Effect.addFinalizer(() =>
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          yield* sql.unsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
        }).pipe(Effect.provide(admin), Effect.orDie),
      )
      return layerDatabase({ databaseUrl, schema, maxConnections: 4 })
    }),
  )
