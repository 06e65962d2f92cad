import { assert, describe, it } from "@effect/vitest"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { PgClient } from "@effect/sql-pg"
import { Effect, Layer, Redacted } from "effect"
import { SqlClient } from "effect/sql"
import { layerDatabase } from "../src/Database.ts"
import { migrate } from "../src/Migrations.ts"
import { migrations } from "../src/migrations/index.ts"

const migrationCount = Object.keys(migrations).length

describe("migrations on PGlite", () => {
  it.live("run once, and find nothing to do after a restart on the same data directory", () =>
    Effect.gen(function* () {
      const dataDir = mkdtempSync(join(tmpdir(), "openpb-pglite-"))
      yield* Effect.addFinalizer(() =>
        Effect.sync(() => rmSync(dataDir, { recursive: true, force: true })),
      )
      const start = (effect: Effect.Effect<unknown, unknown, SqlClient.SqlClient>) =>
        Effect.scoped(
          Layer.build(layerDatabase({ dataDir })).pipe(
            Effect.flatMap((ctx) => Effect.provide(effect, ctx)),
          ),
        )
      yield* start(
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          yield* sql`INSERT INTO people (id, council_id, given_name, family_name, created_at)
                     VALUES ('0190b6c2-0000-7000-8000-000000000001', 'northmere', 'Ada', 'Osei', now())`
        }),
      )
      const [rerun, people] = (yield* start(
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          const rerun = yield* migrate
          const rows = yield* sql<{ n: number }>`SELECT count(*)::int AS n FROM people`
          return [rerun, rows[0]?.n] as const
        }),
      )) as readonly [ReadonlyArray<unknown>, number]
      assert.strictEqual(rerun.length, 0)
      assert.strictEqual(people, 1)
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
                const rows = yield* sql<{
                  n: number
                }>`SELECT count(*)::int AS n FROM openpb_migrations`
                return rows[0]?.n
              }),
              ctx,
            ),
          ),
        ),
      )
      const counts = yield* Effect.all([boot, boot, boot], { concurrency: "unbounded" })
      assert.deepStrictEqual(counts, [migrationCount, migrationCount, migrationCount])
    }).pipe(Effect.scoped),
  )
})
