import { execFileSync } from "node:child_process"
import {
  Actor,
  AuditLog,
  CouncilId,
  CurrentActor,
  nowIso,
  PersonId,
  RequestContext,
  whoSawMyRecord,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { councilScope, layerDatabase, RepositoriesSql } from "@openpb/store"
import { Effect, Layer } from "effect"
import { SqlClient } from "effect/sql"
import { report } from "./report.ts"
import { quantile } from "./stats.ts"

const council = CouncilId.make("bench")
/** The person whose trail is read: the same 200 rows in either trail. */
const measured = PersonId.make("0190b6c2-0000-7000-8000-0000000000aa")
const MINE = 200

const staff = new Actor({ subject: "pat", roles: ["practitioner"], councilId: council })
const self = new Actor({
  subject: "ada",
  roles: ["person"],
  councilId: council,
  personId: measured,
})

/**
 * Partitions for the year before this month, made as the owner (the application role cannot
 * create tables), so the seeded rows sit in monthly partitions as a year of use leaves them.
 */
const addPastPartitions = (databaseUrl: string, schema: string) =>
  execFileSync("psql", [
    databaseUrl,
    "-qc",
    `SET search_path TO ${schema};
     SELECT audit_log_add_partition(now() - make_interval(months => m)) FROM generate_series(1, 12) m`,
  ])

/**
 * A trail of `rows` rows over the past year: the measured person's `MINE` reads among reads of
 * 100,000 other people by 500 members of staff. One `INSERT ... SELECT generate_series`.
 */
const seedTrail = (rows: number) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    yield* councilScope(sql).withCouncil(council)(
      Effect.gen(function* () {
        yield* sql`INSERT INTO people (id, council_id, given_name, family_name, created_at)
                   VALUES (${measured}, ${council}, 'Ada', 'Bench', now())`
        yield* sql`INSERT INTO audit_log (council_id, actor_subject, actor_roles, operation, kind,
                                          person_id, api, request_id, purpose, at)
                   SELECT ${council}, 'staff-' || (g % 500), ARRAY['practitioner'], 'person.read',
                          'read',
                          CASE WHEN g % ${Math.floor(rows / MINE)} = 0 THEN ${measured}
                               ELSE 'p-' || (g % 100000) END,
                          'trpc', 'seed-' || g, NULL, now() - (g % 365) * interval '1 day'
                   FROM generate_series(1, ${rows}) g`
      }),
    )
    yield* sql.unsafe("ANALYZE audit_log")
  })

const timed = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.gen(function* () {
    const start = performance.now()
    yield* effect
    return performance.now() - start
  })

/** One read recorded as a request records it: stored before it returns. */
const insertOne = (n: number) =>
  Effect.gen(function* () {
    yield* (yield* AuditLog).recordRead({
      councilId: council,
      actorSubject: staff.subject,
      actorRoles: staff.roles,
      operation: "person.read",
      kind: "read",
      personId: `p-${n % 100000}`,
      api: "trpc",
      requestId: `bench-${n}`,
      purpose: null,
      at: yield* nowIso,
    })
  })

/** "Who saw my record", as the person asks it: access check (itself audited) and search. */
const whoSaw = whoSawMyRecord({ personId: measured }).pipe(
  Effect.provideService(CurrentActor, self),
  Effect.provideService(RequestContext, { api: "trpc", requestId: "bench", purpose: null }),
  Effect.flatMap((rows) =>
    rows.length >= MINE ? Effect.void : Effect.die(`expected ${MINE} rows, got ${rows.length}`),
  ),
)

const layerFor = (databaseUrl: string, schema: string) =>
  Layer.mergeAll(RepositoriesSql, EnglandDefaultPolicies).pipe(
    Layer.provideMerge(layerDatabase({ databaseUrl, schema, maxConnections: 2 })),
  )

/**
 * Recording a read and answering "who saw my record" on a trail of `rows` rows against the same
 * calls on a trail of 10,000, both monthly-partitioned, in alternating rounds in the same run:
 * neither may slow down as the trail grows. Each prints p50 and p99 per call at both sizes; the
 * ratio is p99 at `rows` over p99 at 10,000 (at most 2 is the target).
 */
export const auditTrailBench = (
  databaseUrl: string,
  schema: string,
  rows: number,
  rounds: number,
) =>
  Effect.gen(function* () {
    const large = yield* Layer.build(layerFor(databaseUrl, `${schema}_large`))
    const small = yield* Layer.build(layerFor(databaseUrl, `${schema}_small`))
    addPastPartitions(databaseUrl, `${schema}_large`)
    addPastPartitions(databaseUrl, `${schema}_small`)
    const seedStart = performance.now()
    yield* seedTrail(rows).pipe(Effect.provide(large))
    const seedSeconds = (performance.now() - seedStart) / 1000
    yield* seedTrail(10_000).pipe(Effect.provide(small))
    const partitions = yield* Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const [row] = yield* sql<{ n: number }>`
        SELECT count(*)::int AS n FROM pg_inherits WHERE inhparent = 'audit_log'::regclass`
      return row!.n
    }).pipe(Effect.provide(large))

    const measure = <E>(
      name: string,
      call: (n: number) => Effect.Effect<unknown, E, Layer.Success<ReturnType<typeof layerFor>>>,
    ) =>
      Effect.gen(function* () {
        const at = { large: [] as Array<number>, small: [] as Array<number> }
        const once = (size: "large" | "small", n: number) =>
          timed(call(n)).pipe(
            Effect.provide(size === "large" ? large : small),
            Effect.provideService(CurrentActor, staff),
          )
        for (let i = 0; i < 50; i++) yield* Effect.all([once("small", i), once("large", i)])
        for (let round = 0; round < rounds; round++) {
          // Rotated order, so neither size always runs on a warmer cache.
          const order =
            round % 2 === 0 ? (["small", "large"] as const) : (["large", "small"] as const)
          for (const size of order) at[size].push(yield* once(size, round))
        }
        at.large.sort((x, y) => x - y)
        at.small.sort((x, y) => x - y)
        const p99Large = quantile(at.large, 0.99)
        const p99Small = quantile(at.small, 0.99)
        report({
          name,
          value: Number(p99Large.toFixed(2)),
          unit: "ms p99",
          baseline: "the same call on a trail of 10k rows",
          baselineValue: Number(p99Small.toFixed(2)),
          ratio: Number((p99Large / p99Small).toFixed(3)),
          p50Large: Number(quantile(at.large, 0.5).toFixed(2)),
          p50Small: Number(quantile(at.small, 0.5).toFixed(2)),
          rows,
          partitions,
          seedSeconds: Number(seedSeconds.toFixed(1)),
          calls: rounds,
        })
      })

    yield* measure("audit.insert", insertOne)
    yield* measure("audit.whoSawMyRecord", () => whoSaw)
  }).pipe(Effect.scoped)
