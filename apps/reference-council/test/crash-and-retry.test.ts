import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { addDays, londonDateOf } from "@openpb/core"
import { loadDevIssuer } from "@openpb/host"
import { afterAll, describe, expect, it } from "vitest"
import { devToken, run, type Started, startServer, stopServer } from "./server.ts"

/*
 * kill -9 of a server in the middle of a stream of idempotent postings and of reads, through
 * the API as a client sees it: every acknowledged posting is there exactly once after a restart
 * and none is half-written; retrying every key adds nothing twice; a key reused for any other
 * body is a typed conflict; and every read answered before the kill is in the audit trail.
 *
 * PostgreSQL only: a killed process's PGlite directory is not a database another process may
 * open safely, and several server processes on one database is the deployment this guards.
 */

const databaseUrl = process.env.DATABASE_URL
const dataDir = mkdtempSync(join(tmpdir(), "openpb-crash-"))
const schema = `openpb_crash_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true })
  if (databaseUrl)
    await run("psql", [databaseUrl, "-qc", `DROP SCHEMA IF EXISTS ${schema} CASCADE`])
})

interface PostingView {
  readonly id: string
  readonly idempotencyKey: string
  readonly entries: ReadonlyArray<{ readonly account: string; readonly amountPence: number }>
}

type Answer<A> =
  | { readonly ok: true; readonly data: A }
  | { readonly ok: false; readonly code: string | undefined; readonly tag: string | undefined }

/** A tRPC call that answers with the data or the typed refusal; a dead server rejects. */
const call = async <A>(
  url: string,
  token: string,
  path: string,
  input: unknown,
  options: { readonly query?: boolean; readonly requestId?: string } = {},
): Promise<Answer<A>> => {
  const headers = {
    authorization: `Bearer ${token}`,
    "content-type": "application/json",
    ...(options.requestId ? { "x-request-id": options.requestId } : {}),
  }
  const response = options.query
    ? await fetch(`${url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, {
        headers,
      })
    : await fetch(`${url}/trpc/${path}`, { method: "POST", headers, body: JSON.stringify(input) })
  const body = (await response.json()) as {
    result?: { data: A }
    error?: { data?: { code?: string; openpb?: { tag?: string } | null } }
  }
  if (body.result) return { ok: true, data: body.result.data }
  return {
    ok: false,
    code: body.error?.data?.code,
    tag: body.error?.data?.openpb?.tag ?? undefined,
  }
}

const must = async <A>(answer: Promise<Answer<A>>): Promise<A> => {
  const settled = await answer
  if (!settled.ok) throw new Error(`refused: ${settled.code} ${settled.tag}`)
  return settled.data
}

