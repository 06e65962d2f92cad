import { Array as Arr, Schema, Stream } from "effect"
import { BudgetStatus } from "../../model/Budget.ts"
import { type BudgetExportRecord, ExportSource } from "../../ports/ExportSource.ts"
import { defineExporter, type ExportRow } from "../Exporter.ts"
import { AsAt, Period } from "../Period.ts"

export const BudgetsExportParameters = Schema.Struct({
  /** Only budgets created in this period (London dates, both included). */
  createdIn: Schema.optionalKey(Period),
  statuses: Schema.optionalKey(
    Schema.Array(BudgetStatus).check(Schema.isMinLength(1, { message: "must name a status" })),
  ),
  asAt: AsAt,
})
export type BudgetsExportParameters = typeof BudgetsExportParameters.Type

const toRow = (b: BudgetExportRecord): ExportRow => ({
  budget_id: b.id,
  council_id: b.councilId,
  person_id: b.personId,
  status: b.status,
  delivery_mechanism: b.deliveryMechanism,
  amount_pence: b.amountPence,
  council_social_care_pence: b.councilSocialCarePence,
  nhs_health_pence: b.nhsHealthPence,
  created_at: b.createdAt,
})

/**
 * Every budget of the council, one row each, oldest first. Person-level: for finance, the
 * council's administrators and auditors, never for an aggregate-only role. It uses only the
 * exporter contract and the `ExportSource` port, so it can move into a plugin package as is.
 */
export const budgetsExporter = defineExporter<BudgetsExportParameters>({
  id: "budgets",
  version: "1.0.0",
  description: "One row per personal budget: status, delivery mechanism, amount and funding",
  parameters: BudgetsExportParameters,
  roles: ["finance", "council-admin", "auditor", "system"],
  personLevel: true,
  formats: ["csv", "xlsx", "jsonl"],
  columns: [
    { key: "budget_id", header: "Budget ID" },
    { key: "council_id", header: "Council" },
    { key: "person_id", header: "Person ID" },
    { key: "status", header: "Status" },
    { key: "delivery_mechanism", header: "Delivery mechanism" },
    { key: "amount_pence", header: "Annual amount (pence)" },
    { key: "council_social_care_pence", header: "Council social care (pence)" },
    { key: "nhs_health_pence", header: "NHS health (pence)" },
    { key: "created_at", header: "Created at (UTC)" },
  ],
  rows: (parameters, { councilId }) =>
    Stream.unwrap(
      ExportSource.useSync((source) =>
        source
          .budgetStream({
            councilId,
            createdFrom: parameters.createdIn?.from,
            createdTo: parameters.createdIn?.to,
            statuses: parameters.statuses,
            asAt: parameters.asAt,
          })
          .pipe(Stream.mapArray((batch) => Arr.map(batch, toRow))),
      ),
    ),
})
