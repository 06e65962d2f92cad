export * from "./fixtures.ts"
export type { DecisionView, JourneyApi, JourneyStep, JourneyView } from "./journeyApi.ts"
export { aftercareAfterSectionTwo, challengedAndFluctuating, positiveEnding } from "./scenarios.ts"
