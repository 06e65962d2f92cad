import type { Effect } from "effect"
import type { CurrentActor } from "../model/Actor.ts"
import type { BudgetRepository } from "./BudgetRepository.ts"
import type { EventLog } from "./EventLog.ts"
import type { PersonRepository } from "./PersonRepository.ts"
import type { UnitOfWork } from "./UnitOfWork.ts"
import type { ExportJobs } from "../reporting/ExportJobs.ts"
import type { Jobs } from "../jobs/Jobs.ts"
import type { Relationships } from "../access/Relationships.ts"
import type { AuditLog } from "../access/Audit.ts"
import type { ApprovalPolicy } from "../policies/ApprovalPolicy.ts"
import type { ChargingPolicy } from "../policies/ChargingPolicy.ts"
import type { ContingencyPolicy } from "../policies/ContingencyPolicy.ts"
import type { EligibilityPolicy, HealthEligibilityPolicy } from "../policies/EligibilityPolicy.ts"
import type { ResourceAllocationPolicy } from "../policies/ResourceAllocationPolicy.ts"
import type { ReviewSchedulePolicy } from "../policies/ReviewSchedulePolicy.ts"
import type { SpendingRulesPolicy } from "../policies/SpendingRulesPolicy.ts"
import type { CarerRepository } from "./CarerRepository.ts"
import type { ChallengeRepository, DecisionRepository } from "./DecisionRepository.ts"
import type { JourneyRepository } from "./JourneyRepository.ts"
import type { LedgerRepository } from "./LedgerRepository.ts"
import type { ExportRunRepository } from "./ExportRunRepository.ts"
import type { ImportRunRepository } from "./ImportRunRepository.ts"
import type { ExportSink } from "./ExportSink.ts"
import type { ExportSource } from "./ExportSource.ts"
import type { ReportingFacts } from "./ReportingFacts.ts"
import type { ReturnsSource } from "./ReturnsSource.ts"
import type { ExporterRegistry } from "../reporting/ExporterRegistry.ts"
import type { DirectPaymentMonitoringPolicy } from "../policies/DirectPaymentMonitoringPolicy.ts"
import type { OutcomeMeasurePolicy } from "../policies/OutcomeMeasurePolicy.ts"
import type { ChallengeRoutePolicy } from "../policies/ChallengeRoutePolicy.ts"
import type { DirectPaymentConditionsPolicy } from "../policies/DirectPaymentConditionsPolicy.ts"
import type { DecisionReplay } from "./DecisionReplay.ts"
import type { WorkQueueSource } from "./WorkQueueSource.ts"
import type { DirectoryRepository } from "../directory/DirectoryRepository.ts"
import type { WebhookDeliveries, WebhookRepository } from "../webhooks/WebhookRepository.ts"
import type { AccountTransactionRepository } from "./AccountTransactionRepository.ts"

/** The repositories a store provides. */
export type StoreServices =
  | PersonRepository
  | BudgetRepository
  | EventLog
  | UnitOfWork
  | JourneyRepository
  | DecisionRepository
  | ImportRunRepository
  | ChallengeRepository
  | CarerRepository
  | Relationships
  | AuditLog
  | LedgerRepository
  | ExportSource
  | ReportingFacts
  | ReturnsSource
  | ExportRunRepository
  | WorkQueueSource
  | DirectoryRepository
  | WebhookRepository
  | WebhookDeliveries
  | AccountTransactionRepository

/** The policies a deployment's plugins provide. */
export type PolicyServices =
  | EligibilityPolicy
  | HealthEligibilityPolicy
  | ResourceAllocationPolicy
  | ChargingPolicy
  | SpendingRulesPolicy
  | ApprovalPolicy
  | ReviewSchedulePolicy
  | ContingencyPolicy
  | DirectPaymentMonitoringPolicy
  | OutcomeMeasurePolicy
  | DirectPaymentConditionsPolicy
  | ChallengeRoutePolicy
  | DecisionReplay

/** What a deployment adds to run exports: its exporters (from plugins), where files go, the runs in flight. */
export type ExportServices = ExporterRegistry | ExportSink | ExportJobs

/** What a deployment provides once, for the whole process (store, policies, the job queue). */
export type DeploymentServices = StoreServices | PolicyServices | ExportServices | Jobs

/** What every use case may ask for: the deployment's services and the request's actor. */
export type UseCaseServices = DeploymentServices | CurrentActor

/**
 * How an adapter runs a use case for one request: the server binds the actor and the
 * runtime. It resolves with the result, or rejects with the use case's own tagged error
 * (a core error) or with a defect.
 */
export type RunUseCase = <A, E>(effect: Effect.Effect<A, E, UseCaseServices>) => Promise<A>
