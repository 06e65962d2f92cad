import { isolateByCouncil } from "./councilIsolation.ts"
import { runStatements } from "./runStatements.ts"

/** Export runs: who ran which exporter (and version) with what, and what came out. */
export default runStatements([
  `CREATE TABLE export_runs (
    id uuid PRIMARY KEY,
    council_id text NOT NULL,
    requested_by text NOT NULL,
    requested_roles jsonb NOT NULL CHECK (jsonb_typeof(requested_roles) = 'array'),
    exporter_id text NOT NULL,
    exporter_version text NOT NULL,
    parameters jsonb NOT NULL,
    format text NOT NULL CHECK (format IN ('csv', 'jsonl', 'xlsx')),
    status text NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'cancelled')),
    row_count bigint NOT NULL DEFAULT 0 CHECK (row_count >= 0),
    byte_count bigint NOT NULL DEFAULT 0 CHECK (byte_count >= 0),
    checksum_sha256 text CHECK (checksum_sha256 ~ '^[0-9a-f]{64}$'),
    location text,
    error text,
    started_at timestamptz NOT NULL,
    finished_at timestamptz,
    CHECK ((status = 'running') = (finished_at IS NULL)),
    -- Only a completed run has a file, and a completed run always has one with its checksum.
    CHECK ((status = 'completed') = (checksum_sha256 IS NOT NULL AND location IS NOT NULL))
  )`,
  `CREATE INDEX export_runs_council_idx ON export_runs (council_id, started_at DESC)`,
  ...isolateByCouncil("export_runs", "SELECT, INSERT, UPDATE"),
])
