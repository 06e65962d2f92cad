import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { devToken, run, type Started, startServer, stopServer, trpc } from "./server.ts"

const databaseUrl = process.env.DATABASE_URL
const dataDir = mkdtempSync(join(tmpdir(), "openpb-ledger-"))
const schema = `openpb_ledger_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true })
  if (databaseUrl)
    await run("psql", [databaseUrl, "-qc", `DROP SCHEMA IF EXISTS ${schema} CASCADE`])
})

let token = ""
const call = <A>(
  url: string,
  path: string,
  input: unknown,
  kind: "query" | "mutation" = "mutation",
) => trpc<A>(url, path, input, kind, token)

interface PostingView {
  readonly id: string
  readonly kind: string
  readonly idempotencyKey: string
  readonly entries: ReadonlyArray<{ readonly account: string; readonly amountPence: number }>
}

const activeBudgetId = async (url: string) => {
  const journeys = await call<{ items: Array<{ stage: string; budgetId: string | null }> }>(
    url,
    "journey.list",
    { first: 100 },
    "query",
  )
  const active = journeys.items.find((j) => j.stage === "active" && j.budgetId !== null)
  if (!active) throw new Error("the demo data has no active budget")
  return active.budgetId!
}

const balance = async (url: string, budgetId: string, account: string) => {
  const balances = await call<{ accounts: Array<{ account: string; balancePence: number }> }>(
    url,
    "ledger.balances",
    { budgetId },
    "query",
  )
  return balances.accounts.find((a) => a.account === account)?.balancePence ?? 0
}

const history = (url: string, budgetId: string) =>
  call<Array<PostingView>>(url, "ledger.history", { budgetId }, "query")

// Two server processes on one PostgreSQL: the real deployment shape. PGlite is one process's own database.
describe.runIf(databaseUrl !== undefined)(
  "the ledger under two server processes on one PostgreSQL",
  () => {
    let a: Started
    let b: Started

    it("8 writers x 500 postings with retried keys: no imbalance, no duplicate, exact balances", async () => {
      ;[a, b] = [
        await startServer({ dataDir, schema, ratePerMinute: 1_000_000 }),
        await startServer({ dataDir, schema, ratePerMinute: 1_000_000 }),
      ]
      token = await devToken(dataDir)
      const budgetId = await activeBudgetId(a.url)
      const allocated = "allocated:council-social-care"
      const held = "held:direct-payment:council-social-care"
      const startAllocated = await balance(a.url, budgetId, allocated)
      const startHeld = await balance(a.url, budgetId, held)
      const startPostings = (await history(a.url, budgetId)).length
      const acked = new Map<string, { kind: "allocate" | "pay"; amount: number }>()
      let refused = 0
      const writer = async (w: number) => {
        const servers = [a, b]
        for (let i = 0; i < 500; i++) {
          const key = `w${w}-${i}`
          const isPayment = i % 3 === 2
          const amount = isPayment ? 2_500 + ((w * 31 + i) % 500) : 1_000 + ((w * 17 + i) % 900)
          const input = isPayment
            ? {
                budgetId,
                idempotencyKey: key,
                stream: "council-social-care",
                mechanism: "direct-payment",
                amountPence: amount,
                date: "2026-11-24",
                payee: "DP account",
              }
            : {
                budgetId,
                idempotencyKey: key,
                stream: "council-social-care",
                amountPence: amount,
                date: "2026-11-24",
              }
          const path = isPayment ? "ledger.pay" : "ledger.allocate"
          // Every tenth request is sent twice at once, to both processes: it must post once.
          const sends = i % 10 === 0 ? [servers[0]!, servers[1]!] : [servers[(w + i) % 2]!]
          const results = await Promise.allSettled(
            sends.map((s) => call<PostingView>(s.url, path, input)),
          )
          const ok = results.filter(
            (r): r is PromiseFulfilledResult<PostingView> => r.status === "fulfilled",
          )
          if (ok.length > 0) {
            expect(new Set(ok.map((r) => r.value.id)).size).toBe(1)
            acked.set(key, { kind: isPayment ? "pay" : "allocate", amount })
          } else {
            const codes = results.map((r) => (r as PromiseRejectedResult).reason.code)
            expect(codes.every((c) => c === "CONFLICT")).toBe(true)
            refused++
          }
        }
      }
      await Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)))
      const postings = await history(b.url, budgetId)
      const ours = postings.filter((p) => /^w\d+-\d+$/.test(p.idempotencyKey))
      expect(new Set(ours.map((p) => p.idempotencyKey)).size).toBe(ours.length)
      expect(ours.length).toBe(acked.size)
      expect(postings.length).toBe(startPostings + acked.size)
      for (const p of postings) expect(p.entries.reduce((sum, e) => sum + e.amountPence, 0)).toBe(0)
      const allocatedSum = [...acked.values()]
        .filter((x) => x.kind === "allocate")
        .reduce((s, x) => s + x.amount, 0)
      const paidSum = [...acked.values()]
        .filter((x) => x.kind === "pay")
        .reduce((s, x) => s + x.amount, 0)
      expect(await balance(a.url, budgetId, allocated)).toBe(
        startAllocated + allocatedSum - paidSum,
      )
      expect(await balance(b.url, budgetId, held)).toBe(startHeld + paidSum)
      expect(acked.size + refused).toBe(4000)
      expect(await stopServer(a)).toBe(0)
      expect(await stopServer(b)).toBe(0)
    }, 300_000)

    it("a server killed with SIGKILL mid-stream loses no acknowledged posting and leaves none half-written", async () => {
      const victim = await startServer({ dataDir, schema })
      const budgetId = await activeBudgetId(victim.url)
      const acknowledged: Array<string> = []
      let killed = false
      const stream = (async () => {
        for (let i = 0; !killed; i++) {
          const key = `crash-${i}`
          try {
            await call(victim.url, "ledger.allocate", {
              budgetId,
              idempotencyKey: key,
              stream: "council-social-care",
              amountPence: 100 + i,
              date: "2026-11-24",
            })
            acknowledged.push(key)
          } catch {
            // The process died under this request: it may or may not have committed.
          }
        }
      })()
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      killed = true
      victim.child.kill("SIGKILL")
      await stream
      expect(acknowledged.length).toBeGreaterThan(10)
      const survivor = await startServer({ dataDir, schema })
      const postings = await history(survivor.url, budgetId)
      const keys = new Set(postings.map((p) => p.idempotencyKey))
      for (const key of acknowledged)
        expect(keys.has(key), `acknowledged posting ${key} is missing`).toBe(true)
      for (const p of postings) {
        expect(p.entries.length).toBeGreaterThanOrEqual(2)
        expect(p.entries.reduce((sum, e) => sum + e.amountPence, 0)).toBe(0)
      }
      expect(await stopServer(survivor)).toBe(0)
    }, 120_000)
  },
)