describe.runIf(databaseUrl !== undefined)(
  "kill -9 during postings and reads, on PostgreSQL (this suite needs DATABASE_URL)",
  () => {
    it("loses no acknowledged posting or read, duplicates none, and retries add nothing", async () => {
      let server: Started = await startServer({ dataDir, schema, ratePerMinute: 1_000_000 })
      const staff = await devToken(dataDir, ["finance", "council-admin"])
      const auditor = await devToken(dataDir, ["auditor"])
      const reader = await (await loadDevIssuer(dataDir)).sign({
        subject: "crash-reader",
        roles: ["council-admin"],
        council: "northmere",
      })
      const journeys = await must(
        call<{ items: Array<{ stage: string; budgetId: string | null; personId: string }> }>(
          server.url,
          staff,
          "journey.list",
          { first: 100 },
          { query: true },
        ),
      )
      const active = journeys.items.find((j) => j.stage === "active" && j.budgetId !== null)
      if (!active?.budgetId) throw new Error("the demo data has no active budget")
      const budgetId = active.budgetId
      const today = londonDateOf(Date.now())
      // Money to spend from: spending council-arranged support draws on the allocation.
      await must(
        call(server.url, staff, "ledger.allocate", {
          budgetId,
          idempotencyKey: "crash-funding",
          stream: "council-social-care",
          amountPence: 100_000_000,
          date: today,
        }),
      )

      const spending = (key: string, n: number) => ({
        budgetId,
        idempotencyKey: key,
        lineId: `line-${n % 5}`,
        category: "personal-assistant",
        stream: "council-social-care",
        mechanism: "notional",
        amountPence: 100 + n,
        date: today,
        payee: `Payee ${n % 7}`,
        note: `visit ${n}`,
      })
      const sent = new Map<string, ReturnType<typeof spending>>()
      const acknowledged = new Map<string, string>()
      const readsAnswered: Array<string> = []
      let killed = false
      const writer = async (w: number) => {
        for (let i = 0; !killed; i++) {
          const key = `crash-${w}-${i}`
          const body = spending(key, w * 10_000 + i)
          sent.set(key, body)
          try {
            const posting = await must(call<PostingView>(server.url, staff, "ledger.spend", body))
            acknowledged.set(key, posting.id)
          } catch {
            // The process died under this request: it may or may not have committed.
          }
        }
      }
      const readerLoop = async () => {
        // Fewer than one page of the audit search below.
        for (let i = 0; !killed && i < 900; i++) {
          const requestId = `crash-read-${i}`
          try {
            await must(
              call(
                server.url,
                reader,
                "person.get",
                { personId: active.personId },
                {
                  query: true,
                  requestId,
                },
              ),
            )
            readsAnswered.push(requestId)
          } catch {
            // Answered or not, a read cut off by the kill was never seen by the caller.
          }
        }
      }
      const streams = Promise.all([writer(0), writer(1), writer(2), writer(3), readerLoop()])
      await new Promise((resolve) => setTimeout(resolve, 2_000))
      killed = true
      server.child.kill("SIGKILL")
      await streams
      expect(acknowledged.size).toBeGreaterThan(20)
      expect(readsAnswered.length).toBeGreaterThan(5)

      server = await startServer({ dataDir, schema, ratePerMinute: 1_000_000 })
      const history = () =>
        must(
          call<Array<PostingView>>(
            server.url,
            staff,
            "ledger.history",
            { budgetId },
            { query: true },
          ),
        )
      const ours = (postings: ReadonlyArray<PostingView>) =>
        postings.filter((p) => p.idempotencyKey.startsWith("crash-") && sent.has(p.idempotencyKey))
      const afterRestart = await history()
      const byKey = new Map<string, Array<PostingView>>()
      for (const p of ours(afterRestart))
        byKey.set(p.idempotencyKey, [...(byKey.get(p.idempotencyKey) ?? []), p])
      const lost = [...acknowledged.keys()].filter((key) => !byKey.has(key))
      const duplicated = [...byKey].filter(([, postings]) => postings.length > 1).map(([k]) => k)
      console.log(
        `kill -9: ${acknowledged.size} postings acknowledged of ${sent.size} sent, ${lost.length} lost, ${duplicated.length} duplicated; ${readsAnswered.length} reads answered`,
      )
      expect({ lost, duplicated }).toEqual({ lost: [], duplicated: [] })
      for (const [key, id] of acknowledged) expect(byKey.get(key)![0]!.id).toBe(id)

      // None half-written: each posting balances, and the balances are what its entries add to.
      const sums = new Map<string, number>()
      for (const p of afterRestart) {
        expect(p.entries.length).toBeGreaterThanOrEqual(2)
        expect(p.entries.reduce((sum, e) => sum + e.amountPence, 0)).toBe(0)
        for (const e of p.entries) sums.set(e.account, (sums.get(e.account) ?? 0) + e.amountPence)
      }
      const balances = await must(
        call<{ accounts: Array<{ account: string; balancePence: number }> }>(
          server.url,
          staff,
          "ledger.balances",
          { budgetId },
          { query: true },
        ),
      )
      for (const { account, balancePence } of balances.accounts)
        expect(balancePence, account).toBe(sums.get(account) ?? 0)

      // Every key retried with its body, twice: the acknowledged answer with their first posting,
      // the ones cut off post now, once.
      for (let round = 0; round < 2; round++) {
        for (const [key, body] of sent) {
          const posting = await must(call<PostingView>(server.url, staff, "ledger.spend", body))
          const first = acknowledged.get(key)
          if (first !== undefined) expect(posting.id).toBe(first)
          acknowledged.set(key, posting.id)
        }
      }
      const afterRetries = ours(await history())
      expect(afterRetries.length).toBe(sent.size)
      expect(new Set(afterRetries.map((p) => p.idempotencyKey)).size).toBe(sent.size)

      // The same key with any field changed is a conflict, never the first posting.
      const [key, body] = [...sent][0]!
      const changed = {
        amountPence: { ...body, amountPence: body.amountPence + 1 },
        payee: { ...body, payee: "Someone else" },
        memo: { ...body, note: "another visit" },
        date: { ...body, date: addDays(body.date, 1) },
        line: { ...body, lineId: "line-other" },
        category: { ...body, category: "transport" },
        receipt: { ...body, receiptReference: "R-1" },
        mechanism: { ...body, mechanism: "direct-payment" },
      }
      for (const [field, input] of Object.entries(changed)) {
        const answer = await call<PostingView>(server.url, staff, "ledger.spend", input)
        expect(answer, `${key} with another ${field}`).toEqual({
          ok: false,
          code: "CONFLICT",
          tag: "IdempotencyConflict",
        })
      }
      expect(ours(await history()).length).toBe(sent.size)

      // Every read answered before the kill was recorded before it was answered.
      const trail = await must(
        call<Array<{ requestId: string; operation: string; personId: string | null }>>(
          server.url,
          auditor,
          "audit.search",
          { actorSubject: "crash-reader", limit: 1000 },
          { query: true },
        ),
      )
      const recorded = new Set(
        trail
          .filter((e) => e.operation === "person.read" && e.personId === active.personId)
          .map((e) => e.requestId),
      )
      expect(readsAnswered.filter((id) => !recorded.has(id))).toEqual([])
      expect(await stopServer(server)).toBe(0)
    }, 240_000)
  },
)
