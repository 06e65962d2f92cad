/**
 * The only surface a policy plugin imports: the ports it may provide (with their schemas and
 * core's types), `definePlugin`, and for councils `defineDeployment` and replay.
 */
export * from "./answer.ts"
export * from "./defineDeployment.ts"
export * from "./definePlugin.ts"
export * from "./errors.ts"
export {
  type FloorCases,
  type FloorCheck,
  type FloorPort,
  floorPorts,
  Nation,
  type NationalFloor,
} from "./nationalFloor.ts"
export * from "./ports.ts"
export * from "./replay.ts"
export { sdkPolicy } from "./services.ts"
export { isPluginId, isSemver } from "./semver.ts"
export {
  SpendingRulesPolicy,
  AdultAssessment,
  AdultOutcome,
  ApprovalInput,
  ApprovalLevel,
  CarerAssessment,
  CarerOutcome,
  ChallengeRouteInput,
  ContingencyRequest,
  Detention,
  DirectPaymentArrangements,
  DirectPaymentConditionsInput,
  FinancialAssessment,
  IndicativeBudgetInput,
  MeasureAnswers,
  MeasureItem,
  MeasureScore,
  PlanLine,
  Reason,
  ReviewScheduleInput,
  RightToHaveGround,
  SurplusInput,
  UnableSense,
} from "@openpb/core"
export {
  addDays,
  addMonths,
  ageOn,
  CalendarDate,
  detentionName,
  lastDayWithinMonths,
  lastDayWithinWeeks,
  lateMonitoring,
  MAX_PENCE,
  MonitoringLimit,
  MonitoringLimits,
  monitoringLimitOn,
  offsetWithinOnePeriod,
  onePaymentPeriodPence,
  section117Detentions,
  section117Grounds,
} from "@openpb/core"
// Direct-payment account feeds: what a statement reader plugin implements and builds with.
export {
  AccountFeedFormat,
  type AccountFeedAdapter,
  AccountFeeds,
  AccountTransactionStatus,
  BankCsvColumns,
  decimalTextOfPence,
  type FeedProblem,
  FeedTransaction,
  isCalendarDate,
  MerchantCategoryCode,
  MONITORING_TEXT_LENGTH,
  monitoringText,
  type ParsedFeed,
  penceFromDecimalText,
  readCsv,
  type CsvRead,
  SpendingCategory,
  TransactionMatch,
  TransactionMatchInput,
} from "@openpb/core"
export * from "./settings.ts"
export * from "./exporters.ts"
