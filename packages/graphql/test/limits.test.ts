import { Actor, CouncilId, CurrentActor, type RunUseCase } from "@openpb/core"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { makeYoga } from "../src/index.ts"

// These requests must be refused before anything runs: a `run` that fails the test proves it.
let executed = 0
const run: RunUseCase = (effect) => {
  executed++
  return Effect.runPromise(
    Effect.provideService(
      effect,
      CurrentActor,
      new Actor({ subject: "x", roles: ["council-admin"], councilId: CouncilId.make("northmere") }),
    ) as never,
  )
}

const post = (yoga: ReturnType<typeof makeYoga>, body: unknown) =>
  yoga.fetch(
    "http://localhost/graphql",
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
    { run, requestId: "limits" },
  )

describe("GraphQL limits", () => {
  const yoga = makeYoga({ production: true, limits: { maxDepth: 5, maxFields: 20, maxBatch: 3 } })

  it("refuses a query nested beyond the limit before execution", async () => {
    executed = 0
    const tooDeep = "{ budgets { edges { node { person { id } } } } }"
    const response = await post(
      makeYoga({ production: true, limits: { maxDepth: 4, maxFields: 100, maxBatch: 3 } }),
      {
        query: tooDeep,
      },
    )
    const body = (await response.json()) as {
      errors: Array<{ extensions: { code: string; limit: string } }>
    }
    expect(body.errors[0]?.extensions).toMatchObject({ code: "BAD_REQUEST", limit: "depth" })
    expect(executed).toBe(0)
  })

  it("refuses an over-complex query (too many fields) without running a resolver", async () => {
    executed = 0
    const fields = Array.from({ length: 30 }, (_, i) => `a${i}: __typename`).join(" ")
    const response = await post(yoga, { query: `{ ${fields} budgets { edges { cursor } } }` })
    const body = (await response.json()) as { errors: Array<{ extensions: { limit: string } }> }
    expect(body.errors[0]?.extensions.limit).toBe("complexity")
    expect(executed).toBe(0)
  })

  it("refuses an oversized batch", async () => {
    executed = 0
    const response = await post(
      yoga,
      Array.from({ length: 4 }, () => ({ query: "{ budgets { edges { cursor } } }" })),
    )
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(executed).toBe(0)
  })

  it("refuses introspection in production, and allows it outside", async () => {
    executed = 0
    const query = "{ __schema { queryType { name } } }"
    const refused = (await (await post(yoga, { query })).json()) as {
      errors?: unknown[]
      data?: unknown
    }
    expect(refused.errors?.length).toBeGreaterThan(0)
    const allowed = (await (await post(makeYoga({ production: false }), { query })).json()) as {
      data?: unknown
    }
    expect(allowed.data).toEqual({ __schema: { queryType: { name: "Query" } } })
    expect(executed).toBe(0)
  })
})
