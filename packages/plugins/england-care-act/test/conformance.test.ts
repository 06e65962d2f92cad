import { testPluginConformance } from "@openpb/plugin-testkit"
import { englandCareAct } from "../src/index.ts"

testPluginConformance(englandCareAct, {
  settings: [{}, { firstPlanReviewWeeks: 6, surplusBufferWeeks: 4, minimumWeeklyChargePence: 125 }],
  invalidSettings: [
    // Stricter than the law: a lower minimum income guarantee, a later first review.
    { mig25AndOverPence: 10_000 },
    { firstPlanReviewWeeks: 10 },
    { capitalUpperLimitPence: 2_000_000 },
    { unknownSetting: true },
  ],
})
