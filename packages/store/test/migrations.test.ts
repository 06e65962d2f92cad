import { assert, describe, it } from "@effect/vitest"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { PgClient } from "@effect/sql-pg"
import { Effect, Layer, Redacted } from "effect"
import { SqlClient } from "effect/sql"
import { APPLICATION_ROLE, councilScope } from "../src/CouncilScope.ts"
import { layerDatabase } from "../src/Database.ts"
import { migrate } from "../src/Migrations.ts"
import { migrations } from "../src/migrations/index.ts"
import { layerPglite } from "../src/PgliteClient.ts"

const migrationCount = Object.keys(migrations).length

describe("migrations on PGlite", () => {
  it.live("run once, and find nothing to do after a restart on the same data directory", () =>
    Effect.gen(function* () {
      const dataDir = mkdtempSync(join(tmpdir(), "openpb-pglite-"))
      yield* Effect.addFinalizer(() =>
        Effect.sync(() => rmSync(dataDir, { recursive: true, force: true })),
      )
      const start = <A>(
        layer: Layer.Layer<SqlClient.SqlClient, unknown>,
        effect: Effect.Effect<A, unknown, SqlClient.SqlClient>,
      ) =>
        Effect.scoped(Layer.build(layer).pipe(Effect.flatMap((ctx) => Effect.provide(effect, ctx))))
      const inNorthmere = <A, E>(effect: Effect.Effect<A, E, SqlClient.SqlClient>) =>
        Effect.flatMap(SqlClient.SqlClient, (sql) =>
          effect.pipe(councilScope(sql).withCouncil("northmere")),
        )
      yield* start(
        layerDatabase({ dataDir }),
        inNorthmere(
          Effect.flatMap(
            SqlClient.SqlClient,
            (sql) => sql`INSERT INTO people (id, council_id, given_name, family_name, created_at)
                         VALUES ('0190b6c2-0000-7000-8000-000000000001', 'northmere', 'Ada', 'Osei', now())`,
          ),
        ),
      )
      const people = yield* start(
        layerDatabase({ dataDir }),
        inNorthmere(
          Effect.flatMap(
            SqlClient.SqlClient,
            (sql) => sql<{ n: number }>`SELECT count(*)::int AS n FROM people`,
          ),
        ),
      )
      // Migrations run as the owner, before the connection takes the application role.
      const rerun = yield* start(layerPglite({ dataDir }), migrate)
      assert.strictEqual(rerun.length, 0)
      assert.strictEqual(people[0]?.n, 1)
    }).pipe(Effect.scoped),
  )
})

const databaseUrl = process.env.DATABASE_URL
describe.runIf(databaseUrl !== undefined)("migrations on PostgreSQL", () => {
  it.live("two processes starting at once both come up on one migrated schema", () =>
    Effect.gen(function* () {
      const url = databaseUrl!
      const schema = `openpb_mig_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`
      const admin = PgClient.layer({ url: Redacted.make(url), maxConnections: 1 })
      yield* Effect.addFinalizer(() =>
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          yield* sql.unsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
        }).pipe(Effect.provide(admin), Effect.orDie),
      )
      const boot = Effect.scoped(
        Layer.build(layerDatabase({ databaseUrl: url, schema, maxConnections: 2 })).pipe(
          Effect.flatMap((ctx) =>
            Effect.provide(
              Effect.gen(function* () {
                const sql = yield* SqlClient.SqlClient
                const rows = yield* sql<{ role: string }>`SELECT current_user AS role`
                return rows[0]?.role
              }),
              ctx,
            ),
          ),
        ),
      )
      const roles = yield* Effect.all([boot, boot, boot], { concurrency: "unbounded" })
      assert.deepStrictEqual(roles, [APPLICATION_ROLE, APPLICATION_ROLE, APPLICATION_ROLE])
      const applied = yield* Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        return yield* sql<{
          n: number
        }>`SELECT count(*)::int AS n FROM ${sql(schema)}.openpb_migrations`
      }).pipe(Effect.provide(admin))
      assert.strictEqual(applied[0]?.n, migrationCount)
    }).pipe(Effect.scoped),
  )
})
