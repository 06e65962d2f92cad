import { describe, expect, it } from "vitest"
import { trpc, useDemoServer } from "./server.ts"

const demo = useDemoServer("feeds", ["council-admin", "finance"])
const call = <A>(path: string, input: unknown, kind: "query" | "mutation" = "mutation") =>
  trpc<A>(demo.url(), path, input, kind, demo.token())

interface ImportResult {
  readonly added: number
  readonly updated: number
  readonly unchanged: number
  readonly matched: number
  readonly queued: number
}

const card = `transaction_id,status,transaction_date,settlement_date,merchant_name,mcc,amount,currency
T-1,settled,2026-10-02,2026-10-03,CITY LEISURE CENTRE,7997,-35.00,GBP
T-2,pending,2026-10-29,,ART SUPPLIES CO,5970,-18.99,GBP
T-3,settled,2026-10-06,2026-10-07,UNKNOWN TRADER LTD,5999,-60.00,GBP
`

describe("direct-payment account feeds in the reference council", () => {
  it("reads a prepaid-card statement through the API once, however often it is sent, and a bad one not at all", async () => {
    const journeys = await call<{ items: Array<{ stage: string; budgetId: string | null }> }>(
      "journey.list",
      { first: 100 },
      "query",
    )
    const budgetId = journeys.items.find((j) => j.stage === "active" && j.budgetId)?.budgetId
    expect(budgetId).toBeTruthy()
    const input = { budgetId, format: "card-csv", fileText: card }
    const first = await call<ImportResult>("ledger.importAccountTransactions", input)
    expect(first.added).toBe(3)
    expect(first.matched + first.queued).toBe(2)
    const again = await call<ImportResult>("ledger.importAccountTransactions", input)
    expect([again.added, again.updated, again.unchanged, again.matched]).toEqual([0, 0, 3, 0])

    const queue = await fetch(`${demo.url()}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${demo.token()}` },
      body: JSON.stringify({
        query: `query Q($budgetId: ID!) { accountTransactionsQueue(budgetId: $budgetId, first: 10) {
          edges { node { sourceId state queueReason amountPence } } } }`,
        variables: { budgetId },
      }),
    }).then(
      (r) =>
        r.json() as Promise<{
          data: {
            accountTransactionsQueue: {
              edges: Array<{ node: { sourceId: string; amountPence: number } }>
            }
          }
        }>,
    )
    const queued = queue.data.accountTransactionsQueue.edges.map((e) => e.node)
    expect(queued.length).toBe(first.queued)
    expect(queued.every((t) => t.amountPence < 0)).toBe(true)

    const refused = await call("ledger.importAccountTransactions", {
      ...input,
      fileText: card.replace("-60.00", "sixty"),
    }).catch((error: { code?: string; message: string }) => error)
    expect(refused).toMatchObject({ code: "BAD_REQUEST" })
    expect((refused as Error).message).toContain("line 4")
  }, 60_000)
})
