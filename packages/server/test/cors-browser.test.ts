import { existsSync } from "node:fs"
import { createServer, type Server } from "node:http"
import { Actor, CouncilId, type DeploymentServices } from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { layerTestRuntime } from "@openpb/store/testing"
import { Effect, type Layer, ManagedRuntime } from "effect"
import type { SqlClient } from "effect/sql"
import { type Browser, chromium } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { listen, makeHttpApp, type RequestLine, type RunningServer } from "../src/index.ts"

const CHROMIUM = "/usr/bin/chromium"
const missing = !existsSync(CHROMIUM)
if (missing) {
  console.warn(
    `\n${"!".repeat(78)}\n!! SKIPPED: CORS browser test. No Chromium at ${CHROMIUM}.\n!! Install it: apt-get update && apt-get install -y chromium (.ci/run does this).\n${"!".repeat(78)}\n`,
  )
}

const actor = new Actor({
  subject: "portal-staff",
  roles: ["council-admin"],
  councilId: CouncilId.make("northmere"),
})

/** What a council's portal page does: a GraphQL call with a token and the stated purpose. */
const callFromPage = (api: string) =>
  fetch(`${api}/graphql`, {
    method: "POST",
    headers: {
      authorization: "Bearer test",
      "content-type": "application/json",
      "x-openpb-purpose": "reviewing the person's plan",
    },
    body: JSON.stringify({ query: "{ budgets(first: 1) { pageInfo { hasNextPage } } }" }),
  }).then(
    async (response) => ({
      status: response.status,
      body: await response.text(),
      requestId: response.headers.get("x-request-id"),
    }),
    (error: unknown) => ({ error: String(error) }),
  )

describe.skipIf(missing)(
  `CORS from a page in headless Chromium${missing ? ` (SKIPPED: no Chromium at ${CHROMIUM})` : ""}`,
  () => {
    let runtime: ManagedRuntime.ManagedRuntime<DeploymentServices | SqlClient.SqlClient, unknown>
    let page: Server
    let pageOrigin = ""
    let browser: Browser | undefined
    const apis: Array<RunningServer> = []
    const lines: Array<RequestLine> = []

    /** The API on its own port (so another origin than the page's), allowing `corsOrigins`. */
    const api = async (corsOrigins: ReadonlyArray<string>) => {
      const server = await listen(
        makeHttpApp({
          runtime,
          resolveActor: async (request) =>
            request.headers.get("authorization") === "Bearer test" ? actor : undefined,
          readiness: Effect.succeed(true),
          production: true,
          corsOrigins,
          logRequest: (line) => lines.push(line),
        }),
        { port: 0, hostname: "127.0.0.1" },
      )
      apis.push(server)
      return server.url
    }

    /** Runs the portal's call in a page served from `pageOrigin`. */
    const callIn = async (apiUrl: string) => {
      if (browser === undefined) throw new Error("Chromium did not start")
      const context = await browser.newContext()
      const tab = await context.newPage()
      await tab.goto(`${pageOrigin}/portal`)
      const result = await tab.evaluate(callFromPage, apiUrl)
      await context.close()
      return result
    }

    beforeAll(async () => {
      runtime = ManagedRuntime.make(
        layerTestRuntime(EnglandDefaultPolicies) as Layer.Layer<
          DeploymentServices | SqlClient.SqlClient
        >,
      )
      await runtime.runPromise(Effect.void)
      page = createServer((_, response) =>
        response
          .writeHead(200, { "content-type": "text/html" })
          .end("<!doctype html><title>Portal</title>"),
      )
      await new Promise<void>((resolve) => page.listen(0, "127.0.0.1", resolve))
      const address = page.address()
      pageOrigin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
      })
    })

    afterAll(async () => {
      await browser?.close()
      for (const server of apis) await server.close({ graceMs: 0 })
      await new Promise((resolve) => page?.close(resolve))
      await runtime?.dispose()
    })

    it("lets a page on an allowed origin send the purpose header the README invites", async () => {
      const result = await callIn(await api([pageOrigin]))
      expect(result).toMatchObject({ status: 200 })
      expect("body" in result && JSON.parse(result.body)).toEqual({
        data: { budgets: { pageInfo: { hasNextPage: expect.any(Boolean) } } },
      })
      // The request id is exposed to the page, so a portal can quote it.
      expect("requestId" in result && result.requestId).toMatch(/.{8,}/)
      // The browser asked first (a preflight), then sent the call.
      const methods = lines.map((line) => line.method)
      expect(methods).toContain("OPTIONS")
      expect(lines.at(-1)).toMatchObject({ method: "POST", status: 200, subject: "portal-staff" })
    })

    it("lets a page on any origin call when the API allows *", async () => {
      expect(await callIn(await api(["*"]))).toMatchObject({ status: 200 })
    })

    it("stops a page on an origin not allowed: the browser refuses to hand over the answer", async () => {
      const result = await callIn(await api(["https://portal.northmere.example"]))
      expect(result).toEqual({ error: expect.stringMatching(/Failed to fetch/) })
    })
  },
)
