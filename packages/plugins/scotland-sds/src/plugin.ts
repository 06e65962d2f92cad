import { definePlugin } from "@openpb/plugin-sdk"
import { scottishChallengeRoute } from "./challengeRoute.ts"
import { adultEligibility, carerEligibility, noPersonalHealthBudget } from "./eligibility.ts"
import { assessSurplus, checkLine, contribution, nextReviews } from "./options.ts"
import { ScotlandSdsSettings } from "./settings.ts"

export const scotlandSds = definePlugin({
  id: "openpb/scotland-sds",
  version: "1.0.0",
  description:
    "Scotland's self-directed support: the four options as delivery mechanisms and their rules, eligibility on the national framework's risk bands, carers' local criteria, reviews, underspends and charging at home.",
  provides: [
    "eligibility",
    "healthEligibility",
    "charging",
    "spendingRules",
    "reviewSchedule",
    "directPaymentMonitoring",
    "challengeRoutes",
  ],
  settings: ScotlandSdsSettings,
  rules: (settings) => ({
    eligibility: { adult: adultEligibility(settings), carer: carerEligibility(settings) },
    healthEligibility: { assess: noPersonalHealthBudget },
    charging: { contribution: contribution(settings) },
    spendingRules: { checkLine: checkLine(settings) },
    reviewSchedule: { nextReviews: nextReviews(settings) },
    directPaymentMonitoring: {
      statementEveryWeeks: settings.statementEveryWeeks,
      assessSurplus: assessSurplus(settings),
    },
    challengeRoutes: { route: scottishChallengeRoute },
  }),
})
