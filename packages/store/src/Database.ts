import { PgClient } from "@effect/sql-pg"
import { Effect, Layer, Redacted } from "effect"
import { SqlClient } from "effect/sql"
import { migrate } from "./Migrations.ts"
import { layerPglite } from "./PgliteClient.ts"

export interface DatabaseConfig {
  /** A PostgreSQL URL; when absent the embedded PGlite database is used. */
  readonly databaseUrl?: string | undefined
  /** PGlite's data directory; in memory when absent. Ignored with `databaseUrl`. */
  readonly dataDir?: string | undefined
  /** PostgreSQL schema to use (created if missing); `public` when absent. */
  readonly schema?: string | undefined
  readonly maxConnections?: number | undefined
}

const schemaName = /^[a-z_][a-z0-9_]{0,62}$/

const layerPostgres = (config: DatabaseConfig & { readonly databaseUrl: string }) =>
  PgClient.layer({
    url: Redacted.make(config.databaseUrl),
    maxConnections: config.maxConnections ?? 10,
    applicationName: "openpb",
    ...(config.schema === undefined ? {} : { startupParameters: { search_path: config.schema } }),
  })

/** Creates the configured schema before the pool's connections need it. */
const ensureSchema = (config: DatabaseConfig & { readonly databaseUrl: string }) =>
  Effect.gen(function* () {
    if (config.schema === undefined) return
    if (!schemaName.test(config.schema))
      return yield* Effect.die(new Error(`Invalid schema name ${config.schema}`))
    const sql = yield* SqlClient.SqlClient
    // Two processes may race to create it; the loser's unique violation means it now exists.
    yield* sql.unsafe(`CREATE SCHEMA IF NOT EXISTS ${config.schema}`).pipe(
      Effect.catchIf(
        (error) => error.reason._tag === "UniqueViolation",
        () => Effect.void,
      ),
    )
  }).pipe(Effect.provide(layerPostgres({ ...config, schema: undefined, maxConnections: 1 })))

/**
 * The SqlClient for a deployment, migrated before anything uses it: PostgreSQL when a
 * URL is given, else the embedded PGlite (in memory or in `dataDir`).
 */
export const layerDatabase = (config: DatabaseConfig) => {
  const client =
    config.databaseUrl === undefined
      ? layerPglite({ dataDir: config.dataDir })
      : Layer.unwrap(
          Effect.as(
            ensureSchema({ ...config, databaseUrl: config.databaseUrl }),
            layerPostgres({ ...config, databaseUrl: config.databaseUrl }),
          ),
        )
  return Layer.effectDiscard(migrate).pipe(Layer.provideMerge(client))
}

export const describeDatabase = (config: DatabaseConfig): string =>
  config.databaseUrl === undefined
    ? `PGlite (${config.dataDir ?? "in memory"})`
    : `PostgreSQL (${new URL(config.databaseUrl).host}${config.schema ? `, schema ${config.schema}` : ""})`
