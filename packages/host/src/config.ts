import { Config, Effect, Option, Schema } from "effect"

/**
 * One environment setting: how it is read, and what it must be, said once so a refusal names
 * the setting and the fix in one line.
 */
interface Setting<A> {
  readonly name: string
  readonly config: Config.Config<A>
  readonly expects: string
}

const setting = <A>(name: string, config: Config.Config<A>, expects: string): Setting<A> => ({
  name,
  config,
  expects,
})

/** A whole number setting within bounds; unset keeps the default of whoever reads it. */
const boundedInt = (name: string, minimum: number, maximum: number) =>
  setting(
    name,
    Config.schema(Schema.Int.check(Schema.isBetween({ minimum, maximum })), name).pipe(
      Config.option,
      Config.map(Option.getOrUndefined),
    ),
    `must be a whole number from ${minimum} to ${maximum}`,
  )

const wholeNumber = (name: string, minimum: number, maximum: number, byDefault: number) =>
  setting(
    name,
    Config.schema(Schema.Int.check(Schema.isBetween({ minimum, maximum })), name).pipe(
      Config.withDefault(byDefault),
    ),
    `must be a whole number from ${minimum} to ${maximum}`,
  )

const optionalString = (name: string, check: Schema.Codec<string, string>, expects: string) =>
  setting(name, Config.schema(check, name).pipe(Config.option), expects)

const isUrl =
  (protocols: ReadonlyArray<string>) =>
  (value: string): boolean => {
    if (!URL.canParse(value)) return false
    return protocols.includes(new URL(value).protocol)
  }

const url = (protocols: ReadonlyArray<string>) =>
  Schema.String.check(Schema.makeFilter(isUrl(protocols)))

/**
 * An origin as a browser sends it: scheme, host and port, nothing after. A trailing slash or a
 * path never matches a browser's `Origin`, so it is refused rather than silently allowing none.
 */
const isOrigin = (origin: string) =>
  URL.canParse(origin) &&
  ["http:", "https:"].includes(new URL(origin).protocol) &&
  new URL(origin).origin === origin

/** `*` alone (any origin: the APIs take bearer tokens, never cookies), or a list of origins. */
export const parseCorsOrigins = (value: string): ReadonlyArray<string> | undefined => {
  const origins = value
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean)
  if (origins.length === 1 && origins[0] === "*") return origins
  return origins.every(isOrigin) ? origins : undefined
}

