export { type HttpAppOptions, makeHttpApp } from "./HttpApp.ts"
export { listen, type RunningServer } from "./serve.ts"
export {
  type ClaimMapping,
  type JwtAuthenticatorOptions,
  makeJwtAuthenticator,
} from "./auth/JwtAuthenticator.ts"
export { checkManifest, type TrustedDocumentsOptions } from "@openpb/graphql"
