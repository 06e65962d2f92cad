import { runStatements } from "./runStatements.ts"

/**
 * A decision may carry flags a manager must look at before it takes effect (a surplus proposal
 * about money left unquestioned past the monitoring limit). Decisions recorded before had none,
 * so every existing row gets an empty list and none is rewritten. The index serves work queues
 * that look only for flagged decisions.
 */
export default runStatements([
  `ALTER TABLE decisions ADD COLUMN flags text[] NOT NULL DEFAULT '{}'`,
  `CREATE INDEX decisions_flagged_idx ON decisions (council_id) WHERE cardinality(flags) > 0`,
])
