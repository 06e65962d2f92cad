import { definePlugin } from "@openpb/plugin-sdk"
import { DIALOG, scoreDialog } from "./dialog.ts"
import { GAS, scoreGoalAttainment } from "./goalAttainment.ts"
import { OutcomeMeasuresSettings } from "./settings.ts"

export const outcomeMeasures = definePlugin({
  id: "openpb/outcome-measures",
  version: "1.0.0",
  description:
    "Free outcome measures for reviews: goal attainment scaling with weights and the Kiresuk-Sherman T-score, and DIALOG's eleven items with its two means and the items a person wants more help with.",
  provides: ["outcomeMeasures"],
  settings: OutcomeMeasuresSettings,
  rules: (settings) => {
    const gas = scoreGoalAttainment(settings)
    return {
      outcomeMeasures: {
        instruments: [GAS, DIALOG],
        score: (answers) =>
          answers.instrument === GAS
            ? gas(answers)
            : answers.instrument === DIALOG
              ? scoreDialog(answers)
              : undefined,
      },
    }
  },
})
