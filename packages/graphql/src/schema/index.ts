import { builder } from "../builder.ts"
import "./person.ts"
import "./budget.ts"
import "./decision.ts"
import "./journey.ts"
import "./ledger.ts"
import "./audit.ts"
import "./exports.ts"

/** The whole GraphQL schema, built once from the modules above. */
export const schema = builder.toSchema({ sortSchema: true })
