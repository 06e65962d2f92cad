import { Period } from "@openpb/plugin-sdk"
import { Schema } from "effect"

/** Every report covers a period: London dates, both included. */
export const ReportParameters = Schema.Struct({ period: Period })
export type ReportParameters = typeof ReportParameters.Type
