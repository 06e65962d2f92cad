import { definePlugin } from "@openpb/plugin-sdk"
import { researchExtractor } from "./extract.ts"
import { ResearchExtractSettings } from "./settings.ts"

export const researchExtract = definePlugin({
  id: "openpb/research-extract",
  version: "0.1.0",
  description:
    "A longitudinal research extract: pseudonymised with the council's key, consenting people only, dates as months, no identifiers.",
  provides: [],
  settings: ResearchExtractSettings,
  rules: () => ({}),
  exporters: (settings) => [researchExtractor(settings)],
})
