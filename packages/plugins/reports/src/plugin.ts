import { definePlugin } from "@openpb/plugin-sdk"
import { Schema } from "effect"
import { equalityMonitoring } from "./equality.ts"
import { outcomesByDomain } from "./outcomes.ts"
import { processHealth } from "./processHealth.ts"
import { spendingByCategory } from "./spending.ts"

export const REPORT_EXPORTERS = [
  outcomesByDomain,
  equalityMonitoring,
  spendingByCategory,
  processHealth,
] as const

/** The aggregate reports: figures for commissioners and council administrators, never people. */
export const reports = definePlugin({
  id: "openpb/reports",
  version: "0.1.0",
  description:
    "Aggregate reports with small numbers suppressed: outcomes by domain, equality monitoring, spending by category and delivery mechanism, and process health.",
  provides: [],
  settings: Schema.Struct({}),
  rules: () => ({}),
  exporters: () => REPORT_EXPORTERS,
})
