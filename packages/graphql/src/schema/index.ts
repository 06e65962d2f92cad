import { builder } from "../builder.ts"
import "../scalars.ts"
import { deriveFields } from "../derive/fields.ts"
import "./relations.ts"

deriveFields()

/** The whole GraphQL schema: every use-case contract's field, built once. */
export const schema = builder.toSchema({ sortSchema: true })
