import { describe, expect, it } from "vitest"
import { trpc, useDemoServer } from "./server.ts"

const demo = useDemoServer("queue", ["council-admin"])

interface Item {
  readonly id: string
  readonly kind: string
  readonly dueDate: string
  readonly overdue: boolean
  readonly rule: string
  readonly personId: string
  readonly subjectId: string
}

/** The whole queue through tRPC, a page of three at a time. */
const viaTrpc = async (filter: Record<string, unknown> = {}) => {
  const items: Array<Item> = []
  let after: string | undefined
  for (;;) {
    const page = await trpc<{ items: Array<Item>; endCursor: string | null; hasNextPage: boolean }>(
      demo.url(),
      "work.queue",
      { ...filter, first: 3, ...(after ? { after } : {}) },
      "query",
      demo.token(),
    )
    items.push(...page.items)
    if (!page.hasNextPage) return items
    after = page.endCursor!
  }
}

/** The whole queue through GraphQL's connection, a page of three at a time. */
const viaGraphql = async (kinds?: ReadonlyArray<string>) => {
  const items: Array<Item> = []
  let after: string | null = null
  for (;;) {
    const response = await fetch(`${demo.url()}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${demo.token()}` },
      body: JSON.stringify({
        query: `query Queue($after: String, $kinds: [WorkItemKind!]) {
          workQueue(first: 3, after: $after, kinds: $kinds) {
            edges { cursor node { id kind dueDate overdue rule personId subjectId } }
            pageInfo { hasNextPage endCursor }
          }
        }`,
        variables: { after, kinds: kinds ?? null },
      }),
    })
    const body = (await response.json()) as {
      errors?: unknown
      data: {
        workQueue: {
          edges: Array<{ cursor: string; node: Item }>
          pageInfo: { hasNextPage: boolean; endCursor: string | null }
        }
      }
    }
    expect(body.errors).toBeUndefined()
    const { edges, pageInfo } = body.data.workQueue
    // The last edge's cursor resumes where the page ends.
    if (edges.length > 0) expect(edges.at(-1)!.cursor).toBe(pageInfo.endCursor)
    items.push(...edges.map((e) => e.node))
    if (!pageInfo.hasNextPage) return items
    after = pageInfo.endCursor
  }
}

const graphqlKind = (kind: string) => kind.toUpperCase().replaceAll("-", "_")

describe("the council's work queue on the demo data, through both APIs", () => {
  it("lists each kind of open item of the demo data, earliest due first, the same through tRPC and GraphQL, paged and filtered", async () => {
    const items = await viaTrpc()
    const kinds = new Set(items.map((i) => i.kind))
    expect([...kinds].sort()).toEqual([
      "challenge-response",
      "contingency-ending",
      "no-spending",
      "plan-approval",
      "recovery-window",
      "review-due",
      "statement-due",
    ])
    const dues = items.map((i) => i.dueDate)
    expect(dues).toEqual([...dues].sort())
    expect(items.every((i) => i.rule.length > 10)).toBe(true)
    const graphqlItems = await viaGraphql()
    expect(graphqlItems.map((i) => [i.id, i.kind, i.dueDate, i.subjectId])).toEqual(
      items.map((i) => [i.id, graphqlKind(i.kind), i.dueDate, i.subjectId]),
    )
    const reviews = await viaTrpc({ kinds: ["review-due"] })
    expect(reviews.length).toBeGreaterThan(0)
    expect(reviews).toEqual(items.filter((i) => i.kind === "review-due"))
    expect((await viaGraphql(["REVIEW_DUE"])).map((i) => i.id)).toEqual(reviews.map((i) => i.id))
  }, 120_000)
})
