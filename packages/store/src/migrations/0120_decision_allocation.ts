import { runStatements } from "./runStatements.ts"

/**
 * A decision keeps the itemised lines of the amount it set (each question's points, each
 * domain's pounds, deductions, floor, cap). Decisions recorded before kept only their totals, so
 * every existing row gets an empty list; none is rewritten.
 */
export default runStatements([
  `ALTER TABLE decisions ADD COLUMN allocation jsonb NOT NULL DEFAULT '[]'::jsonb`,
])
