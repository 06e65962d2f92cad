import { AsAt, Period } from "@openpb/plugin-sdk"
import { Schema } from "effect"

/**
 * Every report covers a period (London dates, both included) and may be produced as at a past
 * day, from what had been recorded by then.
 */
export const ReportParameters = Schema.Struct({ period: Period, asAt: AsAt })
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
