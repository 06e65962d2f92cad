import { Config } from "effect"

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
    ratePerMinute: Config.Int("OPENPB_RATE_PER_MINUTE").pipe(Config.withDefault(600)),
    corsOrigins: Config.String("OPENPB_CORS_ORIGINS").pipe(
      Config.withDefault(""),
      Config.map((origins) =>
        origins
          .split(",")
          .map((o) => o.trim())
          .filter(Boolean),
      ),
    ),
    trustedDocumentsFile: Config.String("OPENPB_TRUSTED_DOCUMENTS").pipe(Config.option),
    trustedDocumentsOnly: Config.Boolean("OPENPB_TRUSTED_DOCUMENTS_ONLY").pipe(
      Config.withDefault(false),
    ),
    production: Config.String("NODE_ENV").pipe(
      Config.withDefault("development"),
      Config.map((env) => env === "production"),
    ),
  })

export type HostConfig = Config.Success<ReturnType<typeof hostConfig>>
