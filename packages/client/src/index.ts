export { type ClientOptions, createOpenpbClient, type OpenpbClient } from "./trpcClient.ts"
export {
  type BudgetSummary,
  Budgets,
  Caseload,
  documents,
  PortalDecisions,
  requestGraphql,
  type TypedDocument,
} from "./graphql.ts"
export type { RouterInputs, RouterOutputs } from "@openpb/trpc"
export { documentIdOf, trustedDocumentManifest } from "./trustedDocuments.ts"
