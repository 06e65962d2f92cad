import { definePlugin } from "@openpb/plugin-sdk"
import { Schema } from "effect"
import { modsServicesExporter, prsbPlansExporter } from "./exporters.ts"

export const standardsExport = definePlugin({
  id: "openpb/standards-export",
  version: "0.1.0",
  description:
    "People's support plans and budgets in England's national shapes: PRSB Personalised Care and Support Plans (JSON) and MODS services with their care funding source (CSV).",
  provides: [],
  settings: Schema.Struct({}),
  rules: () => ({}),
  exporters: () => [prsbPlansExporter, modsServicesExporter],
})
