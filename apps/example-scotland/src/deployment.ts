import { fileURLToPath } from "node:url"
import type { CouncilApp } from "@openpb/host"
import { localLimits } from "@openpb/plugin-local-limits"
import { outcomeMeasures } from "@openpb/plugin-outcome-measures"
import { pointsRas } from "@openpb/plugin-points-ras"
import { scotlandSds } from "@openpb/plugin-scotland-sds"
import { defineDeployment } from "@openpb/plugin-sdk"

export const COUNCIL_ID = "glenallan"
export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../.data", import.meta.url))

/**
 * Glenallan Council (fictional) runs self-directed support: needs met from the substantial
 * band, the four options, a first review at 12 weeks, charging at home by threshold and taper,
 * and its own points table. There is no NHS budget: NHS Scotland care stays outside.
 */
export const glenallan = defineDeployment({
  council: { id: COUNCIL_ID, name: "Glenallan Council (fictional)", nation: "scotland" },
  plugins: [
    scotlandSds.with({
      eligibleFrom: "substantial",
      carerEligibleFrom: "moderate",
      chargingThresholdPence: 24_500,
      taperPercent: 60,
      councilProviderNames: ["Glenallan Council"],
      firstReviewWeeks: 12,
    }),
    pointsRas.with({
      tableName: "Glenallan SDS resource allocation 2026",
      pointsPerUnableOutcome: 8,
      pointsPerFurtherSense: 2,
      pricePerPointPence: 12_000,
      floorPence: 60_000,
      capPence: 2_500_000,
      roundToPence: 100,
      healthSharePercent: 0,
    }),
    localLimits.with({ teamManagerLimitPence: 1_500_000, tolerancePercent: 15 }),
    outcomeMeasures.with(),
  ],
})

export const glenallanApp: CouncilApp = {
  deployment: glenallan,
  // On PostgreSQL each export streams in a process of its own, its heap bounded apart from the server's.
  exportWorker: new URL("./exportWorker.ts", import.meta.url),
}
