import { assert, describe, layer } from "@effect/vitest"
import { Actor, CurrentActor } from "@openpb/core"
import { Effect, Exit, Stream } from "effect"
import { SqlClient } from "effect/sql"
import { councilScope } from "../src/CouncilScope.ts"
import { acrossCouncils, layerTestDatabase, seedBudgets, testDatabaseKind } from "../src/testing.ts"
import { councilA, councilB } from "./support.ts"

const scope = SqlClient.SqlClient.useSync((sql) => ({ sql, ...councilScope(sql) }))

describe(`a council-scoped stream on ${testDatabaseKind()}`, () => {
  layer(layerTestDatabase(), { excludeTestServices: true })((it) => {
    it.effect("seeds two councils", () =>
      Effect.gen(function* () {
        yield* seedBudgets(councilA, 2_500, 40)
        yield* seedBudgets(councilB, 30, 3)
      }),
    )

    it.effect("sees only its council's rows, by row-level security, without a WHERE", () =>
      Effect.gen(function* () {
        const { sql, streamWithCouncil } = yield* scope
        const rows = yield* Stream.runCollect(
          streamWithCouncil(councilB)(sql<{ council_id: string }>`SELECT council_id FROM budgets`),
        )
        assert.strictEqual(rows.length, 30)
        assert.isTrue(rows.every((row) => row.council_id === councilB))
      }),
    )

    it.effect("keeps each budget's stream totals equal to its funding streams", () =>
      Effect.gen(function* () {
        const { sql } = yield* scope
        const wrong = yield* acrossCouncils(sql<{
          n: number
        }>`SELECT count(*)::int AS n FROM budgets b
          WHERE b.council_social_care_pence <> (SELECT COALESCE(sum((s ->> 'amountPence')::bigint), 0)
                  FROM jsonb_array_elements(b.funding_streams) s WHERE s ->> 'stream' = 'council-social-care')
             OR b.nhs_health_pence <> (SELECT COALESCE(sum((s ->> 'amountPence')::bigint), 0)
                  FROM jsonb_array_elements(b.funding_streams) s WHERE s ->> 'stream' = 'nhs-health')
             OR b.council_social_care_pence + b.nhs_health_pence <> b.amount_pence`)
        assert.strictEqual(wrong[0]?.n, 0)
      }),
    )

    it.effect("reads in one snapshot that ends with the stream, even when it stops early", () =>
      Effect.gen(function* () {
        const { sql, streamWithCouncil, withCouncil } = yield* scope
        const firstTen = yield* Stream.runCollect(
          streamWithCouncil(councilA)(
            sql<{ id: string }>`SELECT id::text AS id FROM budgets ORDER BY id`,
          ).pipe(Stream.take(10)),
        )
        assert.strictEqual(firstTen.length, 10)
        const first = firstTen[0]!.id
        // The connection went back without an open transaction: a write on it works, and a
        // read-only snapshot would refuse one.
        for (let i = 0; i < 4; i++) {
          const [row] = yield* sql<{
            id: string
          }>`UPDATE budgets SET version = version WHERE id = ${first}::uuid RETURNING id::text AS id`.pipe(
            withCouncil(councilA),
          )
          assert.strictEqual(row?.id, first)
        }
        const all = yield* Stream.runCount(streamWithCouncil(councilA)(sql`SELECT id FROM budgets`))
        assert.strictEqual(all, 2_500)
      }),
    )

    it.effect("refuses a write inside its snapshot", () =>
      Effect.gen(function* () {
        const { sql, streamWithCouncil } = yield* scope
        const exit = yield* Effect.exit(
          Stream.runCollect(
            streamWithCouncil(councilA)(sql`UPDATE budgets SET version = version RETURNING id`),
          ),
        )
        // The database's refusal, as the SQL error it is.
        assert.isTrue(Exit.hasFails(exit))
      }),
    )

    it.effect("is a defect for a council other than the actor's", () =>
      Effect.gen(function* () {
        const { sql, streamWithCouncil } = yield* scope
        const exit = yield* Effect.exit(
          Stream.runCollect(streamWithCouncil(councilB)(sql`SELECT id FROM budgets`)).pipe(
            Effect.provideService(
              CurrentActor,
              new Actor({ subject: "a@northmere", roles: ["finance"], councilId: councilA }),
            ),
          ),
        )
        assert.isTrue(Exit.hasDies(exit))
      }),
    )
  })
})
