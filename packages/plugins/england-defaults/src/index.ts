import { englandCareAct } from "@openpb/plugin-england-care-act"
import { localLimits } from "@openpb/plugin-local-limits"
import { outcomeMeasures } from "@openpb/plugin-outcome-measures"
import { nhsPhb } from "@openpb/plugin-nhs-phb"
import { pointsRas } from "@openpb/plugin-points-ras"
import { defineDeployment, type PluginUse } from "@openpb/plugin-sdk"
import { Layer } from "effect"

/** The points table used when a council has not calibrated its own (In Control style). */
export const referenceRasTable = {
  tableName: "reference points table",
  pointsPerUnableOutcome: 10,
  pointsPerFurtherSense: 3,
  pricePerPointPence: 15_000,
  floorPence: 100_000,
  capPence: 3_000_000,
  roundToPence: 100,
  healthSharePercent: 30,
}

/**
 * England's national rules with their default settings: the Care Act, NHS personal health
 * budgets, a reference points table, default local limits and the free outcome measures. For trying OpenPB and for
 * tests; a council lists its own plugins and settings instead.
 */
export const englandDefaults: ReadonlyArray<PluginUse> = [
  englandCareAct.with(),
  nhsPhb.with(),
  pointsRas.with(referenceRasTable),
  localLimits.with(),
  outcomeMeasures.with(),
]

export const englandDefaultsDeployment = defineDeployment({
  council: { id: "england-defaults", name: "England, national defaults", nation: "england" },
  plugins: englandDefaults,
})

/** Core's policy services with England's defaults (the settings are fixed, so it cannot fail). */
export const EnglandDefaultPolicies = Layer.orDie(englandDefaultsDeployment.layer)
