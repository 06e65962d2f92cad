import type { CouncilApp } from "@openpb/host"
import { accountFeedAdapters } from "@openpb/plugin-account-feeds"
import { englandCareAct } from "@openpb/plugin-england-care-act"
import { fhirExport } from "@openpb/plugin-fhir-export"
import { localLimits } from "@openpb/plugin-local-limits"
import { outcomeMeasures } from "@openpb/plugin-outcome-measures"
import { nhsPhb } from "@openpb/plugin-nhs-phb"
import { pointsRas } from "@openpb/plugin-points-ras"
import { englandReturns } from "@openpb/plugin-england-returns"
import { reports } from "@openpb/plugin-reports"
import { researchExtract } from "@openpb/plugin-research-extract"
import { standardsExport } from "@openpb/plugin-standards-export"
import { defineDeployment } from "@openpb/plugin-sdk"
import { COUNCIL_ID, COUNCIL_NAME } from "./config.ts"
import { seedDemoData } from "./seed.ts"

/**
 * Northmere runs England's national rules as they stand (the Care Act and NHS personal health
 * budgets, default settings), a points table calibrated on its own caseload, and its scheme of
 * delegation.
 */
export const northmere = defineDeployment({
  council: { id: COUNCIL_ID, name: COUNCIL_NAME, nation: "england" },
  plugins: [
    englandCareAct.with(),
    nhsPhb.with(),
    pointsRas.with({
      tableName: "Northmere adult mental health RAS",
      pointsPerUnableOutcome: 10,
      pointsPerFurtherSense: 3,
      pricePerPointPence: 15_000,
      floorPence: 100_000,
      capPence: 3_000_000,
      healthSharePercent: 30,
    }),
    localLimits.with({ teamManagerLimitPence: 2_500_000, tolerancePercent: 10 }),
    outcomeMeasures.with(),
    reports.with(),
    // Northmere is fictional: its ONS code is a placeholder in the E10 range no council holds.
    englandReturns.with({ laCode: "E10000999" }),
    // Support plans as FHIR R4 NDJSON, for sharing with the NHS.
    fhirExport.with(),
    // Plans as PRSB Personalised Care and Support Plans, and funded services as MODS.
    standardsExport.with(),
    // The research key is the council's secret: the extract is offered only when one is set.
    ...(process.env.OPENPB_RESEARCH_KEY
      ? [researchExtract.with({ pseudonymisationKey: process.env.OPENPB_RESEARCH_KEY })]
      : []),
  ],
})

export const northmereApp: CouncilApp = {
  deployment: northmere,
  seed: seedDemoData,
  // Direct-payment account statements: a bank's CSV, OFX, camt.053 and prepaid-card CSV.
  accountFeeds: accountFeedAdapters,
  // On PostgreSQL each export streams in a process of its own, its heap bounded apart from the server's.
  exportWorker: new URL("./exportWorker.ts", import.meta.url),
}
