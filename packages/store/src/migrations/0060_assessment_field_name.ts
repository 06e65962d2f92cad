import { runStatements } from "./runStatements.ts"

/**
 * Two assessment fields are spelt right from this release (`needsArisefrom...` becomes
 * `needsAriseFrom...`, adult and carer): stored journeys and the frozen inputs of decisions take
 * the new names, so they still decode and replay. Domain events keep their words as recorded.
 */
export default runStatements([
  `UPDATE journeys
      SET data = replace(replace(data::text, '"needsArisefromImpairmentOrIllness"', '"needsAriseFromImpairmentOrIllness"'), '"needsArisefromProvidingNecessaryCare"', '"needsAriseFromProvidingNecessaryCare"')::jsonb
    WHERE data::text LIKE '%"needsArisefrom%'`,
  // Decisions are immutable to the application; the rename is the migration's alone.
  `ALTER TABLE decisions DISABLE TRIGGER decisions_no_update`,
  `UPDATE decisions
      SET inputs = replace(replace(inputs::text, '"needsArisefromImpairmentOrIllness"', '"needsAriseFromImpairmentOrIllness"'), '"needsArisefromProvidingNecessaryCare"', '"needsAriseFromProvidingNecessaryCare"')::jsonb
    WHERE inputs::text LIKE '%"needsArisefrom%'`,
  `ALTER TABLE decisions ENABLE TRIGGER decisions_no_update`,
])
