export {
  adultBand,
  adultEligibility,
  carerBand,
  carerEligibility,
  noPersonalHealthBudget,
} from "./eligibility.ts"
export { assessSurplus, checkLine, contribution, nextReviews, optionOf } from "./options.ts"
export { scotlandSds } from "./plugin.ts"
export { RiskBand, ScotlandSdsSettings } from "./settings.ts"
export { scottishChallengeRoute } from "./challengeRoute.ts"
