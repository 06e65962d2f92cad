import { assert, describe, it } from "@effect/vitest"
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect, Layer } from "effect"
import { SqlClient } from "effect/sql"
import { councilScope } from "../src/CouncilScope.ts"
import { layerDatabase } from "../src/Database.ts"
import { migrations } from "../src/migrations/index.ts"

// A template directory of this file's own, read when the store first looks for one.
const templates = mkdtempSync(join(tmpdir(), "openpb-templates-"))
process.env.OPENPB_PGLITE_TEMPLATE_DIR = templates

const start = <A>(
  layer: Layer.Layer<SqlClient.SqlClient, unknown>,
  effect: Effect.Effect<A, unknown, SqlClient.SqlClient>,
) => Effect.scoped(Layer.build(layer).pipe(Effect.flatMap((ctx) => Effect.provide(effect, ctx))))

/** What a new database must hold: every migration's tables and indexes, as the application role. */
const state = Effect.flatMap(SqlClient.SqlClient, (sql) =>
  Effect.gen(function* () {
    // The application role cannot read the migrations table: count what they made instead.
    const applied = yield* sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_class
      WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p', 'i')`
    const role = yield* sql<{ role: string }>`SELECT current_user AS role`
    yield* sql`INSERT INTO people (id, council_id, given_name, family_name, created_at)
               VALUES (gen_random_uuid(), 'northmere', 'Ada', 'Osei', now())`
    const people = yield* sql<{ n: number }>`SELECT count(*)::int AS n FROM people`
    return { applied: applied[0]?.n, role: role[0]?.role, people: people[0]?.n }
  }).pipe(councilScope(sql).withCouncil("northmere")),
)

describe("a new PGlite database from the template", () => {
  it.live("is made once, then every new database starts from it the same as one made without", () =>
    Effect.gen(function* () {
      const dirs = [1, 2].map(() => mkdtempSync(join(tmpdir(), "openpb-pglite-")))
      yield* Effect.addFinalizer(() =>
        Effect.sync(() => {
          for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
        }),
      )
      const [first, second] = dirs as [string, string]
      assert.deepStrictEqual(readdirSync(templates), [])
      // The first new database is made the slow way, and leaves the template behind.
      const made = yield* start(layerDatabase({ dataDir: first }), state)
      const kept = readdirSync(templates)
      assert.strictEqual(kept.length, 1)
      assert.match(kept[0]!, /^pglite-.+-[0-9a-f]{16}\.tar\.gz$/)
      // The next starts from it: every migration applied, the same role, nothing of the first's.
      const fromTemplate = yield* start(layerDatabase({ dataDir: second }), state)
      assert.deepStrictEqual(fromTemplate, made)
      assert.isAbove(made.applied ?? 0, Object.keys(migrations).length)
      assert.strictEqual(made.people, 1)
      assert.isTrue(existsSync(join(second, "PG_VERSION")))
      // In memory too; and a database already made is opened as it is, not from the template.
      assert.deepStrictEqual(yield* start(layerDatabase({}), state), made)
      const reopened = yield* start(layerDatabase({ dataDir: second }), state)
      assert.strictEqual(reopened.people, 2)
    }).pipe(Effect.scoped),
  )

  it.live("is passed over when it is not a database image, and the database is made anyway", () =>
    Effect.gen(function* () {
      const dir = mkdtempSync(join(tmpdir(), "openpb-pglite-"))
      yield* Effect.addFinalizer(() =>
        Effect.sync(() => {
          for (const path of [dir, templates]) rmSync(path, { recursive: true, force: true })
        }),
      )
      for (const name of readdirSync(templates))
        writeFileSync(join(templates, name), "not a tarball")
      const made = yield* start(layerDatabase({ dataDir: dir }), state)
      assert.isAbove(made.applied ?? 0, Object.keys(migrations).length)
      assert.strictEqual(made.people, 1)
    }).pipe(Effect.scoped),
  )
})
