export { APPLICATION_ROLE, COUNCIL_SETTING, councilScope } from "./CouncilScope.ts"
export { describeDatabase, layerDatabase, type DatabaseConfig } from "./Database.ts"
export { databaseReady } from "./Health.ts"
export { MIGRATIONS_TABLE, migrate } from "./Migrations.ts"
export {
  layerPglite,
  makePgliteClient,
  Pglite,
  type PgliteConfig,
  PgliteExclusive,
} from "./PgliteClient.ts"
export { layerStore, RepositoriesSql } from "./Store.ts"
export { layerFileExportSink } from "./exports/FileExportSink.ts"
export { layerExports } from "./exports/layerExports.ts"
export { BUDGET_EXPORT_COLUMNS } from "./repositories/ExportSourceSql.ts"
export { ReportingFactsSql } from "./repositories/ReportingFactsSql.ts"
export { ReturnsSourceSql } from "./repositories/ReturnsSourceSql.ts"
export {
  defaultWebhookDeliveryOptions,
  makeWebhookDeliveriesSql,
  signWebhook,
  type WebhookDeliveryOptions,
} from "./repositories/WebhookDeliveriesSql.ts"
export { layerInProcessJobs } from "./jobs/InProcessJobs.ts"
export { type JobEvent, layerPgBossJobs, type PgBossJobsConfig } from "./jobs/PgBossJobs.ts"
export {
  type ExportWorkerConfig,
  exportWorkerFlags,
  type ExportWorkerServices,
  ExportWorkerSetup,
  runExportJobInWorker,
  serveExportWorker,
} from "./jobs/ExportWorker.ts"
