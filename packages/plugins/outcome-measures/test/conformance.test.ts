import { testPluginConformance } from "@openpb/plugin-testkit"
import { outcomeMeasures } from "../src/index.ts"

testPluginConformance(outcomeMeasures, {
  settings: [{}, { goalIntercorrelation: 0.5 }],
  invalidSettings: [{ goalIntercorrelation: -0.1 }, { goalIntercorrelation: 1 }, { other: 1 }],
})