/** Every setting a deployment reads, by the field of `HostConfig` it fills. */
const settings = (defaultDataDir: string) => ({
  port: setting(
    "PORT",
    Config.Port("PORT").pipe(Config.withDefault(4000)),
    "must be a port number from 1 to 65535",
  ),
  databaseUrl: optionalString(
    "DATABASE_URL",
    url(["postgres:", "postgresql:"]),
    "must be a PostgreSQL URL, postgres://user:password@host:5432/database (leave it unset for the embedded PGlite)",
  ),
  databaseSchema: optionalString(
    "DATABASE_SCHEMA",
    Schema.String.check(Schema.isPattern(/^[a-z_][a-z0-9_]{0,62}$/)),
    "must be a schema name: lower-case letters, digits and _, not starting with a digit, at most 63",
  ),
  dataDir: setting(
    "OPENPB_DATA_DIR",
    Config.String("OPENPB_DATA_DIR").pipe(Config.withDefault(defaultDataDir)),
    "must be a directory path",
  ),
  oidcIssuer: optionalString(
    "OPENPB_OIDC_ISSUER",
    url(["https:", "http:"]),
    "must be the issuer's URL, as its tokens' iss claim states it",
  ),
  oidcAudience: optionalString("OPENPB_OIDC_AUDIENCE", Schema.String, "must be text"),
  oidcJwksUrl: optionalString(
    "OPENPB_OIDC_JWKS_URL",
    url(["https:", "http:"]),
    "must be the URL of the issuer's signing keys (JWKS)",
  ),
  /** Where export files go; beside the data directory when unset. */
  exportsDir: setting(
    "OPENPB_EXPORTS_DIR",
    Config.String("OPENPB_EXPORTS_DIR").pipe(Config.option, Config.map(Option.getOrUndefined)),
    "must be a directory path",
  ),
  // At least one request a minute: 0 would switch the API off while looking configured.
  ratePerMinute: wholeNumber("OPENPB_RATE_PER_MINUTE", 1, 1_000_000_000, 600),
  /**
   * How often due allocations are posted for every active budget, in minutes (0: never; the
   * first run is at start). Allocation is idempotent per period, so several processes may run it.
   */
  allocationEveryMinutes: wholeNumber("OPENPB_ALLOCATION_EVERY_MINUTES", 0, 1440, 60),
  /**
   * How often due webhook deliveries are sent, in seconds (0: never). Deliveries are leased in
   * the database, so several processes may send them and none is sent twice at once.
   */
  webhookEverySeconds: wholeNumber("OPENPB_WEBHOOK_EVERY_SECONDS", 0, 86_400, 10),
  /**
   * How many days ahead the daily reminders job reminds of reviews, statements and no-spend
   * checks (and of every overdue one), one `ReminderDue` event an item.
   */
  reminderWithinDays: wholeNumber("OPENPB_REMINDER_WITHIN_DAYS", 0, 366, 7),
  /**
   * How long a job's process may go without a heartbeat before another process takes the job
   * over (an export, an allocation run), in seconds; pg-boss's floor is 10.
   */
  jobHeartbeatSeconds: wholeNumber("OPENPB_JOB_HEARTBEAT_SECONDS", 10, 3600, 30),
  /** How often a process looks for jobs whose process stopped, in seconds. */
  jobSuperviseSeconds: wholeNumber("OPENPB_JOB_SUPERVISE_SECONDS", 1, 3600, 30),
  /** Attempts after the first before a job is given up (an export then fails with the reason). */
  jobRetryLimit: wholeNumber("OPENPB_JOB_RETRY_LIMIT", 0, 20, 3),
  /**
   * The heap (V8's old generation, in MB) of the worker process each export job streams in on
   * PostgreSQL; 0 streams exports in the server's own process instead.
   */
  exportWorkerHeapMB: setting(
    "OPENPB_EXPORT_WORKER_HEAP_MB",
    Config.schema(
      Schema.Int.check(Schema.makeFilter((mb: number) => mb === 0 || (mb >= 64 && mb <= 65_536))),
      "OPENPB_EXPORT_WORKER_HEAP_MB",
    ).pipe(Config.withDefault(128)),
    "must be 0 (exports stream in the server's process) or a whole number of MB from 64 to 65536",
  ),
  corsOrigins: setting(
    "OPENPB_CORS_ORIGINS",
    Config.schema(
      Schema.String.check(
        Schema.makeFilter((value: string) => parseCorsOrigins(value) !== undefined),
      ),
      "OPENPB_CORS_ORIGINS",
    ).pipe(
      Config.withDefault(""),
      Config.map((value) => parseCorsOrigins(value) ?? []),
    ),
    "must be * alone (any origin) or origins separated by commas, each scheme://host[:port] with no path or trailing slash",
  ),
  maxDepth: boundedInt("OPENPB_GRAPHQL_MAX_DEPTH", 1, 100),
  maxFields: boundedInt("OPENPB_GRAPHQL_MAX_FIELDS", 1, 100_000),
  maxCost: boundedInt("OPENPB_GRAPHQL_MAX_COST", 1, 10_000_000),
  maxTokens: boundedInt("OPENPB_GRAPHQL_MAX_TOKENS", 100, 1_000_000),
  maxBatch: boundedInt("OPENPB_GRAPHQL_MAX_BATCH", 1, 1_000),
  /** The most calls one tRPC batch may hold (1-1000); unset keeps the server's 10. */
  trpcMaxBatch: boundedInt("OPENPB_TRPC_MAX_BATCH", 1, 1_000),
  trustedDocumentsFile: optionalString("OPENPB_TRUSTED_DOCUMENTS", Schema.String, "must be a path"),
  trustedDocumentsOnly: setting(
    "OPENPB_TRUSTED_DOCUMENTS_ONLY",
    Config.Boolean("OPENPB_TRUSTED_DOCUMENTS_ONLY").pipe(Config.withDefault(false)),
    "must be true or false",
  ),
  /** Seconds a stopping server gives requests in flight before it closes their connections. */
  shutdownGraceSeconds: wholeNumber("OPENPB_SHUTDOWN_GRACE_SECONDS", 0, 600, 10),
  // Exactly one of the three: "Production" or "prod" must not quietly run as development.
  production: setting(
    "NODE_ENV",
    Config.schema(Schema.Literals(["development", "test", "production"]), "NODE_ENV").pipe(
      Config.withDefault("development" as const),
      Config.map((env) => env === "production"),
    ),
    "must be development, test or production",
  ),
  /** Where traces and metrics go (OTLP over HTTP); none are exported when unset. */
  otlpEndpoint: optionalString(
    "OTEL_EXPORTER_OTLP_ENDPOINT",
    url(["http:", "https:"]),
    "must be the OTLP/HTTP collector's base URL, such as http://localhost:4318",
  ),
  otlpProtocol: setting(
    "OTEL_EXPORTER_OTLP_PROTOCOL",
    Config.schema(
      Schema.Literals(["http/protobuf", "http/json"]),
      "OTEL_EXPORTER_OTLP_PROTOCOL",
    ).pipe(Config.withDefault("http/protobuf" as const)),
    "must be http/protobuf or http/json (gRPC is not supported)",
  ),
  otlpServiceName: setting(
    "OTEL_SERVICE_NAME",
    Config.NonEmptyString("OTEL_SERVICE_NAME").pipe(Config.withDefault("openpb")),
    "must be a name, such as openpb",
  ),
})

