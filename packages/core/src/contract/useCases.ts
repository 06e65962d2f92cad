import * as Contracts from "./contracts.ts"
import type { UseCaseEntry } from "../access/useCaseEntry.ts"
import { isUseCaseContract } from "./UseCase.ts"

type Exported = (typeof Contracts)[keyof typeof Contracts]

/** Every use-case contract the area modules export, as one union. */
export type UseCase = Extract<
  Exported,
  { readonly name: string; readonly path: string; readonly access: UseCaseEntry }
>

/**
 * Every use case an API exposes: each contract the area modules (`contracts.ts`) export. Both
 * APIs, the registry, the access matrix and the tracing spans are derived from this list, so a
 * new use case is its contract in an area module and its tests.
 */
export const useCases: ReadonlyArray<UseCase> = Object.values(Contracts).filter(
  (value): value is UseCase => isUseCaseContract(value),
)
