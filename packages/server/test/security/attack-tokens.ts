import { generateKeyPair, SignJWT } from "jose"
import { type Attack, type AttackEnv, graphqlRefused, refusedWith } from "./attack-harness.ts"

const now = () => Math.floor(Date.now() / 1000)
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url")

/** The built-in development issuer's identity (`@openpb/host`'s devIssuer.ts), as a forger would copy it. */
const devIssuer = "openpb-development-issuer"
const devAudience = "openpb"

/** Ways of presenting a token (or none) that must prove no one. */
const forgeries = (env: () => AttackEnv): ReadonlyArray<[string, () => Promise<string | null>]> => [
  ["no token", async () => null],
  ["a garbage token", async () => "Bearer not-a-token"],
  ["three garbage parts", async () => "Bearer aaaa.bbbb.cccc"],
  ["basic credentials", async () => "Basic YWRtaW46YWRtaW4="],
  ["the token in the query string instead", async () => null],
  [
    "alg none",
    async () =>
      `Bearer ${b64({ alg: "none", typ: "JWT" })}.${b64({ sub: "x", roles: ["council-admin"], council: "northmere", iss: "https://id.northmere.example", aud: "openpb", exp: now() + 600 })}.`,
  ],
  [
    "HS256 signed with the issuer's public key",
    async () =>
      `Bearer ${await new SignJWT({ roles: ["council-admin"], council: "northmere" })
        .setProtectedHeader({ alg: "HS256", kid: "k1" })
        .setSubject("admin@northmere")
        .setIssuer("https://id.northmere.example")
        .setAudience("openpb")
        .setExpirationTime(now() + 600)
        .sign(new TextEncoder().encode(env().publicKeyPem))}`,
  ],
  [
    "expired beyond the clock tolerance",
    async () => `Bearer ${await env().token({ exp: now() - 120, nbf: now() - 600 })}`,
  ],
  [
    "not valid before a future time",
    async () => `Bearer ${await env().token({ nbf: now() + 600 })}`,
  ],
  ["no expiry", async () => `Bearer ${await env().token({ exp: null })}`],
  ["no subject", async () => `Bearer ${await env().token({ sub: null })}`],
  ["another issuer", async () => `Bearer ${await env().token({ iss: "https://evil.example" })}`],
  ["another audience", async () => `Bearer ${await env().token({ aud: "someone-else" })}`],
  [
    "an unknown key id",
    async () => `Bearer ${await env().token({ key: env().strangerKey, kid: "k9" })}`,
  ],
  [
    "a stranger's key under the issuer's key id",
    async () => `Bearer ${await env().token({ key: env().strangerKey })}`,
  ],
  [
    "a payload tampered to switch council and raise roles",
    async () => {
      const [header, , signature] = (await env().token({ roles: ["person"] })).split(".")
      const forged = b64({
        sub: "admin@northmere",
        roles: ["council-admin"],
        council: "southfold",
        iss: "https://id.northmere.example",
        aud: "openpb",
        exp: now() + 600,
      })
      return `Bearer ${header}.${forged}.${signature}`
    },
  ],
  ["no roles", async () => `Bearer ${await env().token({ roles: null })}`],
  ["no roles at all (an empty list)", async () => `Bearer ${await env().token({ roles: [] })}`],
  ["a role that does not exist", async () => `Bearer ${await env().token({ roles: ["root"] })}`],
  [
    "roles of the wrong type",
    async () => `Bearer ${await env().token({ roles: { admin: true } })}`,
  ],
  ["the internal system role", async () => `Bearer ${await env().token({ roles: ["system"] })}`],
  [
    "the internal system role beside a real one",
    async () => `Bearer ${await env().token({ roles: ["council-admin", "system"] })}`,
  ],
  [
    "the internal system role in a space-separated claim",
    async () => `Bearer ${await env().token({ roles: "council-admin system" })}`,
  ],
  [
    "a development-issuer token (its issuer, audience and key) in production",
    async () => {
      const dev = await generateKeyPair("ES256")
      return `Bearer ${await new SignJWT({ roles: ["council-admin"], council: "northmere" })
        .setProtectedHeader({ alg: "ES256", kid: "dev-1" })
        .setSubject("dev-council-admin")
        .setIssuer(devIssuer)
        .setAudience(devAudience)
        .setIssuedAt()
        .setExpirationTime("8h")
        .sign(dev.privateKey)}`
    },
  ],
  [
    "a development key claiming the council's issuer",
    async () => {
      const dev = await generateKeyPair("ES256")
      return `Bearer ${await env().token({ key: dev.privateKey, kid: "dev-1", alg: "ES256" })}`
    },
  ],
]

const registerBody = JSON.stringify({ givenName: "Forged", familyName: "Write" })

/** Every forgery against a write through tRPC and a read through GraphQL: 401, nothing written. */
export const tokenAttacks = (env: () => AttackEnv): ReadonlyArray<Attack> => [
  ...forgeries(env).flatMap(([name, authorization]): ReadonlyArray<Attack> => {
    const query = name.includes("query string")
    const headers = async (): Promise<Record<string, string>> => {
      const value = await authorization()
      return {
        "content-type": "application/json",
        ...(value === null ? {} : { authorization: value }),
      }
    }
    const tokenParam = async () =>
      query ? `?access_token=${encodeURIComponent(await env().token())}` : ""
    return [
      {
        group: "tokens",
        name: `${name}: a tRPC write`,
        run: async () => {
          const before = await env().rows()
          const response = await env().app.request(`/trpc/person.register${await tokenParam()}`, {
            method: "POST",
            headers: await headers(),
            body: registerBody,
          })
          const verdict = await refusedWith(response, { statuses: [401], secrets: env().secrets })
          const after = await env().rows()
          const wrote = after.some((n, i) => n !== before[i])
          return {
            ...verdict,
            leaked: wrote ? [...verdict.leaked, "rows written"] : verdict.leaked,
          }
        },
      },
      {
        group: "tokens",
        name: `${name}: a GraphQL read`,
        run: async () =>
          refusedWith(
            await env().app.request(`/graphql${await tokenParam()}`, {
              method: "POST",
              headers: await headers(),
              body: JSON.stringify({
                query: `{ person(personId: "${env().personId}") { givenName familyName } }`,
              }),
            }),
            { statuses: [401], secrets: env().secrets },
          ),
      },
    ]
  }),
  // A valid token of another council: signed in, but northmere's records do not exist for it.
  {
    group: "tokens",
    name: "a valid token of another council reading this council's person through tRPC",
    run: async () =>
      refusedWith(
        await env().app.request(
          `/trpc/person.get?input=${encodeURIComponent(JSON.stringify({ personId: env().personId }))}`,
          { headers: { authorization: `Bearer ${await env().token({ council: "southfold" })}` } },
        ),
        { statuses: [403, 404], secrets: env().secrets },
      ),
  },
  {
    group: "tokens",
    name: "a valid token of another council reading this council's person through GraphQL",
    run: async () =>
      graphqlRefused(
        await env().app.request("/graphql", {
          method: "POST",
          headers: {
            "content-type": "application/json",
            authorization: `Bearer ${await env().token({ council: "southfold" })}`,
          },
          body: JSON.stringify({
            query: `{ person(personId: "${env().personId}") { givenName familyName } }`,
          }),
        }),
        env().secrets,
      ),
  },
]
