import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { DeploymentServices } from "@openpb/core"
import { schema } from "@openpb/graphql"
import { Effect, Layer, ManagedRuntime } from "effect"
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql"
import { exportJWK, generateKeyPair, SignJWT } from "jose"
import { type BrowserContext, chromium } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { listen, makeHttpApp, makeJwtAuthenticator, type RunningServer } from "../src/index.ts"

/** The type whose docs GraphiQL must show (issue 11's acceptance names `SupportPlan`). */
const TYPE_NAME = "SupportPlan"

const CHROMIUM = "/usr/bin/chromium"
const missing = !existsSync(CHROMIUM)
if (missing) {
  console.warn(
    `\n${"!".repeat(78)}\n!! SKIPPED: GraphiQL browser test. No Chromium at ${CHROMIUM}.\n!! Install it: apt-get update && apt-get install -y chromium (.ci/run does this).\n${"!".repeat(78)}\n`,
  )
}

// Introspection never reaches a use case: the server runs on an empty runtime.
const runtime = ManagedRuntime.make(Layer.empty) as unknown as ManagedRuntime.ManagedRuntime<
  DeploymentServices,
  unknown
>

/** The fields (or values) the docs must list for the type, read from the schema itself. */
const expectedEntries = (name: string): ReadonlyArray<string> => {
  const type = schema.getType(name)
  if (!type) throw new Error(`the schema has no type ${name}: change TYPE_NAME`)
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))
    return Object.keys(type.getFields()).slice(0, 3)
  if (isEnumType(type))
    return type
      .getValues()
      .slice(0, 3)
      .map((value) => value.name)
  return []
}

describe.skipIf(missing)(
  `GraphiQL in headless Chromium${missing ? ` (SKIPPED: no Chromium at ${CHROMIUM})` : ""}`,
  () => {
    let server: RunningServer
    let token: string
    let userDataDir: string
    let browser: BrowserContext | undefined

    beforeAll(async () => {
      // A development token, as a council's built-in issuer signs one.
      const pair = await generateKeyPair("ES256")
      const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: "dev-1", alg: "ES256" }
      token = await new SignJWT({ roles: ["council-admin"], council: "northmere" })
        .setProtectedHeader({ alg: "ES256", kid: "dev-1" })
        .setSubject("graphiql-test")
        .setIssuer("openpb-development-issuer")
        .setAudience("openpb")
        .setIssuedAt()
        .setExpirationTime("1h")
        .sign(pair.privateKey)
      const app = makeHttpApp({
        runtime,
        resolveActor: makeJwtAuthenticator({
          jwks: { keys: [publicJwk] },
          issuer: "openpb-development-issuer",
          audience: "openpb",
        }),
        readiness: Effect.succeed(true),
        production: false,
      })
      server = await listen(app, { port: 0, hostname: "127.0.0.1" })
      userDataDir = mkdtempSync(join(tmpdir(), "openpb-chromium-"))
    })

    afterAll(async () => {
      await browser?.close()
      await server?.close()
      await runtime.dispose()
      if (userDataDir) rmSync(userDataDir, { recursive: true, force: true })
    })

    it(`loads the schema with no CDN and shows the docs for ${TYPE_NAME}`, async () => {
      const entries = expectedEntries(TYPE_NAME)
      browser = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
        extraHTTPHeaders: { authorization: `Bearer ${token}` },
      })
      // Anything asked of another host is refused and recorded: the page must not need it.
      const offServer: Array<string> = []
      await browser.route("**/*", (route) => {
        const url = route.request().url()
        if (url.startsWith(server.url) || url.startsWith("blob:") || url.startsWith("data:"))
          return route.continue()
        offServer.push(url)
        return route.abort()
      })
      const page = browser.pages()[0] ?? (await browser.newPage())
      const pageErrors: Array<string> = []
      page.on("pageerror", (error) => pageErrors.push(String(error)))
      const introspection = page.waitForResponse(
        (response) =>
          response.url() === `${server.url}/graphql` && response.request().method() === "POST",
      )

      await page.goto(`${server.url}/graphql`)
      const answer = await introspection
      expect(answer.status()).toBe(200)
      expect(((await answer.json()) as { errors?: unknown }).errors).toBeUndefined()

      await page.getByRole("button", { name: "Show Documentation Explorer" }).click()
      const docs = page.locator(".graphiql-doc-explorer")
      await expect.poll(() => docs.textContent(), { timeout: 15_000 }).toContain("Root Types")

      // The explorer's first page lists every type of the schema; open the one asked for.
      await docs
        .locator(".graphiql-doc-explorer-content")
        .getByRole("link", { name: TYPE_NAME, exact: true })
        .first()
        .click()
      await expect
        .poll(() => docs.locator(".graphiql-doc-explorer-title").textContent(), { timeout: 10_000 })
        .toBe(TYPE_NAME)
      const shown = (await docs.locator(".graphiql-doc-explorer-content").textContent()) ?? ""
      for (const entry of entries) expect(shown).toContain(entry)

      expect(offServer).toEqual([])
      expect(pageErrors).toEqual([])
    }, 60_000)
  },
)
