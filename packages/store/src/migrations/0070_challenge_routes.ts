import { runStatements } from "./runStatements.ts"

/**
 * A decision keeps every challenge route the deployment's rules opened and the rules that set its
 * deadline. Decisions made before this release have neither (they read as absent).
 */
export default runStatements([
  `ALTER TABLE decisions ADD COLUMN challenge_routes jsonb`,
  `ALTER TABLE decisions ADD COLUMN challenge_basis jsonb`,
])
