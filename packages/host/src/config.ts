import { Config, Schema } from "effect"

/** A whole number setting within bounds; a value outside them stops the start, naming it. */
const boundedInt = (name: string, minimum: number, maximum: number) =>
  Config.schema(Schema.Int.check(Schema.isBetween({ minimum, maximum })), name).pipe(Config.option)

/**
 * GraphQL's limits (`OPENPB_GRAPHQL_MAX_DEPTH`, `_MAX_FIELDS`, `_MAX_COST`, `_MAX_TOKENS`,
 * `_MAX_BATCH`); each one unset keeps `@openpb/graphql`'s default (depth 10, 300 fields, cost
 * 2,000, 10,000 tokens, batches of 10).
 */
const graphqlLimits = Config.all({
  maxDepth: boundedInt("OPENPB_GRAPHQL_MAX_DEPTH", 1, 100),
  maxFields: boundedInt("OPENPB_GRAPHQL_MAX_FIELDS", 1, 100_000),
  maxCost: boundedInt("OPENPB_GRAPHQL_MAX_COST", 1, 10_000_000),
  maxTokens: boundedInt("OPENPB_GRAPHQL_MAX_TOKENS", 100, 1_000_000),
  maxBatch: boundedInt("OPENPB_GRAPHQL_MAX_BATCH", 1, 1_000),
}).pipe(
  Config.map((limits) => ({
    ...(limits.maxDepth._tag === "Some" ? { maxDepth: limits.maxDepth.value } : {}),
    ...(limits.maxFields._tag === "Some" ? { maxFields: limits.maxFields.value } : {}),
    ...(limits.maxCost._tag === "Some" ? { maxCost: limits.maxCost.value } : {}),
    ...(limits.maxTokens._tag === "Some" ? { maxTokens: limits.maxTokens.value } : {}),
    ...(limits.maxBatch._tag === "Some" ? { maxBatch: limits.maxBatch.value } : {}),
  })),
)

/** A deployment's settings, from the environment; `defaultDataDir` is the app's own folder. */
export const hostConfig = (defaultDataDir: string) =>
  Config.all({
    port: Config.Port("PORT").pipe(Config.withDefault(4000)),
    databaseUrl: Config.String("DATABASE_URL").pipe(Config.option),
    databaseSchema: Config.String("DATABASE_SCHEMA").pipe(Config.option),
    dataDir: Config.String("OPENPB_DATA_DIR").pipe(Config.withDefault(defaultDataDir)),
    oidcIssuer: Config.String("OPENPB_OIDC_ISSUER").pipe(Config.option),
    oidcAudience: Config.String("OPENPB_OIDC_AUDIENCE").pipe(Config.option),
    oidcJwksUrl: Config.String("OPENPB_OIDC_JWKS_URL").pipe(Config.option),
    /** Where export files go; beside the data directory when unset. */
    exportsDir: Config.String("OPENPB_EXPORTS_DIR").pipe(
      Config.option,
      Config.map((dir) => (dir._tag === "Some" ? dir.value : undefined)),
    ),
    // At least one request a minute: 0 would switch the API off while looking configured.
    ratePerMinute: Config.schema(
      Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 1_000_000_000 })),
      "OPENPB_RATE_PER_MINUTE",
    ).pipe(Config.withDefault(600)),
    /**
     * How often due allocations are posted for every active budget, in minutes (0: never; the
     * first run is at start). Allocation is idempotent per period, so several processes may run it.
     */
    allocationEveryMinutes: Config.schema(
      Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 1440 })),
      "OPENPB_ALLOCATION_EVERY_MINUTES",
    ).pipe(Config.withDefault(60)),
    corsOrigins: Config.String("OPENPB_CORS_ORIGINS").pipe(
      Config.withDefault(""),
      Config.map((origins) =>
        origins
          .split(",")
          .map((o) => o.trim())
          .filter(Boolean),
      ),
    ),
    graphqlLimits,
    /** The most calls one tRPC batch may hold (1-1000); unset keeps the server's 10. */
    trpcMaxBatch: boundedInt("OPENPB_TRPC_MAX_BATCH", 1, 1_000).pipe(
      Config.map((max) => (max._tag === "Some" ? max.value : undefined)),
    ),
    trustedDocumentsFile: Config.String("OPENPB_TRUSTED_DOCUMENTS").pipe(Config.option),
    trustedDocumentsOnly: Config.Boolean("OPENPB_TRUSTED_DOCUMENTS_ONLY").pipe(
      Config.withDefault(false),
    ),
    // Exactly one of the three: "Production" or "prod" must not quietly run as development.
    production: Config.schema(
      Schema.Literals(["development", "test", "production"]),
      "NODE_ENV",
    ).pipe(
      Config.withDefault("development" as const),
      Config.map((env) => env === "production"),
    ),
  })

export type HostConfig = Config.Success<ReturnType<typeof hostConfig>>
