import { approvedLinesOf } from "../journey/approvedLines.ts"
import { isClosed, type JourneyStage } from "../journey/JourneyStage.ts"
import type { BudgetId } from "../model/Ids.ts"

/** A plan line as far as a contract goes: its id and the provider it names, if any. */
interface ContractableLine {
  readonly id: string
  readonly providerId?: string | undefined
}

/** The parts of a journey that say who is contracted: its plans and approval, stage and budget. */
export type ContractingJourney = Parameters<typeof approvedLinesOf<ContractableLine>>[0] & {
  readonly stage: JourneyStage
  readonly budgetId: BudgetId | null
}

/** One plan line a provider is contracted for, on the budget that pays for it. */
export interface ContractedLine {
  readonly budgetId: BudgetId
  readonly lineId: string
}

/**
 * The lines of a journey's approved plan (those in force) that name `provider`, while the journey
 * is open and has a budget. A draft, a refused line or an ended journey contracts nobody: the tie
 * comes from the council's approval, never from a plan someone is still writing.
 */
export const linesContractedTo = (
  journey: ContractingJourney,
  provider: string,
): ReadonlyArray<ContractedLine> => {
  const budgetId = journey.budgetId
  if (budgetId === null || isClosed(journey.stage)) return []
  return approvedLinesOf(journey)
    .filter((line) => line.providerId === provider)
    .map((line) => ({ budgetId, lineId: line.id }))
}

/** Every provider a journey contracts for some line (what the store indexes to find them). */
export const contractedProvidersOf = (journey: ContractingJourney): ReadonlyArray<string> => {
  if (journey.budgetId === null || isClosed(journey.stage)) return []
  const providers = approvedLinesOf(journey).flatMap((line) =>
    line.providerId === undefined ? [] : [line.providerId],
  )
  return [...new Set(providers)].sort()
}

/**
 * Whether a contracted line covers what a use case touches: its budget, and the line it names
 * (which `lineRequired` demands it names).
 */
export const withinContract = (
  line: ContractedLine,
  within: ObjectScope | undefined,
  lineRequired: boolean,
): boolean =>
  within !== undefined &&
  line.budgetId === within.budgetId &&
  (within.lineId === undefined ? !lineRequired : line.lineId === within.lineId)

/**
 * The part of a person's record a use case touches, when less than the whole record: a budget,
 * and a line of its plan. A provider's grant is checked against it; without one it reaches nothing.
 */
export interface ObjectScope {
  readonly budgetId: BudgetId
  readonly lineId?: string
}
