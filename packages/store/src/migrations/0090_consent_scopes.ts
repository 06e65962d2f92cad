import { runStatements } from "./runStatements.ts"

/**
 * A carer's consent becomes a set of scopes. The one "consent to view" a person gave before
 * meant seeing their record and their budget, so it becomes exactly those two scopes: nobody
 * gains finances, spending or acting for the person without asking them.
 */
export default runStatements([
  `ALTER TABLE carers ADD COLUMN consent_scopes text[] NOT NULL DEFAULT '{}'`,
  `UPDATE carers SET consent_scopes = ARRAY['view-plan', 'view-money'] WHERE consent_to_view`,
  `ALTER TABLE carers DROP COLUMN consent_to_view`,
])
