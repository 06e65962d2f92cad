export {
  type ClientOptions,
  createOpenpbClient,
  type ExtraHeaders,
  type OpenpbClient,
  withHeaders,
} from "./trpcClient.ts"
export {
  type AnyTypedDocument,
  type BudgetSummary,
  Budgets,
  Caseload,
  type Documents,
  documents,
  GraphqlError,
  type GraphqlRequestOptions,
  PortalDecisions,
  queryOf,
  requestGraphql,
  type TypedDocument,
} from "./graphql.ts"
/** Every generated document (`PersonDocument`...), its result and variables types, inputs and enums. */
export * as gql from "./gql/graphql.ts"
export type { AppRouter } from "./generated/appRouter.ts"
export type { RouterInputs, RouterOutputs } from "./router.ts"
export { documentIdOf, trustedDocumentManifest } from "./trustedDocuments.ts"
