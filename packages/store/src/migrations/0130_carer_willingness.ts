import { runStatements } from "./runStatements.ts"

/**
 * A carer's own word on the unpaid support they give (willing and able, hours a week, when).
 * Carers recorded before have said nothing yet (null), so no budget counts their support.
 */
export default runStatements([`ALTER TABLE carers ADD COLUMN willingness jsonb`])
