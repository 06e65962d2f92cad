import type { DeploymentServices } from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { countRows, layerTestRuntime, testDatabaseKind } from "@openpb/store/testing"
import { Effect, type Layer, ManagedRuntime } from "effect"
import type { SqlClient } from "effect/sql"
import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeHttpApp, makeJwtAuthenticator } from "../src/index.ts"

const issuer = "https://id.northmere.example"
const audience = "openpb"
let runtime: ManagedRuntime.ManagedRuntime<DeploymentServices | SqlClient.SqlClient, unknown>
let signingKey: CryptoKey
let strangerKey: CryptoKey
let publicJwk: JWK
let app: ReturnType<typeof makeHttpApp>

beforeAll(async () => {
  runtime = ManagedRuntime.make(
    layerTestRuntime(EnglandDefaultPolicies) as Layer.Layer<
      DeploymentServices | SqlClient.SqlClient
    >,
  )
  const pair = await generateKeyPair("RS256")
  signingKey = pair.privateKey
  strangerKey = (await generateKeyPair("RS256")).privateKey
  publicJwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" }
  app = makeHttpApp({
    runtime,
    resolveActor: makeJwtAuthenticator({
      jwks: { keys: [publicJwk] },
      issuer,
      audience,
      clockToleranceSeconds: 30,
    }),
    readiness: Effect.succeed(true),
    production: true,
  })
})
afterAll(() => runtime.dispose())

const now = () => Math.floor(Date.now() / 1000)
const token = (
  overrides: {
    iss?: string
    aud?: string
    exp?: number
    nbf?: number
    key?: CryptoKey
    roles?: Array<string>
  } = {},
) =>
  new SignJWT({ roles: overrides.roles ?? ["council-admin"], council: "northmere" })
    .setProtectedHeader({ alg: "RS256", kid: "k1" })
    .setSubject("admin@northmere")
    .setIssuer(overrides.iss ?? issuer)
    .setAudience(overrides.aud ?? audience)
    .setIssuedAt()
    .setNotBefore(overrides.nbf ?? now() - 10)
    .setExpirationTime(overrides.exp ?? now() + 600)
    .sign(overrides.key ?? signingKey)

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url")

const register = (authorization: string | undefined) =>
  app.request("/trpc/person.register", {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ givenName: "Ada", familyName: "Osei" }),
  })

describe(`bearer tokens on ${testDatabaseKind()}`, () => {
  it("a valid token from the issuer acts as its actor", async () => {
    const response = await register(`Bearer ${await token()}`)
    expect(response.status).toBe(200)
  })

  const refusals: ReadonlyArray<[string, () => Promise<string | undefined>]> = [
    ["no token", async () => undefined],
    [
      "an expired token",
      async () => `Bearer ${await token({ exp: now() - 120, nbf: now() - 600 })}`,
    ],
    ["a token not valid yet", async () => `Bearer ${await token({ nbf: now() + 600 })}`],
    ["another issuer", async () => `Bearer ${await token({ iss: "https://evil.example" })}`],
    ["another audience", async () => `Bearer ${await token({ aud: "someone-else" })}`],
    ["an unknown key", async () => `Bearer ${await token({ key: strangerKey })}`],
    [
      "the internal system role",
      async () => `Bearer ${await token({ roles: ["council-admin", "system"] })}`,
    ],
    ["a role that does not exist", async () => `Bearer ${await token({ roles: ["root"] })}`],
    [
      "alg none",
      async () =>
        `Bearer ${b64({ alg: "none", typ: "JWT" })}.${b64({ sub: "x", roles: ["council-admin"], council: "northmere", iss: issuer, aud: audience, exp: now() + 600 })}.`,
    ],
    [
      "a tampered payload",
      async () => {
        const [header, , signature] = (await token()).split(".")
        const forged = b64({
          sub: "admin@northmere",
          roles: ["council-admin"],
          council: "southfold",
          iss: issuer,
          aud: audience,
          exp: now() + 600,
        })
        return `Bearer ${header}.${forged}.${signature}`
      },
    ],
    ["a malformed header", async () => "Basic YWRtaW46YWRtaW4="],
  ]

  it.each(refusals)("%s gets 401 and nothing runs", async (_, authorization) => {
    const before = await runtime.runPromise(
      Effect.all([countRows("people"), countRows("domain_events")]),
    )
    const response = await register(await authorization())
    expect(response.status).toBe(401)
    expect(
      await runtime.runPromise(Effect.all([countRows("people"), countRows("domain_events")])),
    ).toEqual(before)
  })

  it("a token whose claims name no valid role or council proves no one", async () => {
    const bad = await new SignJWT({ roles: ["overlord"], council: "northmere" })
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setSubject("x")
      .setIssuer(issuer)
      .setAudience(audience)
      .setExpirationTime(now() + 600)
      .sign(signingKey)
    expect((await register(`Bearer ${bad}`)).status).toBe(401)
  })
})
