import { Period } from "@openpb/plugin-sdk"
import { Schema } from "effect"

/** Every report covers a period: London dates, both included. */
export const ReportParameters = Schema.Struct({ period: Period })
export type ReportParameters = typeof ReportParameters.Type

/**
 * What every report shares: a period, the roles that may run it (a commissioner sees figures,
 * never people) and its formats. Each report suppresses its own tables with the platform's rule.
 */
export const aggregateReport = {
  parameters: ReportParameters,
  roles: ["commissioner", "council-admin"],
  personLevel: false,
  formats: ["csv", "xlsx", "jsonl"],
} as const
