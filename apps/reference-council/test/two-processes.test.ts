import { createHash } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { londonDateOf } from "@openpb/core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { devToken, run, type Started, startServer, stopServer, trpc } from "./server.ts"

/*
 * Two server processes on one PostgreSQL, as a deployment behind a load balancer runs them: each
 * job runs in one process only, each webhook is delivered once per subscription, an export
 * started through one is downloaded through the other (a shared exports directory), and an
 * idempotency key used through one answers the same through the other.
 */

const databaseUrl = process.env.DATABASE_URL
const dataDir = mkdtempSync(join(tmpdir(), "openpb-two-"))
const exportsDir = mkdtempSync(join(tmpdir(), "openpb-two-exports-"))
const schema = `openpb_two_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`
const settings = {
  OPENPB_EXPORTS_DIR: exportsDir,
  OPENPB_WEBHOOK_EVERY_SECONDS: "1",
  OPENPB_ALLOCATION_EVERY_MINUTES: "1",
}

/** Every delivery the receiver got, as (subscription path, webhook id). */
const received: Array<{ readonly path: string; readonly id: string }> = []
const receiver = createServer((request, response) => {
  request.resume()
  request.on("end", () => {
    received.push({ path: request.url ?? "", id: String(request.headers["webhook-id"]) })
    response.writeHead(204).end()
  })
})
let receiverUrl = ""

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise<void>((resolve) => receiver.close(() => resolve()))
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(exportsDir, { recursive: true, force: true })
  if (databaseUrl)
    await run("psql", [
      databaseUrl,
      "-qc",
      `DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`,
    ])
})

const until = async (done: () => boolean | Promise<boolean>, what: string, seconds = 60) => {
  for (let tries = 0; tries < seconds * 10; tries++) {
    if (await done()) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`not within ${seconds} s: ${what}`)
}

/** The ids of the jobs a process says it ran, from its log lines. */
const jobsDone = (server: Started) =>
  server
    .output()
    .split("\n")
    .filter((line) => line.includes('"event":"job-done"') || line.includes('"allocations-posted"'))
    .flatMap((line) => {
      try {
        const parsed = JSON.parse(line) as { id?: string; jobId?: string }
        const id = parsed.id ?? parsed.jobId
        return id ? [id] : []
      } catch {
        return []
      }
    })

interface RunView {
  readonly id: string
  readonly status: string
  readonly checksumSha256: string | null
}

