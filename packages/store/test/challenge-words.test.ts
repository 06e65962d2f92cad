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
const id = (n: number) => `0190b6c2-0000-7000-8000-${String(n).padStart(12, "0")}`

describe("migration 0080: challenge results in the complaints regulations' words", () => {
  it.live("maps each stored result to the word with the same meaning, once", () =>
    Effect.gen(function* () {
      const dataDir = mkdtempSync(join(tmpdir(), "openpb-words-"))
      yield* Effect.addFinalizer(() =>
        Effect.sync(() => rmSync(dataDir, { recursive: true, force: true })),
      )
      const ctx = yield* Layer.build(layerPglite({ dataDir }))
      const rows = yield* Effect.gen(function* () {
        yield* migrate
        const sql = yield* SqlClient.SqlClient
        yield* sql`INSERT INTO people (id, council_id, given_name, family_name, created_at)
                   VALUES (${person}, 'northmere', 'Ada', 'Osei', now())`
        // Results as the earlier release wrote them: "upheld" meant the decision stood.
        const old = ["upheld", "overturned", "partly-overturned", "lodged"]
        for (const [n, word] of old.entries()) {
          yield* sql`INSERT INTO decisions (id, council_id, person_id, subject_type, subject_id, kind,
                       outcome, reasons, policy_id, policy_version, inputs, amounts, confirmed_by,
                       made_at, challenge_how, challenge_deadline)
                     VALUES (${id(n + 1)}, 'northmere', ${person}, 'challenge', ${id(n + 11)},
                       ${n === 3 ? "eligibility" : "challenge-outcome"},
                       ${n === 3 ? "eligible" : word},
                       '[{"criterion":"challenge/result","met":true,"text":"Because."}]'::jsonb,
                       'person:reviewer', '1', '{}'::jsonb, '{}'::jsonb, 'reviewer', now(),
                       'Ask the council.', '2027-01-01')`
          yield* sql`INSERT INTO challenges (id, council_id, person_id, decision_id, grounds,
                       lodged_by, lodged_at, deadline, status, version)
                     VALUES (${id(n + 11)}, 'northmere', ${person}, ${id(n + 1)}, 'My grounds',
                       'person', now(), '2027-01-01', ${word}, 1)`
        }
        yield* migrations["0080_challenge_words"]!
        const challenges = yield* sql<{ status: string }>`
          SELECT status FROM challenges ORDER BY id`
        const decisions = yield* sql<{ outcome: string }>`
          SELECT outcome FROM decisions ORDER BY id`
        return {
          challenges: challenges.map((c) => c.status),
          decisions: decisions.map((d) => d.outcome),
        }
      }).pipe(Effect.provide(ctx))
      assert.deepStrictEqual(rows.challenges, ["not-upheld", "upheld", "partly-upheld", "lodged"])
      assert.deepStrictEqual(rows.decisions, ["not-upheld", "upheld", "partly-upheld", "eligible"])
    }).pipe(Effect.scoped),
  )
})
