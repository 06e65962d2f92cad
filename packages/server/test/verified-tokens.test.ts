import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeVerifiedTokenCache } from "../src/auth/verifiedTokens.ts"
import { makeJwtAuthenticator } from "../src/index.ts"

describe("the verified-token cache", () => {
  const actor = { subject: "ada" }
  const setup = (keySet: { current: object; kids: Array<string> }, max = 10) => {
    let clock = 1_000_000
    const cache = makeVerifiedTokenCache<typeof actor>({
      max,
      maxAgeMs: 300_000,
      keys: { current: () => keySet.current, hasKey: (kid) => keySet.kids.includes(kid) },
      now: () => clock,
    })
    return { cache, advance: (ms: number) => (clock += ms), at: () => clock }
  }

  it("answers until the token's expiry plus tolerance, then verifies again", () => {
    const keys = { current: {}, kids: ["k1"] }
    const { cache, advance, at } = setup(keys)
    cache.remember("t", {
      actor,
      kid: "k1",
      expiresAtSeconds: at() / 1000 + 60,
      toleranceSeconds: 30,
    })
    expect(cache.get("t")).toBe(actor)
    advance(89_999)
    expect(cache.get("t")).toBe(actor)
    advance(1)
    expect(cache.get("t")).toBeUndefined()
    expect(cache.size()).toBe(0)
  })

  it("never answers longer than its maximum age, however long the token lives", () => {
    const { cache, advance, at } = setup({ current: {}, kids: ["k1"] })
    cache.remember("t", {
      actor,
      kid: "k1",
      expiresAtSeconds: at() / 1000 + 86_400,
      toleranceSeconds: 0,
    })
    advance(299_999)
    expect(cache.get("t")).toBe(actor)
    advance(1)
    expect(cache.get("t")).toBeUndefined()
  })

  it("drops a token once the key set no longer holds its key", () => {
    const keys = { current: {}, kids: ["k1"] }
    const { cache, at } = setup(keys)
    const expiresAtSeconds = at() / 1000 + 600
    cache.remember("signed-by-k1", { actor, kid: "k1", expiresAtSeconds, toleranceSeconds: 0 })
    cache.remember("no-kid", { actor, kid: undefined, expiresAtSeconds, toleranceSeconds: 0 })
    keys.current = {}
    keys.kids = ["k1", "k2"]
    expect(cache.get("signed-by-k1")).toBe(actor)
    expect(cache.get("no-kid")).toBeUndefined()
    keys.current = {}
    keys.kids = ["k2"]
    expect(cache.get("signed-by-k1")).toBeUndefined()
  })

  it("keeps at most its size, least recently used first out, and never an expired token", () => {
    const { cache, at } = setup({ current: {}, kids: ["k1"] }, 2)
    const expiresAtSeconds = at() / 1000 + 600
    for (const token of ["a", "b"]) {
      cache.remember(token, { actor, kid: "k1", expiresAtSeconds, toleranceSeconds: 0 })
    }
    cache.get("a")
    cache.remember("c", { actor, kid: "k1", expiresAtSeconds, toleranceSeconds: 0 })
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([actor, undefined, actor])
    cache.remember("old", {
      actor,
      kid: "k1",
      expiresAtSeconds: at() / 1000 - 1,
      toleranceSeconds: 0,
    })
    expect(cache.get("old")).toBeUndefined()
  })
})

describe("a cached token and a rotated issuer key", () => {
  const issuer = "https://id.northmere.example"
  const audience = "openpb"
  let served: { keys: Array<JWK> } = { keys: [] }
  let fetches = 0
  let server: Server
  let jwksUrl: URL
  let oldKey: CryptoKey
  let oldJwk: JWK
  let newJwk: JWK

  beforeAll(async () => {
    const oldPair = await generateKeyPair("ES256")
    oldKey = oldPair.privateKey
    oldJwk = { ...(await exportJWK(oldPair.publicKey)), kid: "old", alg: "ES256", use: "sig" }
    const newPair = await generateKeyPair("ES256")
    newJwk = { ...(await exportJWK(newPair.publicKey)), kid: "new", alg: "ES256", use: "sig" }
    served = { keys: [oldJwk] }
    server = createServer((_, response) => {
      fetches += 1
      response.setHeader("content-type", "application/json")
      response.end(JSON.stringify(served))
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    jwksUrl = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`)
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const request = (token: string) =>
    new Request("http://openpb.test/trpc", { headers: { authorization: `Bearer ${token}` } })

  it("is answered without another fetch, and refused soon after its key is rotated out", async () => {
    const authenticate = makeJwtAuthenticator({
      jwks: jwksUrl,
      issuer,
      audience,
      keySetMaxAgeMs: 200,
    })
    const token = await new SignJWT({ roles: ["practitioner"], council: "northmere" })
      .setProtectedHeader({ alg: "ES256", kid: "old" })
      .setSubject("sam@northmere")
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(oldKey)

    const first = await authenticate(request(token))
    expect(first?.subject).toBe("sam@northmere")
    const fetchesAfterFirst = fetches
    for (let i = 0; i < 50; i++)
      expect((await authenticate(request(token)))?.subject).toBe("sam@northmere")
    expect(fetches).toBe(fetchesAfterFirst)

    served = { keys: [newJwk] }
    await new Promise((resolve) => setTimeout(resolve, 250))
    const deadline = Date.now() + 5_000
    let answer = await authenticate(request(token))
    while (answer !== undefined && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      answer = await authenticate(request(token))
    }
    expect(answer).toBeUndefined()
    expect(fetches).toBeGreaterThan(fetchesAfterFirst)
  })

  it("does not answer a tampered copy of a cached token", async () => {
    const authenticate = makeJwtAuthenticator({ jwks: { keys: [oldJwk] }, issuer, audience })
    const token = await new SignJWT({ roles: ["practitioner"], council: "northmere" })
      .setProtectedHeader({ alg: "ES256", kid: "old" })
      .setSubject("sam@northmere")
      .setIssuer(issuer)
      .setAudience(audience)
      .setExpirationTime("1h")
      .sign(oldKey)
    const [header, payload, signature] = token.split(".")
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString())
    const raised = Buffer.from(JSON.stringify({ ...claims, roles: ["council-admin"] })).toString(
      "base64url",
    )
    expect((await authenticate(request(token)))?.subject).toBe("sam@northmere")
    expect(await authenticate(request(`${header}.${raised}.${signature}`))).toBeUndefined()
    expect((await authenticate(request(token)))?.roles).toEqual(["practitioner"])
  })
})
