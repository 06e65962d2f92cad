import { type UseCase, useCases } from "../contract/useCases.ts"
import type { UseCaseEntry } from "./useCaseEntry.ts"

export type { UseCaseEntry, UseCaseRule } from "./useCaseEntry.ts"

/** Every use case an API exposes, by name: derived from the contracts, never written twice. */
export type UseCaseName = UseCase["name"]

export const useCaseRegistry = Object.fromEntries(
  useCases.map((contract) => [contract.name, contract.access]),
) as Readonly<Record<UseCaseName, UseCaseEntry>>

export const useCaseNames: ReadonlyArray<UseCaseName> = useCases.map((contract) => contract.name)

export const isUseCaseName = (name: unknown): name is UseCaseName =>
  typeof name === "string" && Object.hasOwn(useCaseRegistry, name)
