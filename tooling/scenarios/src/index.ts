export * from "./fixtures.ts"
export type {
  BudgetView,
  DecisionView,
  JourneyApi,
  JourneyStep,
  JourneyView,
  LedgerStep,
  LedgerSteps,
  PostingView,
  StatementView,
} from "./journeyApi.ts"
export {
  aftercareAfterSectionTwo,
  challengedAndFluctuating,
  challengedBudget,
  positiveEnding,
} from "./scenarios.ts"
export { directPaymentsEnded } from "./directPaymentEnding.ts"
export { mixedBudget } from "./mixedBudget.ts"
