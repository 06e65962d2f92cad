import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { hostConfig, loadDevIssuer, startCouncil } from "@openpb/host"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { northmereApp } from "../src/deployment.ts"
import { run } from "./server.ts"

/**
 * A short soak, in process: the reference council's HTTP app under the mixed load of
 * `pnpm bench:soak` (reads and writes through both APIs), its heap measured after forced
 * collections. A per-request leak shows as a heap that keeps growing with the requests; the
 * long run against a real server is `pnpm bench:soak`.
 */
const requests = Number(process.env.OPENPB_MEMORY_TEST_REQUESTS ?? 4_000)
const warmUp = 1_000
const rounds = 4
/**
 * Heap growth allowed over the run, fitted through the samples. Kept short for `pnpm test`
 * on two cores, it catches a leak of a kilobyte a request or more (the audit statements that
 * filled the SQL driver's cache kept about 250 bytes a request); raise the requests for a
 * finer check.
 */
const boundMB = 3

const MB = 1024 * 1024
const dataDir = mkdtempSync(join(tmpdir(), "openpb-memory-"))
const schema = `openpb_memory_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`
// The deployment's settings as `pnpm start` reads them (this file has a worker process of its own).
Object.assign(process.env, {
  DATABASE_SCHEMA: schema,
  OPENPB_DATA_DIR: dataDir,
  OPENPB_EXPORTS_DIR: join(dataDir, "exports"),
  OPENPB_RATE_PER_MINUTE: String(1_000_000_000),
  NODE_ENV: "development",
})

let started: Awaited<ReturnType<typeof startCouncil>>
beforeAll(async () => {
  started = await startCouncil(northmereApp, await Effect.runPromise(hostConfig(dataDir)))
})
afterAll(async () => {
  await started?.runtime.dispose()
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(`${dataDir}.dev-issuer.json`, { force: true })
  if (process.env.DATABASE_URL)
    await run("psql", [process.env.DATABASE_URL, "-qc", `DROP SCHEMA IF EXISTS ${schema} CASCADE`])
})

const gc = (globalThis as { gc?: () => void }).gc

/** The heap in use after full collections, with finalizers given a turn to run between them. */
const heapAfterCollection = async () => {
  for (let i = 0; i < 3; i++) {
    gc?.()
    await new Promise((resolve) => setImmediate(resolve))
  }
  return process.memoryUsage().heapUsed / MB
}

const slope = (points: ReadonlyArray<readonly [number, number]>) => {
  const mx = points.reduce((s, [x]) => s + x, 0) / points.length
  const my = points.reduce((s, [, y]) => s + y, 0) / points.length
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0)
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0)
  return sxy / sxx
}

describe("memory under a steady load", () => {
  it.skipIf(gc === undefined)(
    `keeps the heap flat over ${requests} mixed requests through both APIs`,
    async () => {
      const token = await (await loadDevIssuer(dataDir)).sign({
        subject: "memory-test",
        roles: ["council-admin", "finance", "approver"],
        council: "northmere",
      })
      const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" }
      let errors = 0
      const call = async (path: string, body?: unknown) => {
        const response = await started.app.fetch(
          new Request(`http://localhost${path}`, {
            method: body === undefined ? "GET" : "POST",
            headers,
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          }),
        )
        const text = await response.text()
        if (response.status !== 200 || text.includes('"errors"')) errors++
        return text
      }
      const input = (value: unknown) => `?input=${encodeURIComponent(JSON.stringify(value))}`
      const listed = JSON.parse(await call(`/trpc/budget.list${input({ first: 1 })}`)) as {
        result: { data: { items: [{ personId: string }] } }
      }
      const personId = listed.result.data.items[0].personId
      const budgets = {
        query:
          "{ budgets(first: 20) { edges { node { id amountPence person { givenName } } } pageInfo { endCursor } } }",
      }
      const mix: ReadonlyArray<(n: number) => Promise<unknown>> = [
        () => call(`/trpc/budget.list${input({ first: 20 })}`),
        () => call("/graphql", budgets),
        () => call(`/trpc/person.get${input({ personId })}`),
        (n) => call("/trpc/person.register", { givenName: "Soak", familyName: `Trpc ${n}` }),
        () => call("/graphql", budgets),
        () => call(`/trpc/person.get${input({ personId })}`),
        (n) =>
          call("/graphql", {
            query:
              "mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }",
            variables: { input: { givenName: "Soak", familyName: `Graphql ${n}` } },
          }),
      ]
      let sent = 0
      const drive = async (count: number) => {
        const until = sent + count
        await Promise.all(
          Array.from({ length: 8 }, async () => {
            while (sent < until) {
              const n = sent++
              await mix[n % mix.length]!(n)
            }
          }),
        )
      }

      await drive(warmUp)
      const samples: Array<readonly [number, number]> = [[0, await heapAfterCollection()]]
      for (let round = 1; round <= rounds; round++) {
        await drive(requests / rounds)
        samples.push([(round * requests) / rounds, await heapAfterCollection()])
      }
      const growthMB = slope(samples) * requests
      expect(errors).toBe(0)
      expect(
        growthMB,
        `heap after collection (MB) by requests: ${JSON.stringify(samples)}`,
      ).toBeLessThan(boundMB)
    },
    240_000,
  )
})
