import { assert, describe, it } from "@effect/vitest"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect, Layer } from "effect"
import { SqlClient } from "effect/sql"
import { migrate } from "../src/Migrations.ts"
import { migrations } from "../src/migrations/index.ts"
import { layerPglite } from "../src/PgliteClient.ts"

const person = "0190b6c2-0000-7000-8000-000000000001"
const carer = (n: number) => `0190b6c2-0000-7000-8000-${String(n + 100).padStart(12, "0")}`

describe("migration 0090: a carer's one consent becomes scopes", () => {
  it.live(
    "gives a carer who could view the record the plan and money scopes, and no more; a carer without consent gets none",
    () =>
      Effect.gen(function* () {
        const dataDir = mkdtempSync(join(tmpdir(), "openpb-scopes-"))
        yield* Effect.addFinalizer(() =>
          Effect.sync(() => rmSync(dataDir, { recursive: true, force: true })),
        )
        const ctx = yield* Layer.build(layerPglite({ dataDir }))
        const scopes = yield* Effect.gen(function* () {
          yield* migrate
          const sql = yield* SqlClient.SqlClient
          // The table as the earlier release left it.
          yield* sql`ALTER TABLE carers DROP COLUMN consent_scopes`
          yield* sql`ALTER TABLE carers ADD COLUMN consent_to_view boolean NOT NULL DEFAULT false`
          yield* sql`INSERT INTO people (id, council_id, given_name, family_name, created_at)
                     VALUES (${person}, 'northmere', 'Ada', 'Osei', now())`
          for (const [n, consent] of [true, false].entries())
            yield* sql`INSERT INTO carers (id, council_id, person_id, name, relationship, subject,
                         consent_to_view, nominated_person, version)
                       VALUES (${carer(n)}, 'northmere', ${person}, 'Cara', 'sister', ${`c${n}`},
                         ${consent}, false, 1)`
          yield* migrations["0090_consent_scopes"]!
          const rows = yield* sql<{ consent_scopes: ReadonlyArray<string> }>`
            SELECT consent_scopes FROM carers ORDER BY id`
          return rows.map((r) => [...r.consent_scopes])
        }).pipe(Effect.provide(ctx))
        assert.deepStrictEqual(scopes, [["view-plan", "view-money"], []])
      }).pipe(Effect.scoped),
  )
})
