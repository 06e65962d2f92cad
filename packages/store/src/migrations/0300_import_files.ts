import { isolateByCouncil } from "./councilIsolation.ts"
import { runStatements } from "./runStatements.ts"

/**
 * The file of a caseload import while its run is going: the job that runs it reads it from here,
 * in whichever process takes it, and an attempt after a crash picks up where the run stopped.
 * Kept only while the run is `running`: the file is people's records, and a run that has ended
 * needs it no more (its counts and problems stay on the run). The roles it was asked with are
 * the ones the job acts with.
 */
export default runStatements([
  `CREATE TABLE import_files (
    run_id uuid PRIMARY KEY REFERENCES import_runs (id),
    council_id text NOT NULL,
    requested_roles jsonb NOT NULL CHECK (jsonb_typeof(requested_roles) = 'array'),
    csv text NOT NULL
  )`,
  ...isolateByCouncil("import_files", "SELECT, INSERT, DELETE"),
])
