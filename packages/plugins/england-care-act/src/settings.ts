import { atLeast, between, MonitoringLimits, withDefault } from "@openpb/plugin-sdk"
import { Schema } from "effect"
import { CouncilMigRates, nationalMigRates } from "./migRates.ts"

/**
 * The national capital figures (unchanged since April 2010; DHSC, "Social care charging for local
 * authorities 2025 to 2026"): a council may set more generous ones, never less generous.
 */
export const national = {
  capitalUpperLimitPence: 2_325_000,
  capitalLowerLimitPence: 1_425_000,
  /** £1 a week of tariff income for every £250, or part of £250, between the limits. */
  tariffStepPence: 25_000,
} as const

/** What a deployment may set. Every field has the national default. */
export const EnglandCareActSettings = Schema.Struct({
  /**
   * The minimum income guarantee, one table per charging year, each in force from its date; the
   * national tables by default. Each figure may be raised, never lowered.
   */
  minimumIncomeGuarantee: withDefault(CouncilMigRates, nationalMigRates),
  capitalUpperLimitPence: withDefault(
    atLeast(national.capitalUpperLimitPence, "The upper capital limit"),
    national.capitalUpperLimitPence,
  ),
  capitalLowerLimitPence: withDefault(
    atLeast(national.capitalLowerLimitPence, "The lower capital limit"),
    national.capitalLowerLimitPence,
  ),
  tariffStepPence: withDefault(
    atLeast(national.tariffStepPence, "The tariff income step"),
    national.tariffStepPence,
  ),
  /** A weekly charge below this is not collected (a local choice; 0 collects every penny). */
  minimumWeeklyChargePence: withDefault(between(0, 10_000, "The minimum weekly charge"), 0),
  /**
   * When needs fluctuate, how far back the assessment must look (reg 2(4): the period the council
   * considers necessary). Twelve months shows seasonal and yearly patterns.
   */
  fluctuatingNeedsHistoryMonths: withDefault(
    between(3, 36, "Months of history for fluctuating needs"),
    12,
  ),
  /** First plan review: statutory guidance says within 6 to 8 weeks; a council may go sooner. */
  firstPlanReviewWeeks: withDefault(between(1, 8, "Weeks to the first plan review"), 8),
  /** Later plan reviews: at least every 12 months (s27 and statutory guidance). */
  planReviewMonths: withDefault(between(1, 12, "Months between plan reviews"), 12),
  /** Direct Payments Regs 2014 reg 7: within the first 6 months, then at most 12 months apart. */
  firstDirectPaymentReviewMonths: withDefault(
    between(1, 6, "Months to the first direct-payment review"),
    6,
  ),
  directPaymentReviewMonths: withDefault(
    between(1, 12, "Months between direct-payment reviews"),
    12,
  ),
  /** Monitoring: how often a direct-payment holder sends a statement. */
  statementEveryWeeks: withDefault(between(1, 52, "Weeks between direct-payment statements"), 12),
  /**
   * Monitoring: weeks with no spending from a direct-payment account before the council asks
   * whether the payments still meet the needs (DP Regulations 2014 reg 7: a review when there
   * are concerns the payments are not being used for the needs).
   */
  noSpendWeeks: withDefault(between(2, 26, "Weeks with no direct-payment spending"), 8),
  /** Weeks of allocation a direct-payment account may hold before a surplus is looked at. */
  surplusBufferWeeks: withDefault(between(4, 26, "Weeks of buffer in a direct-payment account"), 8),
  /** Written notice before any money is recovered (ombudsman findings: never without warning). */
  recoveryNoticeDays: withDefault(between(14, 90, "Days of notice before recovery"), 28),
  /**
   * Late monitoring: a recovery proposal about money held longer than this, unquestioned, is
   * flagged for a manager, who must confirm it with reasons. Each limit is in force from its date.
   * At most 12 months, from 1 April 2015 (when the Care Act's direct payments came in): the
   * council must review a direct payment at intervals of no more than 12 months (DP Regs 2014
   * reg 7(1)(a)), so money older than that has gone unmonitored, and the ombudsman found fault in
   * questioning spending over a year late (LGSCO 24 017 716, Dorset). A council may flag sooner.
   */
  lateMonitoringMonths: withDefault(MonitoringLimits, [{ from: "2015-04-01", months: 12 }]),
  /** A suspension at least this long explains a surplus: it is not recovered. */
  suspensionExplainsSurplusDays: withDefault(
    between(1, 90, "Days of suspension that explain a surplus"),
    14,
  ),
  /** Things a direct payment may not buy in this council, matched in the plan line's words. */
  excludedPurchases: withDefault(Schema.Array(Schema.NonEmptyString), [
    "alcohol",
    "tobacco",
    "gambling",
    "debt",
  ]),
  /** A line above this amount a year needs a manager's approval. */
  lineApprovalThresholdPence: withDefault(
    between(0, 2_147_483_647, "The line approval threshold"),
    1_000_000,
  ),
})
export type EnglandCareActSettings = typeof EnglandCareActSettings.Type
