import { assert, describe, it, layer } from "@effect/vitest"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  Actor,
  type AuditEntry,
  AuditLog,
  Contracts,
  CurrentActor,
  invokeUseCase,
  PersonId,
  RequestContext,
  recordShown,
  registerPerson,
  whoSawMyRecord,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { Clock, Effect, Exit, Layer } from "effect"
import { Migrator, SqlClient } from "effect/sql"
import { councilScope } from "../src/CouncilScope.ts"
import { MIGRATIONS_TABLE, migrate } from "../src/Migrations.ts"
import { migrations } from "../src/migrations/index.ts"
import { layerPglite } from "../src/PgliteClient.ts"
import { layerTestRuntime, layerTestStore, testDatabaseKind } from "../src/testing.ts"
import { councilA } from "./support.ts"

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  councilId: councilA,
  actorSubject: "reader",
  actorRoles: ["practitioner"],
  operation: "person.read",
  kind: "read",
  personId: null,
  api: "trpc",
  requestId: "r-1",
  purpose: null,
  at: "2026-11-24T09:00:00.000Z",
  ...overrides,
})

/** What the trail holds for one request, read as the application role under the council. */
const rowsOf = (requestId: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    return yield* sql<{ person_id: string | null; kind: string; partition: string }>`
      SELECT person_id, kind, tableoid::regclass::text AS partition FROM audit_log
      WHERE request_id = ${requestId} ORDER BY position`.pipe(
      councilScope(sql).withCouncil(councilA),
    )
  })

const monthPartition = (instant: string) =>
  `audit_log_${instant.slice(0, 4)}_${instant.slice(5, 7)}`

