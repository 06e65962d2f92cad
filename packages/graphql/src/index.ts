export type { GraphqlContext } from "./context.ts"
export { maskError } from "./errors.ts"
export { schema } from "./schema/index.ts"
export { printSchemaSdl } from "./printSchema.ts"
export { makeYoga, type OpenpbYoga, type YogaOptions } from "./yoga.ts"
export {
  defaultLimits,
  introspectionLimits,
  limitRule,
  maxNesting,
  type QueryLimits,
  resolveLimits,
  useQueryLimits,
} from "./limits.ts"
export { operationCost, useCostLimit } from "./cost.ts"
export { type OnBadRequest, useRequestParsing } from "./requestParsing.ts"
export { type DocumentBounds, exceedsBounds, useDocumentBounds } from "./documentBounds.ts"
export {
  defaultGraphiqlAssetsPath,
  type GraphiqlAsset,
  type GraphiqlAssetName,
  graphiqlAsset,
  renderLocalGraphiql,
} from "./graphiql.ts"
export {
  checkManifest,
  documentId,
  type TrustedDocumentManifest,
  type TrustedDocumentsOptions,
  trustedDocumentManifest,
  useTrustedDocuments,
} from "./trustedDocuments.ts"
