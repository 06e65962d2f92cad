import type { DeploymentServices, Role } from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { layerTestRuntime } from "@openpb/store/testing"
import { Effect, type Layer, ManagedRuntime } from "effect"
import type { SqlClient } from "effect/sql"
import { exportJWK, generateKeyPair, SignJWT } from "jose"
import { makeHttpApp, makeJwtAuthenticator } from "../../src/index.ts"

const issuer = "https://id.matrix.example"
const audience = "openpb"

export type MatrixRuntime = ManagedRuntime.ManagedRuntime<
  DeploymentServices | SqlClient.SqlClient,
  unknown
>

/** Who a signed token says the caller is. */
export interface Claims {
  readonly subject: string
  readonly role: Role
  readonly council: string
  /** The person the caller is (role person) or cares for (role carer). */
  readonly personId?: string
}

/** A running app on a fresh database, as production runs it, and a way to sign callers' tokens. */
export interface MatrixApp {
  readonly runtime: MatrixRuntime
  readonly app: ReturnType<typeof makeHttpApp>
  readonly sign: (claims: Claims) => Promise<string>
  /** Defects the app logged: a refusal must never be one. */
  readonly defects: ReadonlyArray<string>
}

export const startMatrixApp = async (): Promise<MatrixApp> => {
  const runtime: MatrixRuntime = ManagedRuntime.make(
    layerTestRuntime(EnglandDefaultPolicies) as Layer.Layer<
      DeploymentServices | SqlClient.SqlClient
    >,
  )
  const keys = await generateKeyPair("ES256")
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: "m1", alg: "ES256", use: "sig" }
  const defects: Array<string> = []
  const app = makeHttpApp({
    runtime,
    resolveActor: makeJwtAuthenticator({
      jwks: { keys: [jwk] },
      issuer,
      audience,
      algorithms: ["ES256"],
    }),
    readiness: Effect.succeed(true),
    production: true,
    ratePerMinute: 1_000_000,
    // The matrix selects every field of every answer, to check no other council's id comes
    // back: far more than a client asks for, so the field and cost limits are lifted for it alone.
    graphqlLimits: { maxFields: 5_000, maxCost: 1_000_000 },
    logDefect: (requestId, error) => defects.push(`${requestId}: ${String(error)}`),
  })
  const sign = (claims: Claims) =>
    new SignJWT({
      roles: [claims.role],
      council: claims.council,
      ...(claims.personId === undefined ? {} : { person_id: claims.personId }),
    })
      .setProtectedHeader({ alg: "ES256", kid: "m1" })
      .setSubject(claims.subject)
      .setIssuer(issuer)
      .setAudience(audience)
      .setExpirationTime("1h")
      .sign(keys.privateKey)
  return { runtime, app, sign, defects }
}
