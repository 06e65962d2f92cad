import { Layer } from "effect"
import { layerDatabase, type DatabaseConfig } from "./Database.ts"
import { BudgetRepositorySql } from "./repositories/BudgetRepositorySql.ts"
import { EventLogSql } from "./repositories/EventLogSql.ts"
import { PersonRepositorySql } from "./repositories/PersonRepositorySql.ts"
import { UnitOfWorkSql } from "./repositories/UnitOfWorkSql.ts"
import { CarerRepositorySql, RelationshipsSql } from "./repositories/CarerRepositorySql.ts"
import {
  ChallengeRepositorySql,
  DecisionRepositorySql,
} from "./repositories/DecisionRepositorySql.ts"
import { JourneyRepositorySql } from "./repositories/JourneyRepositorySql.ts"
import { AuditLogSql } from "./repositories/AuditLogSql.ts"
import { LedgerRepositorySql } from "./repositories/LedgerRepositorySql.ts"
import { ExportRunRepositorySql } from "./repositories/ExportRunRepositorySql.ts"
import { ImportRunRepositorySql } from "./repositories/ImportRunRepositorySql.ts"
import { ExportSourceSql } from "./repositories/ExportSourceSql.ts"
import { ReportingFactsSql } from "./repositories/ReportingFactsSql.ts"
import { ReturnsSourceSql } from "./repositories/ReturnsSourceSql.ts"
import { WorkQueueSourceSql } from "./repositories/WorkQueueSourceSql.ts"
import { DirectoryRepositorySql } from "./repositories/DirectoryRepositorySql.ts"
import { WebhookDeliveriesSql } from "./repositories/WebhookDeliveriesSql.ts"
import { WebhookRepositorySql } from "./repositories/WebhookRepositorySql.ts"
import { AccountTransactionRepositorySql } from "./repositories/AccountTransactionRepositorySql.ts"

/** Every repository port of core, implemented on a SqlClient. */
export const RepositoriesSql = Layer.mergeAll(
  JourneyRepositorySql,
  DecisionRepositorySql,
  ChallengeRepositorySql,
  CarerRepositorySql,
  RelationshipsSql,
  LedgerRepositorySql,
  AuditLogSql,
  ExportRunRepositorySql,
  ImportRunRepositorySql,
  ExportSourceSql,
  ReportingFactsSql,
  ReturnsSourceSql,
  WorkQueueSourceSql,
  DirectoryRepositorySql,
  WebhookRepositorySql,
  WebhookDeliveriesSql,
  AccountTransactionRepositorySql,

  PersonRepositorySql,
  BudgetRepositorySql,
  EventLogSql,
  UnitOfWorkSql,
)

/** Core's repository ports on a migrated database, plus the SqlClient itself for health checks. */
export const layerStore = (config: DatabaseConfig) =>
  RepositoriesSql.pipe(Layer.provideMerge(layerDatabase(config)))
