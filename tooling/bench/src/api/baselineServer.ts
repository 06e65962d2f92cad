/**
 * The API bench's baseline: a plain Hono app on the same HTTP server and the same SQL driver
 * (effect's `@effect/sql-pg`) as the reference council, doing the same statements with nothing
 * around them: no token, no access check, no audit, no row-level security scoping. It connects as
 * the database URL's own user in the council's schema. Started by `pnpm bench:api` only.
 *
 * Without BASELINE_DATABASE_URL it serves /health alone: the start-up baseline.
 */
import { PgClient } from "@effect/sql-pg"
import { serve } from "@hono/node-server"
import { Effect, type Layer, ManagedRuntime, Redacted } from "effect"
import { SqlClient } from "effect/sql"
import { Hono } from "hono"

const port = Number(process.env.PORT)
const databaseUrl = process.env.BASELINE_DATABASE_URL
const schema = process.env.BASELINE_SCHEMA
const councilId = process.env.BASELINE_COUNCIL ?? ""

/** The columns `person.get` reads (the store's `PERSON_COLUMNS`). */
const personColumns = `id, council_id, given_name, family_name, date_of_birth::text AS date_of_birth,
  created_at, nhs_number, contact, preferred_language, interpreter_needed,
  ethnicity, sex, equality_consented, research_consent, own_statement`

const app = new Hono()
app.get("/health", (c) => c.json({ ok: true }))

if (databaseUrl !== undefined) {
  const runtime = ManagedRuntime.make(
    PgClient.layer({
      url: Redacted.make(databaseUrl),
      maxConnections: 10,
      applicationName: "openpb-bench-baseline",
      ...(schema === undefined ? {} : { startupParameters: { search_path: schema } }),
    }) as Layer.Layer<SqlClient.SqlClient, unknown>,
  )
  const sql = await runtime.runPromise(SqlClient.SqlClient)

  app.get("/person/:id", async (c) => {
    const rows = await runtime.runPromise(
      sql`SELECT ${sql.literal(personColumns)} FROM people
           WHERE council_id = ${councilId} AND id = ${c.req.param("id")}`,
    )
    return rows[0] === undefined ? c.json({ error: "not found" }, 404) : c.json(rows[0])
  })

  /**
   * The same SELECT with the statements the platform wraps a read in: a transaction, the council
   * (and the clock) set for row-level security, and the read's audit record written before the
   * answer. What the plumbing costs beyond this is the stack's, not the domain's.
   */
  app.get("/person-audited/:id", async (c) => {
    const personId = c.req.param("id")
    const now = new Date().toISOString()
    const rows = await runtime.runPromise(
      sql.withTransaction(
        Effect.gen(function* () {
          yield* sql`SELECT set_config('openpb.council_id', ${councilId}, true),
                            set_config('openpb.recorded_at', ${now}, true)`
          const found = yield* sql`SELECT ${sql.literal(personColumns)} FROM people
                                    WHERE council_id = ${councilId} AND id = ${personId}`
          yield* sql`INSERT INTO audit_log (council_id, actor_subject, actor_roles, operation,
                                            kind, person_id, api, request_id, purpose, at)
                     VALUES (${councilId}, 'bench', '{council-admin}', 'person.get', 'read',
                             ${personId}, 'trpc', ${crypto.randomUUID()}, NULL, ${now}::timestamptz)`
          return found
        }),
      ),
    )
    return rows[0] === undefined ? c.json({ error: "not found" }, 404) : c.json(rows[0])
  })

  /** A page of budgets with each holder's name: the budgets' columns and the people's, joined. */
  app.get("/budgets", async (c) => {
    const rows = await runtime.runPromise(
      sql`SELECT b.id, b.council_id, b.person_id, b.status, b.amount_pence, b.funding_streams,
                 b.delivery_mechanism, b.version, b.created_at, p.given_name, p.family_name
            FROM budgets b JOIN people p ON p.id = b.person_id
           WHERE b.council_id = ${councilId}
           ORDER BY b.id LIMIT 20`,
    )
    // The driver reads int8 as bigint, which JSON does not carry.
    const body = JSON.stringify(rows, (_, value) =>
      typeof value === "bigint" ? Number(value) : value,
    )
    return c.body(body, 200, { "content-type": "application/json" })
  })

  /** The rows a referral writes: the journey, its domain event and the audit record, together. */
  app.post("/refer", async (c) => {
    const { personId } = (await c.req.json()) as { personId: string }
    const id = crypto.randomUUID()
    const now = new Date().toISOString()
    await runtime.runPromise(
      sql.withTransaction(
        Effect.gen(function* () {
          yield* sql`INSERT INTO journeys (id, council_id, person_id, stage, practitioner, adviser,
                                           budget_id, next_review_due, version, opened_at,
                                           updated_at, data, contracted_providers)
                     VALUES (${id}, ${councilId}, ${personId}, 'considering', NULL, NULL, NULL,
                             NULL, 1, ${now}::timestamptz, ${now}::timestamptz,
                             ${JSON.stringify({ referral: { source: "self" } })}::jsonb, '{}')`
          yield* sql`INSERT INTO domain_events (council_id, type, aggregate_type, aggregate_id,
                                                actor_subject, payload)
                     VALUES (${councilId}, 'JourneyOpened', 'journey', ${id}, 'bench',
                             ${JSON.stringify({ personId })}::jsonb)`
          yield* sql`INSERT INTO audit_log (council_id, actor_subject, actor_roles, operation,
                                            kind, person_id, api, request_id, purpose, at)
                     VALUES (${councilId}, 'bench', '{council-admin}', 'journey.refer', 'write',
                             ${personId}, 'http', ${id}, NULL, ${now}::timestamptz)`
        }),
      ),
    )
    return c.json({ id })
  })
}

serve({ fetch: app.fetch, port, hostname: "127.0.0.1" })
