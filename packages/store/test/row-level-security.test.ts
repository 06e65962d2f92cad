import { assert, describe, layer } from "@effect/vitest"
import {
  AccountTransactionRepository,
  Actor,
  AuditLog,
  addCarer,
  allocateDue,
  BudgetId,
  type CouncilId,
  CurrentActor,
  generateCaseloadCsv,
  ImportRunRepository,
  importDirectory,
  lodgeChallenge,
  runExport,
  PersonId,
  PersonRepository,
  runCaseloadImport,
  subscribeWebhook,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { Clock, Effect, Exit, Layer } from "effect"
import { SqlClient } from "effect/sql"
import { APPLICATION_ROLE, councilScope } from "../src/CouncilScope.ts"
import {
  acrossCouncils,
  layerTestRuntime,
  makeTestClock,
  testDatabaseKind,
} from "../src/testing.ts"
import { activeBudget } from "./ledgerSupport.ts"
import { councilA, councilB } from "./support.ts"

const tenantTables = [
  "people",
  "budgets",
  "carers",
  "journeys",
  "decisions",
  "challenges",
  "row_history",
  "domain_events",
  "audit_log",
  "ledger_postings",
  "ledger_entries",
  "ledger_balances",
  "ledger_schedules",
  "export_runs",
  "directory_entries",
  "webhook_subscriptions",
  "webhook_deliveries",
  "account_transactions",
  "import_runs",
  "import_sources",
  "import_files",
] as const

const officerOf = (councilId: CouncilId) =>
  new Actor({
    subject: `officer@${councilId}`,
    roles: ["finance", "council-admin", "approver"],
    councilId,
  })

const time = makeTestClock()

/** A council's data in every tenant table, written through the use cases and repositories. */
const seed = (councilId: CouncilId) =>
  Effect.gen(function* () {
    // Subscribed first, so the council's events below are queued for it.
    yield* subscribeWebhook({
      url: "https://hooks.example.org/rls",
      eventTypes: ["PersonRegistered", "BudgetCreated"],
    })
    const { personId, budgetId, contingencyDecisionId } = yield* activeBudget(
      `Rls${councilId.slice(0, 4)}`,
      undefined,
      officerOf(councilId),
    )
    yield* allocateDue({ budgetId })
    yield* addCarer({ personId, name: "Sam Carer", relationship: "sibling" })
    yield* lodgeChallenge({ decisionId: contingencyDecisionId, grounds: "too short" })
    yield* importDirectory({
      content: [{ id: "rls-club", name: "A lunch club", organization: { name: "Neighbours" } }],
    })
    yield* runExport({ exporterId: "budgets", format: "csv" }).pipe(
      Effect.provideService(
        CurrentActor,
        new Actor({ subject: "finance", roles: ["finance"], councilId }),
      ),
    )
    // A line of the direct-payment account's statement, and a caseload brought in from a file.
    yield* (yield* AccountTransactionRepository).upsert(
      councilId,
      BudgetId.make(budgetId),
      "card-csv",
      {
        sourceId: `rls-${councilId}`,
        status: "booked",
        bookingDate: "2026-11-24",
        amountPence: -1_250,
        counterparty: "A cafe",
        reference: "",
      },
      "queued",
    )
    const imported = yield* runCaseloadImport({
      csv: [generateCaseloadCsv(2, 0).csv],
      sourceSystem: "legacy",
      fileName: "caseload.csv",
      dryRun: false,
    })
    // A running import's file, as its job reads it (an ended run's is gone).
    yield* (yield* ImportRunRepository).saveFile(councilId, imported.id, {
      csv: "source_id\r\n",
      requestedRoles: ["council-admin"],
    })
    return personId
  }).pipe(
    Effect.provideService(CurrentActor, officerOf(councilId)),
    Effect.provideService(Clock.Clock, time.clock),
  )

const seeded = Layer.effectDiscard(
  Effect.gen(function* () {
    yield* seed(councilA)
    yield* seed(councilB)
    yield* (yield* AuditLog).flush
  }),
).pipe(Layer.provideMerge(layerTestRuntime(EnglandDefaultPolicies)))

/** The statement as a repository would run it for that council, without any council filter. */
const scopedTo =
  (councilId: CouncilId) =>
  <A, E, R>(effect: Effect.Effect<A, E, R>) =>
    Effect.flatMap(SqlClient.SqlClient, (sql) =>
      effect.pipe(councilScope(sql).withCouncil(councilId)),
    )

const councilsIn = (table: string) =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    Effect.map(sql<{ council_id: string }>`SELECT council_id FROM ${sql(table)}`, (rows) =>
      rows.map((r) => r.council_id),
    ),
  )

