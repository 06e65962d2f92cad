import { ReferencePolicies } from "@openpb/core"
import { makeHttpApp, makeJwtAuthenticator } from "@openpb/server"
import { databaseReady, describeDatabase, layerStore } from "@openpb/store"
import { Layer, ManagedRuntime, Option } from "effect"
import type { DeploymentConfig } from "./config.ts"
import { loadDevIssuer } from "./devIssuer.ts"
import { seedDemoData } from "./seed.ts"
import { loadTrustedDocuments } from "./trustedDocuments.ts"

/**
 * Who a request is: tokens from the council's OpenID Connect issuer when it is configured, and
 * in production only then; otherwise tokens from the built-in development issuer.
 */
const authenticatorFor = async (config: DeploymentConfig) => {
  const issuer = Option.getOrUndefined(config.oidcIssuer)
  const audience = Option.getOrUndefined(config.oidcAudience)
  const jwksUrl = Option.getOrUndefined(config.oidcJwksUrl)
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

export const databaseConfigOf = (config: DeploymentConfig) => ({
  databaseUrl: Option.getOrUndefined(config.databaseUrl),
  schema: Option.getOrUndefined(config.databaseSchema),
  dataDir: config.dataDir,
})

/** The reference council: its store, its runtime, its HTTP app, seeded on first start. */
export const startDeployment = async (config: DeploymentConfig) => {
  const resolveActor = await authenticatorFor(config)
  const trustedDocuments = await loadTrustedDocuments(config)
  const database = databaseConfigOf(config)
  // Until the council composes its own plugins it runs the reference policy set (England's minimums).
  const runtime = ManagedRuntime.make(Layer.merge(layerStore(database), ReferencePolicies))
  const { seeded } = await runtime.runPromise(seedDemoData)
  const app = makeHttpApp({
    runtime,
    resolveActor,
    readiness: databaseReady,
    ratePerMinute: config.ratePerMinute,
    corsOrigins: config.corsOrigins,
    production: config.production,
    ...(trustedDocuments ? { trustedDocuments } : {}),
  })
  return { runtime, app, seeded, database: describeDatabase(database) }
}
