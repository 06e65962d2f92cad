import { runStatements } from "./runStatements.ts"

/** A person's statement of their own, in their words, on their record (none until they write one). */
export default runStatements([`ALTER TABLE people ADD COLUMN own_statement text`])
