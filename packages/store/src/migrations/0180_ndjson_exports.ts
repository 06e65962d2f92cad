import { runStatements } from "./runStatements.ts"

/** Export runs may be written as NDJSON (FHIR Bulk Data), beside csv, jsonl and xlsx. */
export default runStatements([
  `ALTER TABLE export_runs DROP CONSTRAINT export_runs_format_check`,
  `ALTER TABLE export_runs ADD CONSTRAINT export_runs_format_check
     CHECK (format IN ('csv', 'jsonl', 'xlsx', 'ndjson'))`,
])
