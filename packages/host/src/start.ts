import {
  type AccountFeedAdapter,
  AccountFeeds,
  budgetsExporter,
  CouncilId,
  type DeploymentServices,
} from "@openpb/core"
import type { Deployment } from "@openpb/plugin-sdk"
import {
  type HttpAppOptions,
  makeHttpApp,
  makeJwtAuthenticator,
  type ReadinessCheck,
} from "@openpb/server"
import {
  databaseReady,
  describeDatabase,
  type JobEvent,
  layerExports,
  layerPgBossJobs,
  layerStore,
} from "@openpb/store"
import { type Effect, Layer, ManagedRuntime, Option } from "effect"
import type { HostConfig } from "./config.ts"
import { holdDataDir } from "./dataDirLock.ts"
import { exportWorkerOf } from "./exportWorker.ts"
import { loadDevIssuer } from "./devIssuer.ts"
import { layerTelemetry } from "./telemetry.ts"
import { loadTrustedDocuments } from "./trustedDocuments.ts"

/**
 * Who a request is: tokens from the council's OpenID Connect issuer when it is configured, and
 * in production only then; otherwise tokens from the built-in development issuer.
 */
const authenticatorFor = async (config: HostConfig) => {
  const issuer = Option.getOrUndefined(config.oidcIssuer)
  const audience = Option.getOrUndefined(config.oidcAudience)
  const jwksUrl = Option.getOrUndefined(config.oidcJwksUrl)
  const oidc = {
    OPENPB_OIDC_ISSUER: issuer,
    OPENPB_OIDC_AUDIENCE: audience,
    OPENPB_OIDC_JWKS_URL: jwksUrl,
  }
  const missing = Object.entries(oidc).filter(([, value]) => !value)
  // Partial sign-in settings fail closed: never a silent fall back to the development issuer.
  if (missing.length > 0 && missing.length < 3)
    throw new Error(
      `OpenID Connect is half configured: set ${missing.map(([name]) => name).join(" and ")} as well, or none of the three`,
    )
  if (issuer && audience && jwksUrl)
    return makeJwtAuthenticator({ jwks: new URL(jwksUrl), issuer, audience })
  if (config.production) {
    throw new Error(
      "NODE_ENV=production needs OPENPB_OIDC_ISSUER, OPENPB_OIDC_AUDIENCE and OPENPB_OIDC_JWKS_URL; the development issuer cannot be enabled in production",
    )
  }
  const dev = await loadDevIssuer(config.dataDir)
  return makeJwtAuthenticator({
    jwks: dev.jwks,
    issuer: dev.issuer,
    audience: dev.audience,
    algorithms: ["ES256"],
  })
}

export const databaseConfigOf = (config: HostConfig) => ({
  databaseUrl: Option.getOrUndefined(config.databaseUrl),
  schema: Option.getOrUndefined(config.databaseSchema),
  dataDir: config.dataDir,
})

/**
 * The job queue's own schema: beside the application's (`<schema>_jobs` when DATABASE_SCHEMA
 * names one), so several deployments on one PostgreSQL keep their queues apart.
 */
export const jobSchemaOf = (config: HostConfig) =>
  `${Option.getOrElse(config.databaseSchema, () => "openpb")}_jobs`

/**
 * The schedule's cron for "every N minutes": minutes past the hour below an hour, whole hours
 * from there (rounded), once a day at 1440. 0 schedules nothing (the run at start still runs).
 */
export const allocationCron = (everyMinutes: number): string | undefined => {
  if (everyMinutes <= 0) return undefined
  if (everyMinutes < 60) return `*/${everyMinutes} * * * *`
  const hours = Math.round(everyMinutes / 60)
  return hours >= 24 ? "0 0 * * *" : `0 */${hours} * * *`
}

export interface CouncilApp {
  readonly deployment: Deployment
  /** Demo data for a first start; resolves whether it wrote anything. */
  readonly seed?: Effect.Effect<{ readonly seeded: boolean }, unknown, DeploymentServices>
  /**
   * The statement readers for direct-payment account feeds (core's `AccountFeeds`, e.g.
   * `@openpb/plugin-account-feeds`); without them an account statement import is refused by name.
   */
  readonly accountFeeds?: ReadonlyArray<AccountFeedAdapter>
  /**
   * The app's export worker module (it calls `runExportWorker` with this app): on PostgreSQL each
   * export job streams in a process started from it, its heap bounded apart from the server's
   * (`OPENPB_EXPORT_WORKER_HEAP_MB`). Without it exports stream in the server's process.
   */
  readonly exportWorker?: URL
}

