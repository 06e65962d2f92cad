import { definePlugin } from "@openpb/plugin-sdk"
import { Schema } from "effect"
import { fhirPlansExporter } from "./exporter.ts"

export const fhirExport = definePlugin({
  id: "openpb/fhir-export",
  version: "0.1.0",
  description:
    "People's support plans as FHIR R4 (Patient with the NHS number, CarePlan, Goal): a council's Bulk-FHIR-style NDJSON export.",
  provides: [],
  settings: Schema.Struct({}),
  rules: () => ({}),
  exporters: () => [fhirPlansExporter],
})
