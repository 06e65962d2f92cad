import { runStatements } from "./runStatements.ts"

/**
 * Which providers a journey's approved plan contracts (a plan line's `providerId`), kept beside
 * the journey's document so a provider's access and lists find their budgets by index. Plans
 * written before named no provider account, so every journey starts with none.
 */
export default runStatements([
  `ALTER TABLE journeys ADD COLUMN contracted_providers text[] NOT NULL DEFAULT '{}'`,
  `CREATE INDEX journeys_contracted_providers_idx ON journeys USING gin (contracted_providers)`,
])
