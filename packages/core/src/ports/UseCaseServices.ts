import type { Effect } from "effect"
import type { CurrentActor } from "../model/Actor.ts"
import type { BudgetRepository } from "./BudgetRepository.ts"
import type { EventLog } from "./EventLog.ts"
import type { PersonRepository } from "./PersonRepository.ts"
import type { UnitOfWork } from "./UnitOfWork.ts"

/** What a deployment provides once, for the whole process (store and policies). */
export type DeploymentServices = PersonRepository | BudgetRepository | EventLog | UnitOfWork

/** What every use case may ask for: the deployment's services and the request's actor. */
export type UseCaseServices = DeploymentServices | CurrentActor

/**
 * How an adapter runs a use case for one request: the server binds the actor and the
 * runtime. It resolves with the result, or rejects with the use case's own tagged error
 * (a core error) or with a defect.
 */
export type RunUseCase = <A, E>(effect: Effect.Effect<A, E, UseCaseServices>) => Promise<A>
