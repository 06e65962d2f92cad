export { DIALOG, lifeDomains, scoreDialog, treatmentAspects } from "./dialog.ts"
export { GAS, scoreGoalAttainment, tScore } from "./goalAttainment.ts"
export { outcomeMeasures } from "./plugin.ts"
export { OutcomeMeasuresSettings } from "./settings.ts"