describe(`row-level security on ${testDatabaseKind()}`, () => {
  layer(seeded, { excludeTestServices: true })((it) => {
    it.effect("with the council filter removed, every tenant table shows one council's rows", () =>
      Effect.gen(function* () {
        for (const table of tenantTables) {
          const a = yield* scopedTo(councilA)(councilsIn(table))
          const b = yield* scopedTo(councilB)(councilsIn(table))
          const all = yield* acrossCouncils(councilsIn(table))
          assert.isAbove(a.length, 0, `${table} has rows of ${councilA}`)
          assert.isAbove(b.length, 0, `${table} has rows of ${councilB}`)
          assert.deepStrictEqual(new Set(a), new Set([councilA]), table)
          assert.deepStrictEqual(new Set(b), new Set([councilB]), table)
          assert.strictEqual(a.length + b.length, all.length, table)
        }
      }).pipe(Effect.orDie),
    )

    it.effect("with no council set, nothing is returned, even after a scoped statement", () =>
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        for (const table of tenantTables) {
          yield* scopedTo(councilA)(councilsIn(table))
          assert.deepStrictEqual(yield* councilsIn(table), [], table)
          assert.deepStrictEqual(yield* sql.withTransaction(councilsIn(table)), [], table)
        }
      }).pipe(Effect.orDie),
    )

    it.effect("a row for another council is refused while scoped to one", () =>
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        const insert = yield* scopedTo(councilA)(
          sql`INSERT INTO people (id, council_id, given_name, family_name, created_at)
              VALUES ('0190b6c2-0000-7000-8000-0000000000b1', ${councilB}, 'Not', 'Mine', now())`,
        ).pipe(Effect.flip)
        assert.strictEqual(insert.reason._tag, "AuthorizationError")
        const move = yield* scopedTo(councilA)(
          sql`UPDATE people SET council_id = ${councilB}`,
        ).pipe(Effect.flip)
        assert.strictEqual(move.reason._tag, "AuthorizationError")
        const touched = yield* scopedTo(councilA)(
          sql<{ council_id: string }>`UPDATE budgets SET version = version RETURNING council_id`,
        )
        assert.isAbove(touched.length, 0)
        assert.deepStrictEqual(new Set(touched.map((r) => r.council_id)), new Set([councilA]))
      }),
    )

    it.effect("one audit batch holds several councils' reads, each under its own council", () =>
      Effect.gen(function* () {
        const audit = yield* AuditLog
        const read = (councilId: CouncilId) => ({
          councilId,
          actorSubject: `reader@${councilId}`,
          actorRoles: ["auditor"],
          operation: "person.read",
          kind: "read" as const,
          personId: null,
          api: "system",
          requestId: "batch",
          purpose: null,
          at: "2026-11-24T09:00:00.000Z",
        })
        yield* audit.recordRead(read(councilA))
        yield* audit.recordRead(read(councilB))
        yield* audit.recordRead(read(councilA))
        yield* audit.flush
        for (const [councilId, expected] of [
          [councilA, 2],
          [councilB, 1],
        ] as const) {
          const found = yield* audit.search({
            councilId,
            actorSubject: `reader@${councilId}`,
            limit: 10,
          })
          assert.strictEqual(found.length, expected, councilId)
        }
      }),
    )

    it.effect("audit batches of any size keep each entry, its roles and its order", () =>
      Effect.gen(function* () {
        const audit = yield* AuditLog
        const subject = `batcher@${councilA}`
        let n = 0
        const read = () => ({
          councilId: councilA,
          actorSubject: subject,
          actorRoles: n % 2 === 0 ? ["auditor"] : ["finance", "approver"],
          operation: "person.read",
          kind: "read" as const,
          personId: n % 3 === 0 ? null : `person-${n}`,
          api: "trpc",
          requestId: `request-${n++}`,
          purpose: n % 4 === 0 ? 'case 1234, it\'s "urgent"' : null,
          at: "2026-11-24T09:00:00.000Z",
        })
        for (const size of [1, 2, 7, 40]) {
          for (let i = 0; i < size; i++) yield* audit.recordRead(read())
          yield* audit.flush
        }
        yield* audit.recordWrite({ ...read(), kind: "write", operation: "person.register" })
        const found = yield* audit.search({
          councilId: councilA,
          actorSubject: subject,
          limit: 100,
        })
        assert.deepStrictEqual(
          found.map((e) => e.requestId),
          Array.from({ length: 51 }, (_, i) => `request-${50 - i}`),
        )
        assert.deepStrictEqual(found[0]?.kind, "write")
        assert.deepStrictEqual(found.at(-1)?.actorRoles, ["auditor"])
        assert.deepStrictEqual(found.at(-2)?.actorRoles, ["finance", "approver"])
        assert.deepStrictEqual(found.at(-2)?.personId, "person-1")
        assert.deepStrictEqual(found.at(-4)?.purpose, 'case 1234, it\'s "urgent"')
      }),
    )

    it.effect("a repository asked for another council than its actor's is a defect", () =>
      Effect.gen(function* () {
        const people = yield* PersonRepository
        const exit = yield* people
          .findById(councilB, PersonId.make("0190b6c2-0000-7000-8000-000000000000"))
          .pipe(Effect.provideService(CurrentActor, officerOf(councilA)), Effect.exit)
        assert.isTrue(Exit.hasDies(exit))
      }),
    )

    it.effect(
      "the application role is not a superuser and does not bypass row-level security",
      () =>
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          const [role] = yield* sql<{ name: string; rolsuper: boolean; rolbypassrls: boolean }>`
          SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`
          assert.deepStrictEqual(role, {
            name: APPLICATION_ROLE,
            rolsuper: false,
            rolbypassrls: false,
          })
        }).pipe(Effect.orDie),
    )

    it.effect("every table but the migrations' own is under a forced council policy", () =>
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        const rows = yield* sql<{ table: string; isolated: boolean }>`
          SELECT c.relname AS table,
                 c.relrowsecurity AND c.relforcerowsecurity
                   AND EXISTS (SELECT FROM pg_policy p WHERE p.polrelid = c.oid
                                 AND p.polname = 'council_isolation') AS isolated
          FROM pg_class c
          WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
          ORDER BY c.relname`
        assert.deepStrictEqual(
          rows.filter((r) => !r.isolated).map((r) => r.table),
          ["openpb_migrations"],
        )
        // The audit trail's monthly partitions are isolated too; the tables are their parents.
        const partitions = /^audit_log_(\d{4}_\d{2}|default)$/
        assert.isAbove(rows.filter((r) => partitions.test(r.table)).length, 12)
        assert.deepStrictEqual(
          rows
            .filter((r) => r.isolated && !partitions.test(r.table))
            .map((r) => r.table)
            .sort(),
          [...tenantTables].sort(),
        )
      }).pipe(Effect.orDie),
    )
  })
})
