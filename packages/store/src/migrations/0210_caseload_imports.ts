import { isolateByCouncil } from "./councilIsolation.ts"
import { runStatements } from "./runStatements.ts"

/**
 * Caseload imports: each run (who brought which file in from which system, its counts and every
 * row's problems), and the mark on every imported record: the source system and id it came from,
 * the records it became, the run that first brought it in and the run that last changed it. The
 * mark's key is what makes a re-import add nothing.
 */
export default runStatements([
  `CREATE TABLE import_runs (
    id uuid PRIMARY KEY,
    council_id text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('caseload')),
    source_system text NOT NULL,
    file_name text,
    file_sha256 text NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
    status text NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
    requested_by text NOT NULL,
    total_rows integer NOT NULL CHECK (total_rows >= 0),
    processed_rows integer NOT NULL DEFAULT 0 CHECK (processed_rows >= 0),
    created_rows integer NOT NULL DEFAULT 0 CHECK (created_rows >= 0),
    updated_rows integer NOT NULL DEFAULT 0 CHECK (updated_rows >= 0),
    unchanged_rows integer NOT NULL DEFAULT 0 CHECK (unchanged_rows >= 0),
    failed_rows integer NOT NULL DEFAULT 0 CHECK (failed_rows >= 0),
    problems jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(problems) = 'array'),
    error text,
    started_at timestamptz NOT NULL,
    finished_at timestamptz,
    CHECK ((status = 'running') = (finished_at IS NULL))
  )`,
  `CREATE INDEX import_runs_council_idx ON import_runs (council_id, started_at DESC)`,
  ...isolateByCouncil("import_runs", "SELECT, INSERT, UPDATE"),
  `CREATE TABLE import_sources (
    council_id text NOT NULL,
    source_system text NOT NULL,
    source_id text NOT NULL,
    person_id uuid NOT NULL,
    carer_id uuid,
    journey_id uuid NOT NULL,
    budget_id uuid,
    row_sha256 text NOT NULL CHECK (row_sha256 ~ '^[0-9a-f]{64}$'),
    row_data jsonb NOT NULL,
    first_run_id uuid NOT NULL REFERENCES import_runs (id),
    last_run_id uuid NOT NULL REFERENCES import_runs (id),
    PRIMARY KEY (council_id, source_system, source_id)
  )`,
  `CREATE INDEX import_sources_person_idx ON import_sources (council_id, person_id)`,
  // An import looks for people already holding a row's NHS number: one person, one record.
  `CREATE INDEX people_nhs_number_idx ON people (council_id, nhs_number) WHERE nhs_number IS NOT NULL`,
  ...isolateByCouncil("import_sources", "SELECT, INSERT, UPDATE"),
])