describe("migration 0150: the audit trail partitioned by month", () => {
  it.live(
    "keeps every stored row and its position, and refuses UPDATE and DELETE even to the owner",
    () =>
      Effect.gen(function* () {
        const dataDir = mkdtempSync(join(tmpdir(), "openpb-audit-"))
        yield* Effect.addFinalizer(() =>
          Effect.sync(() => rmSync(dataDir, { recursive: true, force: true })),
        )
        const ctx = yield* Layer.build(layerPglite({ dataDir }))
        yield* Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          // The database as the release before this one left it.
          yield* Migrator.make({})({
            loader: Migrator.fromRecord(
              Object.fromEntries(Object.entries(migrations).filter(([id]) => id < "0150")),
            ),
            table: MIGRATIONS_TABLE,
          })
          const stored = [
            "2025-03-31T23:59:59.999Z",
            "2026-11-01T00:00:00.000Z",
            "1999-12-31T12:00:00.000Z",
          ]
          for (const [n, at] of stored.entries())
            yield* sql`INSERT INTO audit_log (council_id, actor_subject, actor_roles, operation,
                         kind, person_id, api, request_id, purpose, at)
                       VALUES ('northmere', 'old', ARRAY['auditor'], 'person.read', 'read',
                         ${`person-${n}`}, 'trpc', 'before', 'case 7', ${at})`
          const before = yield* sql<{
            position: string
          }>`SELECT position::text FROM audit_log ORDER BY position`
          yield* migrate
          const after = yield* sql<{
            position: string
            person_id: string
            at: Date
            partition: string
          }>`
            SELECT position::text, person_id, at, tableoid::regclass::text AS partition
            FROM audit_log ORDER BY position`
          assert.deepStrictEqual(
            after.map((r) => r.position),
            before.map((r) => r.position),
          )
          assert.deepStrictEqual(
            after.map((r) => [r.person_id, new Date(r.at).toISOString(), r.partition]),
            stored.map((at, n) => [`person-${n}`, at, monthPartition(at)]),
          )
          // Positions carry on from the old table's.
          const [next] = yield* sql<{ position: string }>`
            INSERT INTO audit_log (council_id, actor_subject, actor_roles, operation, kind,
                                   api, request_id, at)
            VALUES ('northmere', 'new', ARRAY['auditor'], 'person.read', 'read', 'trpc', 'after',
                    '2026-11-24T09:00:00Z')
            RETURNING position::text`
          assert.isAbove(Number(next!.position), Number(before.at(-1)!.position))
          // The trigger binds every partition and the owner, who is a superuser here.
          for (const statement of [
            `UPDATE audit_log SET purpose = 'rewritten'`,
            `DELETE FROM audit_log`,
            `DELETE FROM audit_log_2026_11`,
          ]) {
            const refused = yield* Effect.exit(sql.unsafe(statement))
            assert.isTrue(Exit.isFailure(refused), statement)
          }
          const [count] = yield* sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`
          assert.strictEqual(count!.n, 4)
        }).pipe(Effect.provide(ctx))
      }).pipe(Effect.scoped),
  )
})

const reader = new Actor({ subject: "pat", roles: ["practitioner"], councilId: councilA })

layer(layerTestStore(), { excludeTestServices: true })(
  `the audit trail on ${testDatabaseKind()}`,
  (it) => {
    it.effect("a read is stored before recordRead returns, in its month's partition", () =>
      Effect.gen(function* () {
        const now = new Date(yield* Clock.currentTimeMillis).toISOString()
        yield* (yield* AuditLog).recordRead(entry({ requestId: "durable", at: now }))
        // No flush: another connection's reader finds it already there.
        assert.deepStrictEqual(yield* rowsOf("durable"), [
          { person_id: null, kind: "read", partition: monthPartition(now) },
        ])
      }),
    )

    it.effect("the application role can neither change nor remove an audit row", () =>
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        yield* (yield* AuditLog).recordRead(entry({ requestId: "kept" }))
        const { withCouncil } = councilScope(sql)
        for (const statement of [
          sql`UPDATE audit_log SET purpose = 'rewritten' WHERE request_id = 'kept'`,
          sql`DELETE FROM audit_log WHERE request_id = 'kept'`,
          sql`TRUNCATE audit_log`,
        ]) {
          const refused = yield* Effect.exit(statement.pipe(withCouncil(councilA)))
          assert.isTrue(Exit.isFailure(refused))
        }
        assert.strictEqual((yield* rowsOf("kept")).length, 1)
      }),
    )

    it.effect("a list names each person it showed, one row each, found by who saw my record", () =>
      Effect.gen(function* () {
        const admin = new Actor({ subject: "adm", roles: ["council-admin"], councilId: councilA })
        const shown = yield* Effect.forEach([1, 2, 3], (n) =>
          registerPerson({ givenName: "Shown", familyName: `Person ${n}` }).pipe(
            Effect.map((person) => person.id),
            Effect.provideService(CurrentActor, admin),
          ),
        )
        yield* recordShown("budget.list", [...shown, shown[0]!]).pipe(
          Effect.provideService(RequestContext, {
            api: "graphql",
            requestId: "list-1",
            purpose: null,
          }),
          Effect.provideService(CurrentActor, reader),
        )
        assert.deepStrictEqual(
          (yield* rowsOf("list-1")).map((r) => [r.person_id, r.kind]),
          shown.map((id) => [id, "read"]),
        )
        for (const personId of shown) {
          const seen = yield* whoSawMyRecord({ personId }).pipe(
            Effect.provideService(
              CurrentActor,
              new Actor({ subject: "self", roles: ["person"], councilId: councilA, personId }),
            ),
          )
          assert.deepStrictEqual(
            seen.filter((e) => e.kind === "read").map((e) => [e.who, e.what]),
            [["pat", "budget.list"]],
          )
        }
      }),
    )
  },
)

layer(layerTestRuntime(EnglandDefaultPolicies), { excludeTestServices: true })(
  `the audit trail of use cases run for an API, on ${testDatabaseKind()}`,
  (it) => {
    it.effect(
      "a registration and a query answered each leave one row naming the person; a query failing after its check, none",
      () =>
        Effect.gen(function* () {
          const admin = new Actor({
            subject: "adm-2",
            roles: ["council-admin"],
            councilId: councilA,
          })
          const person = yield* invokeUseCase(Contracts.RegisterPerson, {
            givenName: "Nia",
            familyName: "Read",
          }).pipe(Effect.provideService(CurrentActor, admin))
          yield* invokeUseCase(Contracts.GetPerson, { personId: person.id }).pipe(
            Effect.provideService(CurrentActor, admin),
          )
          const trail = yield* (yield* AuditLog).search({
            councilId: councilA,
            personId: person.id,
            limit: 10,
          })
          assert.deepStrictEqual(
            trail.map((e) => [e.actorSubject, e.operation, e.kind]),
            [
              ["adm-2", "person.read", "read"],
              ["adm-2", "person.register", "write"],
            ],
          )
          // The access check lets a council-wide reader look; no such person: no row says shown.
          const missing = PersonId.make("0190b6c2-0000-7000-8000-0000000000ff")
          yield* Effect.flip(
            invokeUseCase(Contracts.GetPerson, { personId: missing }).pipe(
              Effect.provideService(CurrentActor, admin),
            ),
          )
          const none = yield* (yield* AuditLog).search({
            councilId: councilA,
            personId: missing,
            limit: 10,
          })
          assert.deepStrictEqual(none, [])
        }),
    )
  },
)
