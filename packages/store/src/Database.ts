import { PgClient } from "@effect/sql-pg"
import { Effect, Layer, Redacted } from "effect"
import { SqlClient } from "effect/sql"
import { APPLICATION_ROLE } from "./CouncilScope.ts"
import { migrate } from "./Migrations.ts"
import { layerPglite, Pglite } from "./PgliteClient.ts"
import { isNewDataDir, readTemplate, saveTemplate } from "./PgliteTemplate.ts"

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

const layerPostgres = (
  config: DatabaseConfig & { readonly databaseUrl: string },
  role: string | undefined,
) =>
  PgClient.layer({
    url: Redacted.make(config.databaseUrl),
    maxConnections: config.maxConnections ?? 10,
    applicationName: "openpb",
    startupParameters: {
      ...(config.schema === undefined ? {} : { search_path: config.schema }),
      ...(role === undefined ? {} : { role }),
    },
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
  }).pipe(
    Effect.provide(layerPostgres({ ...config, schema: undefined, maxConnections: 1 }, undefined)),
  )

/**
 * Schema and migrations on a connection of the URL's own user, the owner; the pool's
 * connections then start as the application role, which row-level security binds.
 */
const prepareAsOwner = (config: DatabaseConfig & { readonly databaseUrl: string }) =>
  Effect.andThen(
    ensureSchema(config),
    migrate.pipe(Effect.provide(layerPostgres({ ...config, maxConnections: 1 }, undefined))),
  )

/** PGlite's one connection migrates as the owner, then acts as the application role for good. */
const actAsApplication = Effect.flatMap(SqlClient.SqlClient, (sql) =>
  sql.unsafe(`SET ROLE ${APPLICATION_ROLE}`),
)

/**
 * PGlite migrated: a new database (in memory, or a data directory not made yet) starts from the
 * template of an empty migrated one when there is one (`PgliteTemplate.ts`), and the first new
 * database made without one leaves it behind, dumped before anything is written to it.
 */
const layerPgliteMigrated = (dataDir: string | undefined) =>
  Layer.unwrap(
    Effect.promise(async () => {
      const isNew = isNewDataDir(dataDir)
      const template = isNew ? await readTemplate() : undefined
      const keepAsTemplate =
        isNew && template === undefined
          ? Effect.gen(function* () {
              const db = yield* Pglite
              yield* Effect.promise(() => saveTemplate(db))
            })
          : Effect.void
      return Layer.effectDiscard(
        migrate.pipe(Effect.andThen(keepAsTemplate), Effect.andThen(actAsApplication)),
      ).pipe(Layer.provideMerge(layerPglite({ dataDir, loadDataDir: template })))
    }),
  )

/**
 * The SqlClient for a deployment, migrated before anything uses it: PostgreSQL when a
 * URL is given, else the embedded PGlite (in memory or in `dataDir`). Its statements run as
 * the application role, under row-level security: see `councilScope`.
 */
export const layerDatabase = (config: DatabaseConfig) => {
  const { databaseUrl } = config
  return databaseUrl === undefined
    ? layerPgliteMigrated(config.dataDir)
    : Layer.unwrap(
        Effect.as(
          prepareAsOwner({ ...config, databaseUrl }),
          layerPostgres({ ...config, databaseUrl }, APPLICATION_ROLE),
        ),
      )
}

export const describeDatabase = (config: DatabaseConfig): string =>
  config.databaseUrl === undefined
    ? `PGlite (${config.dataDir ?? "in memory"})`
    : `PostgreSQL (${new URL(config.databaseUrl).host}${config.schema ? `, schema ${config.schema}` : ""})`
