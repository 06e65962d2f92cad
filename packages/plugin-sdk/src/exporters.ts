/**
 * The exporter port, as plugins see it: an exporter is a named, versioned stream of rows with
 * its parameters (a Schema), the roles that may run it and whether it is person-level. The
 * platform runs it (checks, formats, checksum, the run record); a plugin only describes rows.
 */
export {
  AGGREGATE_ONLY_ROLES,
  type AnyExporter,
  type Cell,
  defineExporter,
  type ExportColumn,
  type ExportContext,
  type Exporter,
  type ExportFormat,
  type ExportRow,
  ExportSource,
  type JourneyFacts,
  type BudgetSpendingFacts,
  ReportingFacts,
  ageBandOn,
  AgeBand,
  EthnicCategory,
  OutcomeDomain,
  SpendingCategory,
  keysetStream,
  makeHmacSha256,
  AsAt,
  Period,
  publish,
  type Published,
  SMALL_COUNT_MAX,
  SMALL_COUNT_MIN,
  SUPPRESSED,
  sha256Hex,
  suppressTable,
  type TableMeasure,
  withTotals,
} from "@openpb/core"
/** FHIR R4: the mapping of a person's plans that the per-person use case also answers with. */
export {
  FhirBundle,
  fhirBundleOf,
  FhirPersonPlans,
  fhirPersonPlans,
  type PlanExportRecord,
} from "@openpb/core"
export {
  ReturnsSource,
  type ReturnsJourneyRecord,
  type ReturnsPlanLine,
  type ReturnsReview,
} from "@openpb/core"
/** PRSB and MODS mapping: the rules a plan's export reads, each stated once in core. */
export {
  annualLineCostPence,
  approvedLinesOf,
  carePlanStatusOf,
  planShown,
} from "@openpb/core"
