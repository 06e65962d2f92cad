import { between, MonitoringLimits, withDefault } from "@openpb/plugin-sdk"
import { Schema } from "effect"

/** The national eligibility framework's risk bands (Scottish Government and COSLA, 2009). */
export const RiskBand = Schema.Literals(["low", "moderate", "substantial", "critical"])
export type RiskBand = typeof RiskBand.Type

export const ScotlandSdsSettings = Schema.Struct({
  /** The band from which the council meets needs (most councils: substantial). */
  eligibleFrom: withDefault(RiskBand, "substantial"),
  /** The band from which a carer's needs are met under the council's local carer criteria. */
  carerEligibleFrom: withDefault(RiskBand, "moderate"),
  /** Weekly income (after housing and disability costs) below which nothing is charged. */
  chargingThresholdPence: between(0, 1_000_000, "The charging threshold"),
  /** The share of income above the threshold taken as a charge (COSLA guidance: a taper). */
  taperPercent: between(0, 100, "The taper"),
  /** The council's own name as a provider: a direct payment cannot buy the council's services. */
  councilProviderNames: withDefault(Schema.Array(Schema.NonEmptyString), []),
  firstReviewWeeks: withDefault(between(1, 26, "Weeks to the first review"), 12),
  reviewMonths: withDefault(between(1, 12, "Months between reviews"), 12),
  statementEveryWeeks: withDefault(between(1, 52, "Weeks between direct-payment statements"), 12),
  surplusBufferWeeks: withDefault(between(4, 26, "Weeks of buffer in a direct-payment account"), 8),
  /** Time to talk the reasons for an underspend through before anything is reconciled. */
  underspendConversationDays: withDefault(
    between(14, 120, "Days for the underspend conversation"),
    42,
  ),
  /**
   * How long after money was paid the council may still question it without a manager's review
   * (dated limits, each in force from its day). Scotland's law sets no period, so the default is
   * one review cycle from the day the SDS Act came into force (1 April 2014): money older than the
   * annual review that should have looked at it is the council's delay, not the person's.
   */
  lateMonitoringMonths: withDefault(MonitoringLimits, [{ from: "2014-04-01", months: 12 }]),
})
export type ScotlandSdsSettings = typeof ScotlandSdsSettings.Type
