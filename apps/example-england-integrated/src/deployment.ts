import { fileURLToPath } from "node:url"
import type { CouncilApp } from "@openpb/host"
import { englandCareAct, nationalMigRates } from "@openpb/plugin-england-care-act"
import { localLimits } from "@openpb/plugin-local-limits"
import { outcomeMeasures } from "@openpb/plugin-outcome-measures"
import { nhsPhb } from "@openpb/plugin-nhs-phb"
import { pointsRas } from "@openpb/plugin-points-ras"
import { defineDeployment } from "@openpb/plugin-sdk"
import { ashcombeWords } from "./ashcombeWords.ts"

export const COUNCIL_ID = "ashcombe"
export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../.data", import.meta.url))

/**
 * Ashcombe Borough Council and Ashcombe and Vale ICB (both fictional) hold one integrated
 * budget: the Care Act and NHS rules side by side, each stream keeping its own. Ashcombe is
 * more generous than the national minimums in places the law allows: a higher minimum income
 * guarantee, a first review at 6 weeks, a local points table with a questionnaire, and half of
 * an integrated budget funded by the NHS where health needs give a right to one. It speaks its
 * own words (`ashcombeWords`): reasons, explanations and letters are read in them.
 */
export const ashcombe = defineDeployment({
  council: {
    id: COUNCIL_ID,
    name: "Ashcombe Borough Council with Ashcombe and Vale ICB (fictional)",
    nation: "england",
  },
  plugins: [
    englandCareAct.with({
      // A local guarantee: £125 a week at 25 and over (and for lone parents), every year.
      minimumIncomeGuarantee: nationalMigRates.map((rates) => ({
        ...rates,
        single25AndOverPence: 12_500,
        loneParentPence: 12_500,
      })),
      firstPlanReviewWeeks: 6,
      surplusBufferWeeks: 6,
      minimumWeeklyChargePence: 125,
    }),
    nhsPhb.with({ firstReviewMonths: 2 }),
    pointsRas.with({
      tableName: "Ashcombe integrated mental health RAS 2026",
      questions: [
        {
          id: "crisis-frequency",
          label: "How often crises happen",
          answers: [
            { value: "rarely", label: "rarely", points: 0 },
            { value: "sometimes", label: "a few times a year", points: 6 },
            { value: "often", label: "most months", points: 12 },
          ],
        },
        {
          id: "unpaid-support",
          label: "Support from family or friends",
          answers: [
            { value: "daily", label: "every day", points: 0 },
            { value: "weekly", label: "about once a week", points: 4 },
            { value: "none", label: "none", points: 8 },
          ],
        },
      ],
      pointsPerUnableOutcome: 12,
      pointsPerFurtherSense: 4,
      pricePerPointPence: 17_500,
      floorPence: 150_000,
      capPence: 4_000_000,
      roundToPence: 1_000,
      rounding: "up",
      healthSharePercent: 50,
    }),
    localLimits.with({
      practitionerLimitPence: 300_000,
      teamManagerLimitPence: 2_000_000,
      tolerancePercent: 5,
      contingencyMaxSharePercent: 20,
      contingencyMaxDaysPer12Months: 56,
    }),
    outcomeMeasures.with(),
    ashcombeWords.with(),
  ],
})

export const ashcombeApp: CouncilApp = {
  deployment: ashcombe,
  // On PostgreSQL each export streams in a process of its own, its heap bounded apart from the server's.
  exportWorker: new URL("./exportWorker.ts", import.meta.url),
}
