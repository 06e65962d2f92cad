import { definePlugin } from "@openpb/plugin-sdk"
import { assessUnusedFunds, checkHealthLine, nhsDirectPaymentReview } from "./healthStream.ts"
import { nhsChallengeRoute } from "./challengeRoute.ts"
import { nhsDirectPaymentConditions } from "./directPaymentConditions.ts"
import { rightToHave } from "./rightToHave.ts"
import { NhsPhbSettings } from "./settings.ts"

export const nhsPhb = definePlugin({
  id: "openpb/nhs-phb",
  version: "1.0.0",
  description:
    "NHS personal health budgets in England: the right to have one (s117 aftercare, continuing healthcare, wheelchairs), and the rules for NHS money: what it may buy, the conditions of an NHS direct payment, its review clock, offsets of unused funds.",
  provides: [
    "healthEligibility",
    "spendingRules",
    "reviewSchedule",
    "directPaymentMonitoring",
    "directPaymentConditions",
    "challengeRoutes",
  ],
  settings: NhsPhbSettings,
  rules: (settings) => ({
    healthEligibility: { assess: rightToHave },
    spendingRules: { checkLine: checkHealthLine(settings) },
    reviewSchedule: { nextReviews: nhsDirectPaymentReview(settings) },
    directPaymentMonitoring: {
      statementEveryWeeks: settings.statementEveryWeeks,
      assessSurplus: assessUnusedFunds(settings),
    },
    directPaymentConditions: { check: nhsDirectPaymentConditions },
    challengeRoutes: { route: nhsChallengeRoute },
  }),
})
