import { runStatements } from "./runStatements.ts"

/**
 * A challenge's result takes the complaints regulations' words from this release: "upheld" now
 * means the person's challenge succeeded (it was "overturned"), "partly-upheld" that it succeeded
 * in part ("partly-overturned"), and "not-upheld" that the decision stands (it was "upheld"). The
 * meaning of every stored result is kept; only the words change, in one statement each so no row
 * is mapped twice. Domain events keep their words as recorded.
 */
const newWord = (column: string) => `CASE ${column}
      WHEN 'upheld' THEN 'not-upheld'
      WHEN 'overturned' THEN 'upheld'
      WHEN 'partly-overturned' THEN 'partly-upheld'
      ELSE ${column} END`

export default runStatements([
  `UPDATE challenges SET status = ${newWord("status")}
    WHERE status IN ('upheld', 'overturned', 'partly-overturned')`,
  // Decisions are immutable to the application; the rename is the migration's alone.
  `ALTER TABLE decisions DISABLE TRIGGER decisions_no_update`,
  `UPDATE decisions SET outcome = ${newWord("outcome")}
    WHERE kind = 'challenge-outcome' AND outcome IN ('upheld', 'overturned', 'partly-overturned')`,
  `ALTER TABLE decisions ENABLE TRIGGER decisions_no_update`,
])
