import { Actor, CouncilId, CurrentActor, myCaseload } from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { councilScope, layerDatabase, RepositoriesSql } from "@openpb/store"
import { Effect, Layer } from "effect"
import { SqlClient } from "effect/sql"
import { report } from "./report.ts"
import { quantile } from "./stats.ts"

/** Journeys on the measured practitioner's caseload, in either council. */
const MINE = 40

/**
 * Seeds a council of `people` people, each with an active journey: `MINE` of them on the
 * practitioner "pat", the rest spread over other practitioners at 40 each, reviews due over the
 * next 300 days. Rows go in by SQL: the caseload reads columns, never the journey document.
 */
const seedCouncil = (councilId: string, people: number) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    yield* councilScope(sql).withCouncil(CouncilId.make(councilId))(
      Effect.gen(function* () {
        yield* sql`INSERT INTO people (id, council_id, given_name, family_name, created_at)
                   SELECT gen_random_uuid(), ${councilId}, 'Bench', 'Person ' || g, now()
                     FROM generate_series(1, ${people}) g`
        yield* sql`INSERT INTO journeys (id, council_id, person_id, stage, practitioner, next_review_due,
                                         version, opened_at, updated_at, data)
                   SELECT gen_random_uuid(), ${councilId}, p.id, 'active',
                          CASE WHEN p.n <= ${MINE} THEN 'pat' ELSE 'p-' || (p.n / ${MINE}) END,
                          current_date + (p.n % 300)::int, 1, now(), now(), '{}'::jsonb
                     FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM people
                            WHERE council_id = ${councilId}) p`
      }),
    )
    yield* sql.unsafe("ANALYZE people")
    yield* sql.unsafe("ANALYZE journeys")
  })

/**
 * `myCaseload` for one practitioner in a council of 10,000 people and in one of 100,000, called
 * in alternating rounds in the same run: a caseload screen must cost the same whatever the size
 * of the council. Prints p50 and p99 per call at each size; the ratio is p99 at 100k over p99
 * at 10k (at most 2 is the target).
 */
export const caseloadBench = (databaseUrl: string, schema: string, rounds: number) =>
  Effect.gen(function* () {
    yield* seedCouncil("small", 10_000)
    yield* seedCouncil("large", 100_000)
    const pat = (council: string) =>
      new Actor({ subject: "pat", roles: ["practitioner"], councilId: CouncilId.make(council) })
    const call = (council: string) =>
      Effect.gen(function* () {
        const start = performance.now()
        const page = yield* myCaseload({ first: 20 }).pipe(
          Effect.provideService(CurrentActor, pat(council)),
        )
        if (page.items.length !== 20) return yield* Effect.die(`expected 20 entries in ${council}`)
        return performance.now() - start
      })
    for (let i = 0; i < 50; i++) yield* Effect.all([call("small"), call("large")])
    const small: Array<number> = []
    const large: Array<number> = []
    for (let round = 0; round < rounds; round++) {
      // Rotated order, so neither size always runs on a warmer cache.
      const [first, second] = round % 2 === 0 ? ["small", "large"] : ["large", "small"]
      const a = yield* call(first!)
      const b = yield* call(second!)
      ;(first === "small" ? small : large).push(a)
      ;(second === "small" ? small : large).push(b)
    }
    small.sort((x, y) => x - y)
    large.sort((x, y) => x - y)
    const p99Large = quantile(large, 0.99)
    const p99Small = quantile(small, 0.99)
    report({
      name: "api.list.caseload",
      value: Number(p99Large.toFixed(2)),
      unit: "ms p99",
      baseline: "the same call at 10k people",
      baselineValue: Number(p99Small.toFixed(2)),
      ratio: Number((p99Large / p99Small).toFixed(3)),
      p50At100k: Number(quantile(large, 0.5).toFixed(2)),
      p50At10k: Number(quantile(small, 0.5).toFixed(2)),
      calls: rounds,
      schema,
    })
  }).pipe(
    Effect.provide(
      Layer.mergeAll(RepositoriesSql, EnglandDefaultPolicies).pipe(
        Layer.provideMerge(layerDatabase({ databaseUrl, schema, maxConnections: 2 })),
      ),
    ),
  )
