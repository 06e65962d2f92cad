import { definePlugin } from "@openpb/plugin-sdk"
import { assessmentPeriod } from "./assessmentPeriod.ts"
import { councilChallengeRoute } from "./challengeRoute.ts"
import { contribution } from "./charging.ts"
import { directPaymentConditions } from "./directPaymentConditions.ts"
import { assessSurplus, checkLine } from "./directPayments.ts"
import { adultEligibility, carerEligibility } from "./eligibility.ts"
import { englandFloor } from "./nationalFloor.ts"
import { nextReviews } from "./reviews.ts"
import { EnglandCareActSettings } from "./settings.ts"
import { matchTransaction } from "./transactionMatching.ts"

export const englandCareAct = definePlugin({
  id: "openpb/england-care-act",
  version: "1.0.0",
  description:
    "England's Care Act 2014 national minimums: adult and carer eligibility, charging, plan and direct-payment reviews, direct-payment conditions, spending and monitoring for council money.",
  provides: [
    "eligibility",
    "charging",
    "reviewSchedule",
    "spendingRules",
    "directPaymentMonitoring",
    "directPaymentConditions",
    "challengeRoutes",
  ],
  settings: EnglandCareActSettings,
  // With its default settings this plugin is England's statutory floor: a deployment in England
  // that lists it may answer these ports more generously, never more strictly.
  nationalFloor: englandFloor,
  rules: (settings) => ({
    eligibility: {
      adult: adultEligibility,
      carer: carerEligibility,
      assessmentPeriod: assessmentPeriod(settings),
    },
    charging: { contribution: contribution(settings) },
    reviewSchedule: { nextReviews: nextReviews(settings) },
    spendingRules: { checkLine: checkLine(settings) },
    directPaymentMonitoring: {
      statementEveryWeeks: settings.statementEveryWeeks,
      noSpendWeeks: settings.noSpendWeeks,
      assessSurplus: assessSurplus(settings),
      matchTransaction,
    },
    directPaymentConditions: { check: directPaymentConditions },
    challengeRoutes: { route: councilChallengeRoute },
  }),
})
