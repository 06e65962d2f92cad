import { Effect, Schedule } from "effect"
import { Migrator } from "effect/sql"
import { migrations } from "./migrations/index.ts"

export const MIGRATIONS_TABLE = "openpb_migrations"

const run = Migrator.make({})({
  loader: Migrator.fromRecord(migrations),
  table: MIGRATIONS_TABLE,
})

/**
 * Brings the schema up to date. Safe to run at every start and from several processes
 * at once: PostgreSQL's table lock serialises them, and a process that loses the race
 * for the migrations table tries again and then finds nothing left to do.
 */
export const migrate = run.pipe(
  Effect.retry({
    while: (error) => error._tag === "MigrationError" && error.kind === "Locked",
    schedule: Schedule.spaced("200 millis"),
    times: 20,
  }),
  Effect.withSpan("openpb.migrate"),
)
