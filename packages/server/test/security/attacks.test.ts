import type { DeploymentServices } from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { countRows, layerTestRuntime, testDatabaseKind } from "@openpb/store/testing"
import { Effect, type Layer, ManagedRuntime } from "effect"
import type { SqlClient } from "effect/sql"
import { exportJWK, exportSPKI, generateKeyPair, type JWK, SignJWT } from "jose"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeHttpApp, makeJwtAuthenticator } from "../../src/index.ts"
import { type AttackEnv, makeTally, type TokenOverrides } from "./attack-harness.ts"
import { graphqlAttacks } from "./attack-graphql.ts"
import { httpAttacks } from "./attack-http.ts"
import { tokenAttacks } from "./attack-tokens.ts"

/*
 * The attack suite: forged and abused tokens, GraphQL abuse and HTTP hygiene, each sent to a
 * production deployment signing people in with an issuer's keys. Every attack must be refused
 * and give nothing away (no data of the council's person, no stack, no SQL, no field
 * suggestion); the last test prints one line with the counts and asserts nothing leaked.
 */

const issuer = "https://id.northmere.example"
const audience = "openpb"
const secrets = ["Zephyrine", "Quillfeather"]

let runtime: ManagedRuntime.ManagedRuntime<DeploymentServices | SqlClient.SqlClient, unknown>
let env: AttackEnv
const badRequests: Array<string> = []

beforeAll(async () => {
  runtime = ManagedRuntime.make(
    layerTestRuntime(EnglandDefaultPolicies) as Layer.Layer<
      DeploymentServices | SqlClient.SqlClient
    >,
  )
  const pair = await generateKeyPair("RS256", { extractable: true })
  const strangerKey = (await generateKeyPair("RS256")).privateKey
  const publicJwk: JWK = {
    ...(await exportJWK(pair.publicKey)),
    kid: "k1",
    alg: "RS256",
    use: "sig",
  }
  const resolveActor = makeJwtAuthenticator({ jwks: { keys: [publicJwk] }, issuer, audience })
  const production = {
    runtime,
    readiness: Effect.succeed(true),
    production: true,
    corsOrigins: ["https://portal.northmere.example"],
    logDefect: () => undefined,
    logBadRequest: (requestId: string, api: string, reason: string) =>
      badRequests.push(`${api} ${requestId} ${reason}`),
  }
  const now = () => Math.floor(Date.now() / 1000)
  const token = (o: TokenOverrides = {}) => {
    let jwt = new SignJWT({
      ...(o.roles === null ? {} : { roles: o.roles ?? ["council-admin"] }),
      council: o.council ?? "northmere",
    })
      .setProtectedHeader({ alg: o.alg ?? "RS256", kid: o.kid ?? "k1" })
      .setIssuer(o.iss ?? issuer)
      .setAudience(o.aud ?? audience)
      .setIssuedAt()
      .setNotBefore(o.nbf ?? now() - 10)
    if (o.sub !== null) jwt = jwt.setSubject(o.sub ?? "admin@northmere")
    if (o.exp !== null) jwt = jwt.setExpirationTime(o.exp ?? now() + 600)
    return jwt.sign(o.key ?? pair.privateKey)
  }
  const app = makeHttpApp({ ...production, resolveActor, ratePerMinute: 100_000 })
  const registered = await app.request("/trpc/person.register", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await token()}` },
    body: JSON.stringify({ givenName: secrets[0], familyName: secrets[1] }),
  })
  expect(registered.status).toBe(200)
  const person = (await registered.json()) as { result: { data: { id: string } } }
  env = {
    app,
    limited: makeHttpApp({ ...production, resolveActor, ratePerMinute: 5 }),
    broken: makeHttpApp({
      ...production,
      resolveActor: async () => {
        throw new Error(
          'duplicate key value violates unique constraint "people_pkey": SELECT * FROM people',
        )
      },
    }),
    token,
    publicKeyPem: await exportSPKI(pair.publicKey),
    strangerKey,
    personId: person.result.data.id,
    secrets,
    rows: () => runtime.runPromise(Effect.all([countRows("people"), countRows("domain_events")])),
    badRequests,
  }
})
afterAll(() => runtime.dispose())

const tally = makeTally()
const attacks = {
  tokens: tokenAttacks(() => env),
  graphql: graphqlAttacks(() => env),
  http: httpAttacks(() => env),
}
const total = Object.values(attacks).reduce((n, list) => n + list.length, 0)

describe(`the attack suite on ${testDatabaseKind()}`, () => {
  for (const [group, list] of Object.entries(attacks)) {
    describe(group, () => {
      it.each(list.map((attack) => [attack.name, attack] as const))("%s", (_, attack) =>
        tally.run(attack),
      )
    })
  }

  it("reports what it tried, what was refused and what leaked: nothing", () => {
    console.log(tally.line())
    expect(tally.counts.tried).toBe(total)
    expect(tally.failures).toEqual([])
    expect(tally.counts.refused).toBe(tally.counts.tried)
    expect(tally.counts.leaked).toBe(0)
  })
})
