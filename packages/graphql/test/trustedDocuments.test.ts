import type { RunUseCase } from "@openpb/core"
import { describe, expect, it } from "vitest"
import { checkManifest, documentId, makeYoga, trustedDocumentManifest } from "../src/index.ts"

// Stands in for the use cases: every listing is empty, and each call is counted.
let executed = 0
const run = (() => {
  executed++
  return Promise.resolve({ items: [], hasNextPage: false, endCursor: null })
}) as unknown as RunUseCase

const budgets = "query Budgets { budgets(first: 1) { pageInfo { hasNextPage } } }"
const manifest = trustedDocumentManifest([budgets])

interface Reply {
  readonly status: number
  readonly data?: { budgets?: { pageInfo: { hasNextPage: boolean } } } | undefined
  readonly code?: unknown
}

const post = async (only: boolean, body: unknown): Promise<Reply> => {
  const yoga = makeYoga({ production: true, trustedDocuments: { manifest, only } })
  const response = await yoga.fetch(
    "http://localhost/graphql",
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
    { run, requestId: "trusted" },
  )
  const json = (await response.json()) as {
    data?: Reply["data"]
    errors?: Array<{ extensions?: { code?: unknown } }>
  }
  return { status: response.status, data: json.data, code: json.errors?.[0]?.extensions?.code }
}

const byHash = (hash: string) => ({
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
})

describe("trusted documents", () => {
  it("ids a document by the SHA-256 of its text", () => {
    expect(documentId("{ __typename }")).toBe(
      "7f56e67dd21ab3f30d1ff8b7bed08893f0a0db86449836189b361dd1e56ddb4b",
    )
    expect(documentId("{ __typename }")).not.toBe(documentId("{  __typename }"))
    expect(Object.keys(manifest)).toEqual([documentId(budgets)])
  })

  it.each([false, true])(
    "runs a known document named by its hash or documentId (only trusted: %s)",
    async (only) => {
      executed = 0
      const viaHash = await post(only, byHash(documentId(budgets)))
      expect(viaHash).toMatchObject({ status: 200, data: { budgets: { pageInfo: {} } } })
      const viaDocumentId = await post(only, { documentId: `sha256:${documentId(budgets)}` })
      expect(viaDocumentId).toMatchObject({ status: 200, data: { budgets: { pageInfo: {} } } })
      expect(executed).toBe(2)
    },
  )

  it.each([false, true])(
    "refuses an unknown id before anything runs (only trusted: %s)",
    async (only) => {
      executed = 0
      const reply = await post(only, byHash(documentId("{ budgets { totalCount } }")))
      expect(reply).toMatchObject({ status: 400, code: "PERSISTED_QUERY_NOT_FOUND" })
      expect(reply.data ?? null).toBeNull()
      expect(executed).toBe(0)
    },
  )

  it("refuses a document sent as text when only trusted documents may run, even a trusted one", async () => {
    executed = 0
    for (const query of [budgets, "{ budgets(first: 2) { pageInfo { hasNextPage } } }"]) {
      const reply = await post(true, { query })
      expect(reply).toMatchObject({ status: 400, code: "TRUSTED_DOCUMENTS_ONLY" })
    }
    expect(executed).toBe(0)
  })

  it("accepts any document sent as text otherwise", async () => {
    executed = 0
    const reply = await post(false, { query: "{ budgets(first: 2) { pageInfo { hasNextPage } } }" })
    expect(reply).toMatchObject({ status: 200, data: { budgets: { pageInfo: {} } } })
    expect(executed).toBe(1)
  })

  it("checks a manifest: every id must be its document's SHA-256", () => {
    expect(checkManifest({ [`sha256:${documentId(budgets)}`]: budgets })).toEqual(manifest)
    expect(() => checkManifest({ [documentId(budgets)]: `${budgets} ` })).toThrow(/not the SHA-256/)
    expect(() => checkManifest([budgets])).toThrow(/JSON object/)
  })
})