/**
 * A council's deployment, running: its plugins checked (a missing or conflicting port stops
 * it here, with the port named), its store migrated, its HTTP app built.
 */
export const startCouncil = async (
  council: CouncilApp,
  config: HostConfig,
  /** Where each request's line goes: `runCouncil` writes them to standard output. */
  options: {
    readonly logRequest?: HttpAppOptions<never>["logRequest"]
    /** Each job this process finishes, sees fail, or gives up (`runCouncil` logs them). */
    readonly onJobEvent?: (event: JobEvent) => void
  } = {},
) => {
  // The deployment's own settings are checked before its plugins are resolved.
  const resolveActor = await authenticatorFor(config)
  const resolved = await ManagedRuntime.make(Layer.empty).runPromise(council.deployment.resolve)
  const trustedDocuments = await loadTrustedDocuments(config)
  const database = databaseConfigOf(config)
  // The embedded database is this process's alone: a second server, or a command line run
  // against it, is refused while this one has it open.
  if (database.databaseUrl === undefined) holdDataDir(config.dataDir)
  const exportsDir = config.exportsDir ?? `${config.dataDir.replace(/\/+$/, "")}-exports`
  const exports = layerExports([budgetsExporter, ...resolved.exporters], exportsDir)
  const cron = allocationCron(config.allocationEveryMinutes)
  // Every server process takes jobs: exports, the allocation schedule, and those of a process
  // that died, on the queue in the deployment's own database.
  const jobs = layerPgBossJobs({
    databaseUrl: database.databaseUrl,
    schema: jobSchemaOf(config),
    work: true,
    heartbeatSeconds: config.jobHeartbeatSeconds,
    superviseIntervalSeconds: config.jobSuperviseSeconds,
    retryLimit: config.jobRetryLimit,
    schedules: [
      ...(cron === undefined
        ? []
        : [
            {
              job: {
                _tag: "allocation-run" as const,
                councilId: CouncilId.make(resolved.council.id),
              },
              cron,
            },
          ]),
      // Reminders each morning, before the working day: once an item, so a missed day's are
      // sent by the next run.
      {
        job: {
          _tag: "reminders" as const,
          councilId: CouncilId.make(resolved.council.id),
          withinDays: config.reminderWithinDays,
        },
        cron: "0 7 * * *",
      },
    ],
    onEvent: options.onJobEvent,
    exportWorker: exportWorkerOf(council, config, exportsDir),
  })
  const runtime = ManagedRuntime.make(
    jobs.pipe(
      Layer.provideMerge(
        Layer.mergeAll(
          layerStore(database),
          Layer.orDie(council.deployment.layer),
          exports,
          council.accountFeeds === undefined
            ? Layer.empty
            : Layer.succeed(AccountFeeds, { adapters: council.accountFeeds }),
        ),
      ),
      // The tracer is beneath everything, so the SQL client's spans are exported as well.
      Layer.provideMerge(layerTelemetry(config, resolved.council)),
    ),
  )
  /** What else `/ready` asks, by name: the host adds its runners and its own stopping. */
  const readiness = new Map<string, () => ReadinessCheck>()
  const { seeded } = council.seed ? await runtime.runPromise(council.seed) : { seeded: false }
  const app = makeHttpApp({
    runtime,
    resolveActor,
    readiness: databaseReady,
    readinessChecks: () => [...readiness.values()].map((check) => check()),
    ...(options.logRequest === undefined ? {} : { logRequest: options.logRequest }),
    ratePerMinute: config.ratePerMinute,
    corsOrigins: config.corsOrigins,
    production: config.production,
    graphqlLimits: config.graphqlLimits,
    ...(config.trpcMaxBatch === undefined ? {} : { trpcMaxBatch: config.trpcMaxBatch }),
    ...(trustedDocuments ? { trustedDocuments } : {}),
  })
  return {
    runtime,
    app,
    seeded,
    resolved,
    database: describeDatabase(database),
    /** Adds a part `/ready` answers for (replacing one of the same name). */
    addReadinessCheck: (name: string, check: () => Omit<ReadinessCheck, "name">) =>
      readiness.set(name, () => ({ name, ...check() })),
  }
}
