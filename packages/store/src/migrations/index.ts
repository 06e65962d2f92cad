import type { Effect } from "effect"
import type { SqlClient } from "effect/sql"
import foundation from "./0001_foundation.ts"
import journey from "./0010_journey.ts"
import audit from "./0020_audit.ts"
import ledger from "./0030_ledger.ts"
import rowLevelSecurity from "./0040_row_level_security.ts"
import exportRuns from "./0050_export_runs.ts"
import assessmentFieldName from "./0060_assessment_field_name.ts"
import challengeRoutes from "./0070_challenge_routes.ts"
import challengeWords from "./0080_challenge_words.ts"
import consentScopes from "./0090_consent_scopes.ts"
import mixedDeliveryMechanism from "./0100_mixed_delivery_mechanism.ts"
import decisionFlags from "./0110_decision_flags.ts"
import decisionAllocation from "./0120_decision_allocation.ts"
import carerWillingness from "./0130_carer_willingness.ts"
import contractedProviders from "./0140_contracted_providers.ts"
import auditPartitions from "./0150_audit_partitions.ts"
import directory from "./0160_directory.ts"
import ndjsonExports from "./0180_ndjson_exports.ts"
import webhooks from "./0190_webhooks.ts"
import ownStatement from "./0200_own_statement.ts"
import caseloadImports from "./0210_caseload_imports.ts"
import accountTransactions from "./0220_account_transactions.ts"
import rowHistory from "./0290_row_history.ts"
import importFiles from "./0300_import_files.ts"
import budgetStreamTotals from "./0310_budget_stream_totals.ts"

/** Every migration, keyed `<id>_<name>`; ids only ever grow, a shipped one is never edited. */
export const migrations: Record<string, Effect.Effect<void, unknown, SqlClient.SqlClient>> = {
  "0001_foundation": foundation,
  "0010_journey": journey,
  "0020_audit": audit,
  "0030_ledger": ledger,
  "0040_row_level_security": rowLevelSecurity,
  "0050_export_runs": exportRuns,
  "0060_assessment_field_name": assessmentFieldName,
  "0070_challenge_routes": challengeRoutes,
  "0080_challenge_words": challengeWords,
  "0090_consent_scopes": consentScopes,
  "0100_mixed_delivery_mechanism": mixedDeliveryMechanism,
  "0110_decision_flags": decisionFlags,
  "0120_decision_allocation": decisionAllocation,
  "0130_carer_willingness": carerWillingness,
  "0140_contracted_providers": contractedProviders,
  "0150_audit_partitions": auditPartitions,
  "0160_directory": directory,
  "0180_ndjson_exports": ndjsonExports,
  "0190_webhooks": webhooks,
  "0200_own_statement": ownStatement,
  "0210_caseload_imports": caseloadImports,
  "0220_account_transactions": accountTransactions,
  "0290_row_history": rowHistory,
  "0300_import_files": importFiles,
  "0310_budget_stream_totals": budgetStreamTotals,
}
