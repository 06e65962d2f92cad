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
const uuid = (n: number) => `0190b6c2-0000-7000-8000-${String(n + 100).padStart(12, "0")}`
const line = (id: string, deliveryMechanism: string) => ({ id, deliveryMechanism })

/** Just what the migration reads of a journey: its plans' lines and the approval in force. */
const journeys = {
  // Approved at version 2, whose lines are held two ways: mixed.
  revisedToMixed: {
    plans: [
      { version: 1, content: { lines: [line("a", "third-party")] } },
      { version: 2, content: { lines: [line("a", "third-party"), line("b", "notional")] } },
    ],
    approved: { planVersion: 2 },
  },
  // Held two ways in the plan, but the council-arranged line was refused: third-party.
  refusedLine: {
    plans: [{ version: 1, content: { lines: [line("a", "third-party"), line("b", "notional")] } }],
    approved: { planVersion: 1, refusedLines: [{ lineId: "b" }] },
  },
  // Held by a third party alone.
  thirdPartyOnly: {
    plans: [{ version: 1, content: { lines: [line("a", "third-party")] } }],
    approved: { planVersion: 1 },
  },
  // Not approved yet: nothing says how it is held.
  notApproved: {
    plans: [
      { version: 1, content: { lines: [line("a", "direct-payment"), line("b", "notional")] } },
    ],
    approved: null,
  },
}

describe("migration 0100: budgets held in more than one way become mixed", () => {
  it.live(
    "marks a third-party budget mixed only when its approved lines in force use more than one mechanism",
    () =>
      Effect.gen(function* () {
        const dataDir = mkdtempSync(join(tmpdir(), "openpb-mixed-"))
        yield* Effect.addFinalizer(() =>
          Effect.sync(() => rmSync(dataDir, { recursive: true, force: true })),
        )
        const ctx = yield* Layer.build(layerPglite({ dataDir }))
        const stored = yield* Effect.gen(function* () {
          yield* migrate
          const sql = yield* SqlClient.SqlClient
          yield* sql`INSERT INTO people (id, council_id, given_name, family_name, created_at)
                     VALUES (${person}, 'northmere', 'Ada', 'Osei', now())`
          for (const [n, data] of Object.values(journeys).entries()) {
            // As the earlier release stored a budget of several mechanisms: third-party.
            yield* sql`INSERT INTO budgets (id, council_id, person_id, status, amount_pence,
                         funding_streams, delivery_mechanism, version, created_at)
                       VALUES (${uuid(n)}, 'northmere', ${person}, 'active', 0, '[]'::jsonb,
                         'third-party', 1, now())`
            yield* sql`INSERT INTO journeys (id, council_id, person_id, stage, budget_id, version,
                         opened_at, updated_at, data)
                       VALUES (${uuid(n + 50)}, 'northmere', ${person}, 'active', ${uuid(n)}, 1,
                         now(), now(), ${JSON.stringify(data)}::jsonb)`
          }
          yield* migrations["0100_mixed_delivery_mechanism"]!
          const rows = yield* sql<{ delivery_mechanism: string }>`
            SELECT delivery_mechanism FROM budgets ORDER BY id`
          return rows.map((r) => r.delivery_mechanism)
        }).pipe(Effect.provide(ctx))
        assert.deepStrictEqual(stored, ["mixed", "third-party", "third-party", "third-party"])
      }).pipe(Effect.scoped),
  )
})
