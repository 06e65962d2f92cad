import { testPluginConformance } from "@openpb/plugin-testkit"
import { englandCareAct, nationalMigRates } from "../src/index.ts"

const [rates2025] = nationalMigRates

testPluginConformance(englandCareAct, {
  settings: [
    {},
    {
      minimumIncomeGuarantee: [
        rates2025,
        { ...rates2025, from: "2026-04-06", chargingYear: "2026-27", single25AndOverPence: 11_500 },
      ],
    },
    { firstPlanReviewWeeks: 6, surplusBufferWeeks: 4, minimumWeeklyChargePence: 125 },
    {
      lateMonitoringMonths: [
        { from: "2015-04-01", months: 12 },
        { from: "2026-04-01", months: 6 },
      ],
    },
  ],
  invalidSettings: [
    // Stricter than the law: a lower minimum income guarantee, a later first review.
    { minimumIncomeGuarantee: [{ ...rates2025, single25AndOverPence: 10_000 }] },
    { minimumIncomeGuarantee: [{ ...rates2025, carerPremiumPence: 0 }] },
    { minimumIncomeGuarantee: [] },
    { firstPlanReviewWeeks: 10 },
    { capitalUpperLimitPence: 2_000_000 },
    // Later than the regulations' 12-month reviews, or two limits from one day.
    { lateMonitoringMonths: [{ from: "2015-04-01", months: 13 }] },
    {
      lateMonitoringMonths: [
        { from: "2015-04-01", months: 12 },
        { from: "2015-04-01", months: 6 },
      ],
    },
    { unknownSetting: true },
  ],
})