type Settings = ReturnType<typeof settings>
type Read = { readonly [K in keyof Settings]: Config.Success<Settings[K]["config"]> }

/** GraphQL's limits, each one left out when unset so `@openpb/graphql`'s default holds. */
const graphqlLimitsOf = (read: Read) => {
  const limits = {
    maxDepth: read.maxDepth,
    maxFields: read.maxFields,
    maxCost: read.maxCost,
    maxTokens: read.maxTokens,
    maxBatch: read.maxBatch,
  }
  return Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined)) as {
    -readonly [K in keyof typeof limits]?: number
  }
}

const shape = (read: Read) => {
  const { maxDepth, maxFields, maxCost, maxTokens, maxBatch, ...rest } = read
  return { ...rest, graphqlLimits: graphqlLimitsOf(read) }
}

const configs = (all: Settings) =>
  Object.fromEntries(Object.entries(all).map(([field, s]) => [field, s.config])) as {
    readonly [K in keyof Settings]: Settings[K]["config"]
  }

/**
 * A deployment's settings, from the environment; `defaultDataDir` is the app's own folder. It
 * stops at the first bad setting; `readHostConfig` lists them all.
 */
export const hostConfig = (defaultDataDir: string) =>
  Config.all(configs(settings(defaultDataDir))).pipe(Config.map(shape))

export type HostConfig = Config.Success<ReturnType<typeof hostConfig>>

/** Settings that cannot be used, one line each, naming the setting and what it must be. */
export class BadSettings extends Schema.TaggedError<BadSettings>()("BadSettings", {
  problems: Schema.Array(Schema.String),
}) {
  override get message() {
    return this.problems.join("\n")
  }
}

const quoted = (value: string) =>
  JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value)

/**
 * The deployment's settings, or every bad one: each setting is read on its own so one bad value
 * does not hide the next. A value is shown unless it may hold a secret (a database URL).
 */
export const readHostConfig = (defaultDataDir: string) =>
  Effect.gen(function* () {
    const all = settings(defaultDataDir)
    const problems: Array<string> = []
    for (const s of Object.values(all) as ReadonlyArray<Setting<unknown>>) {
      const failed = yield* Effect.isFailure(s.config)
      if (!failed) continue
      const raw = yield* Config.String(s.name).pipe(
        Config.option,
        Effect.orElseSucceed(Option.none),
      )
      const shown = s.name === "DATABASE_URL" || Option.isNone(raw) ? "" : `=${quoted(raw.value)}`
      problems.push(`${s.name}${shown} ${s.expects}`)
    }
    if (problems.length > 0) return yield* new BadSettings({ problems })
    return yield* hostConfig(defaultDataDir).pipe(
      Effect.mapError(
        (error) => new BadSettings({ problems: [error.message.replace(/\s+/g, " ")] }),
      ),
    )
  })
