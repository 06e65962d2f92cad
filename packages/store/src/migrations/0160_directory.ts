import { isolateByCouncil } from "./councilIsolation.ts"
import { runStatements } from "./runStatements.ts"

/**
 * The council's directory of providers, personal assistants and community activities, imported
 * from its Open Referral UK feed. An entry is its document (`data`, compared whole so an import
 * that changes nothing writes nothing) beside the columns a search filters on: languages and
 * area names in lower case, postcode districts, categories, and the words free text matches.
 * One entry per feed service id in a council, so importing again updates rather than adds.
 */
export default runStatements([
  `CREATE TABLE directory_entries (
    id uuid PRIMARY KEY,
    council_id text NOT NULL,
    source_id text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('care-provider', 'personal-assistant', 'community-activity')),
    name text NOT NULL,
    data jsonb NOT NULL CHECK (jsonb_typeof(data) = 'object'),
    languages text[] NOT NULL,
    postcode_districts text[] NOT NULL,
    areas text[] NOT NULL,
    categories text[] NOT NULL,
    search_text text NOT NULL,
    updated_at timestamptz NOT NULL,
    UNIQUE (council_id, source_id)
  )`,
  `CREATE INDEX directory_entries_name_idx ON directory_entries (council_id, name COLLATE "C", id)`,
  `CREATE INDEX directory_entries_languages_idx ON directory_entries USING gin (languages)`,
  `CREATE INDEX directory_entries_districts_idx ON directory_entries USING gin (postcode_districts)`,
  `CREATE INDEX directory_entries_areas_idx ON directory_entries USING gin (areas)`,
  ...isolateByCouncil("directory_entries", "SELECT, INSERT, UPDATE"),
])
