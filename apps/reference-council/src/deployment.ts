import { Actor, CouncilId, ReferencePolicies } from "@openpb/core"
import { makeHttpApp } from "@openpb/server"
import { databaseReady, describeDatabase, layerStore } from "@openpb/store"
import { Layer, ManagedRuntime, Option } from "effect"
import { COUNCIL_ID, type DeploymentConfig } from "./config.ts"
import { seedDemoData } from "./seed.ts"

/**
 * Until sign-in exists every request acts as this council's development administrator (with
 * the finance and approver roles, so every operation can be tried);
 * the deployment refuses to start in production mode without an identity provider.
 */
export const developmentActor = new Actor({
  subject: "development",
  roles: ["council-admin", "finance", "approver"],
  councilId: CouncilId.make(COUNCIL_ID),
})

export const databaseConfigOf = (config: DeploymentConfig) => ({
  databaseUrl: Option.getOrUndefined(config.databaseUrl),
  schema: Option.getOrUndefined(config.databaseSchema),
  dataDir: config.dataDir,
})

/** The reference council: its store, its runtime, its HTTP app, seeded on first start. */
export const startDeployment = async (config: DeploymentConfig) => {
  if (config.production) {
    throw new Error(
      "The reference council has no identity provider yet and cannot run with NODE_ENV=production",
    )
  }
  const database = databaseConfigOf(config)
  // Until the council composes its own plugins it runs the reference policy set (England's minimums).
  const runtime = ManagedRuntime.make(Layer.merge(layerStore(database), ReferencePolicies))
  const { seeded } = await runtime.runPromise(seedDemoData)
  const app = makeHttpApp({
    runtime,
    resolveActor: async () => developmentActor,
    readiness: databaseReady,
    production: config.production,
  })
  return { runtime, app, seeded, database: describeDatabase(database) }
}
