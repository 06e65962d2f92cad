export { type HttpAppOptions, makeHttpApp, type ReadinessCheck } from "./HttpApp.ts"
export { logRequestLine, type RequestLine, type RequestTrace } from "./requestTelemetry.ts"
export { listen, type RunningServer } from "./serve.ts"
export {
  type ClaimMapping,
  type JwtAuthenticatorOptions,
  makeJwtAuthenticator,
} from "./auth/JwtAuthenticator.ts"
export { checkManifest, type TrustedDocumentsOptions } from "@openpb/graphql"
