import { between, MonitoringLimits, withDefault } from "@openpb/plugin-sdk"
import { Schema } from "effect"

export const NhsPhbSettings = Schema.Struct({
  /** NHS (Direct Payments) Regulations 2013: a review within the first 3 months... */
  firstReviewMonths: withDefault(between(1, 3, "Months to the first NHS direct-payment review"), 3),
  /** ...then at intervals of no more than 12 months. */
  reviewMonths: withDefault(between(1, 12, "Months between NHS direct-payment reviews"), 12),
  /** Things a personal health budget may not buy, matched as whole words in the plan line. */
  excludedPurchases: withDefault(Schema.Array(Schema.NonEmptyString), [
    "alcohol",
    "tobacco",
    "gambling",
    "debt",
  ]),
  /** NHS services that stay outside any budget (emergency care, GP care, medicines). */
  outsideTheBudget: withDefault(Schema.Array(Schema.NonEmptyString), [
    "emergency",
    "a&e",
    "gp",
    "prescription",
    "medication",
    "medicines",
  ]),
  statementEveryWeeks: withDefault(
    between(1, 52, "Weeks between NHS direct-payment statements"),
    12,
  ),
  /** Weeks of allocation the account may hold before unused funds are looked at. */
  surplusBufferWeeks: withDefault(
    between(4, 26, "Weeks of buffer in an NHS direct-payment account"),
    8,
  ),
  /** The payment period: an offset takes at most one period's amount (reg 13). */
  paymentPeriodWeeks: withDefault(between(1, 13, "Weeks in a payment period"), 4),
  /** Reasonable written notice before an offset (reg 13). */
  offsetNoticeDays: withDefault(between(14, 90, "Days of notice before an offset"), 28),
  /**
   * Late monitoring: an offset proposed of funds held longer than this, unquestioned, is flagged
   * for a manager, who must confirm it with reasons. Each limit is in force from its date. At most
   * 12 months, from 1 August 2013 (when the NHS (Direct Payments) Regulations 2013 came into
   * force): an NHS direct payment is reviewed at least every 12 months, and the ombudsman found
   * fault in questioning spending over a year late (LGSCO 24 017 716). A health body may flag sooner.
   */
  lateMonitoringMonths: withDefault(MonitoringLimits, [{ from: "2013-08-01", months: 12 }]),
  suspensionExplainsSurplusDays: withDefault(
    between(1, 90, "Days of suspension that explain unused funds"),
    14,
  ),
})
export type NhsPhbSettings = typeof NhsPhbSettings.Type
