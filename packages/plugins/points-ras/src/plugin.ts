import { definePlugin } from "@openpb/plugin-sdk"
import { indicativeBudget } from "./allocate.ts"
import { PointsRasSettings } from "./settings.ts"

export const pointsRas = definePlugin({
  id: "openpb/points-ras",
  version: "1.0.0",
  description:
    "A points-based resource allocation system: the council's questionnaire and outcome points, a price per point, a floor, a cap and rounding, with an itemised explanation of the indicative amount.",
  provides: ["resourceAllocation"],
  settings: PointsRasSettings,
  rules: (settings) => ({ resourceAllocation: { indicativeBudget: indicativeBudget(settings) } }),
})