describe.runIf(databaseUrl !== undefined)(
  "two server processes on one PostgreSQL (this suite needs DATABASE_URL)",
  () => {
    it("runs each job once, shows it through both APIs, delivers each webhook once per subscription, serves either process's export, and honours a key across both", async () => {
      // The first migrates and seeds; the second joins the same database and exports directory.
      const a = await startServer({ dataDir, schema, settings })
      const b = await startServer({ dataDir, schema, settings })
      try {
        const token = await devToken(dataDir, ["council-admin", "finance"])

        // Webhooks: two subscriptions, events made through both processes.
        for (const path of ["/one", "/two"])
          await trpc(
            a.url,
            "webhooks.subscribe",
            { url: `${receiverUrl}${path}`, eventTypes: ["PersonRegistered"] },
            "mutation",
            token,
          )
        for (const [i, server] of [a, b, a, b, a, b].entries())
          await trpc(
            server.url,
            "person.register",
            { givenName: `Two${i}`, familyName: "Processes" },
            "mutation",
            token,
          )
        await until(() => received.length >= 12, "12 deliveries (6 events, 2 subscriptions)")
        // Two more rounds of both senders: nothing is sent again.
        await new Promise((resolve) => setTimeout(resolve, 2500))
        expect(received).toHaveLength(12)
        for (const path of ["/one", "/two"]) {
          const ids = received.filter((d) => d.path === path).map((d) => d.id)
          expect(new Set(ids).size).toBe(6)
        }

        // An export started through A, streamed by whichever process took its job, downloaded
        // through B, byte for byte as its checksum says.
        const started = await trpc<RunView>(
          a.url,
          "export.start",
          { exporterId: "budgets", format: "csv" },
          "mutation",
          token,
        )
        let ended = started
        await until(async () => {
          ended = await trpc<RunView>(b.url, "export.get", { runId: started.id }, "query", token)
          return ended.status !== "running"
        }, "the export")
        expect(ended.status).toBe("completed")
        const file = await fetch(`${b.url}/exports/${started.id}/file`, {
          headers: { authorization: `Bearer ${token}` },
        })
        expect(file.status).toBe(200)
        const bytes = Buffer.from(await file.arrayBuffer())
        expect(createHash("sha256").update(bytes).digest("hex")).toBe(ended.checksumSha256)

        // The job is in the council's job list through both APIs, with the export's rows.
        const listed = await trpc<
          ReadonlyArray<{
            kind: string
            state: string
            exportRunId: string | null
            rowCount: number | null
          }>
        >(b.url, "jobs.list", {}, "query", token)
        const job = listed.find((j) => j.exportRunId === started.id)
        expect(job).toMatchObject({ kind: "export", state: "completed" })
        const graphql = (await (
          await fetch(`${a.url}/graphql`, {
            method: "POST",
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            body: JSON.stringify({ query: "{ jobs { kind state exportRunId rowCount } }" }),
          })
        ).json()) as {
          data?: {
            jobs: ReadonlyArray<{
              kind: string
              state: string
              exportRunId: string | null
              rowCount: number | null
            }>
          }
        }
        // GraphQL gives the same job, its enums in GraphQL's upper case.
        const enumOf = (value: string) => value.toUpperCase().replaceAll("-", "_")
        expect(graphql.data?.jobs.find((j) => j.exportRunId === started.id)).toEqual({
          kind: enumOf(job?.kind ?? ""),
          state: enumOf(job?.state ?? ""),
          exportRunId: started.id,
          rowCount: job?.rowCount,
        })
        expect(job?.rowCount).toBeGreaterThan(0)

        // An idempotency key used through A, then through B: the same posting, posted once.
        const journeys = await trpc<{
          items: Array<{ stage: string; budgetId: string | null }>
        }>(a.url, "journey.list", { first: 100 }, "query", token)
        const budgetId = journeys.items.find((j) => j.stage === "active" && j.budgetId)?.budgetId
        expect(budgetId).toBeTruthy()
        const request = {
          budgetId,
          idempotencyKey: `two-processes-${schema}`,
          stream: "council-social-care",
          amountPence: 12_345,
          date: londonDateOf(Date.now()),
        }
        const first = await trpc<{ id: string }>(
          a.url,
          "ledger.allocate",
          request,
          "mutation",
          token,
        )
        const second = await trpc<{ id: string }>(
          b.url,
          "ledger.allocate",
          request,
          "mutation",
          token,
        )
        expect(second.id).toBe(first.id)
        const history = await trpc<Array<{ idempotencyKey: string }>>(
          b.url,
          "ledger.history",
          { budgetId },
          "query",
          token,
        )
        expect(history.filter((p) => p.idempotencyKey === request.idempotencyKey)).toHaveLength(1)

        // Each job ran in one process: the export's among them, and no job id in both logs.
        const doneA = jobsDone(a)
        const doneB = jobsDone(b)
        expect(doneA.filter((id) => doneB.includes(id))).toEqual([])
        const exportJobs = [a, b].flatMap((server) =>
          server
            .output()
            .split("\n")
            .filter(
              (line) => line.includes('"event":"job-done"') && line.includes('"kind":"export"'),
            ),
        )
        expect(exportJobs).toHaveLength(1)
      } finally {
        expect(await stopServer(a)).toBe(0)
        expect(await stopServer(b)).toBe(0)
      }
    }, 180_000)
  },
)
