import { Actor, CouncilId, CurrentActor, type RunUseCase } from "@openpb/core"
import { Effect } from "effect"
import { getIntrospectionQuery } from "graphql"
import { describe, expect, it } from "vitest"
import { introspectionLimits, makeYoga } from "../src/index.ts"

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

  type Answer = {
    data?: { __schema?: { types: unknown[] } } | null
    errors?: Array<{ message: string; extensions?: { code?: string; limit?: string } }>
  }
  const development = makeYoga({ production: false })
  const everyOption = {
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  }

  it("answers the standard introspection query (15 levels) under the default depth limit of 10", async () => {
    executed = 0
    for (const query of [getIntrospectionQuery(), getIntrospectionQuery(everyOption)]) {
      const body = (await (await post(development, { query })).json()) as Answer
      expect(body.errors).toBeUndefined()
      expect(body.data?.__schema?.types.length).toBeGreaterThan(20)
    }
    expect(executed).toBe(0)
  })

  it("does not let introspection hide a deep data query, nor data hide in introspection", async () => {
    const tight = makeYoga({ production: false, limits: { maxDepth: 4, maxFields: 100 } })
    const query = `{ __schema { queryType { name } } budgets { edges { node { person { id } } } } }`
    const body = (await (await post(tight, { query })).json()) as Answer
    expect(body.errors?.map((e) => e.extensions?.limit)).toEqual(["depth"])
  })

  it("still bounds a malicious introspection query: too deep, too wide, or nesting lists", async () => {
    executed = 0
    const ofTypes = (n: number): string => (n === 0 ? "name" : `ofType { ${ofTypes(n - 1)} }`)
    const deep = `{ __type(name: "Budget") { fields { type { ${ofTypes(introspectionLimits.maxDepth)} } } } }`
    const deepBody = (await (await post(development, { query: deep })).json()) as Answer
    expect(deepBody.data ?? null).toBeNull()
    expect(deepBody.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_REQUEST",
      limit: "introspection-depth",
    })

    // The standard query three times over, under aliases: each copy fits, together they do not.
    const standard = getIntrospectionQuery(everyOption)
    const operation = standard.slice(0, standard.indexOf("fragment "))
    const selection = operation.slice(operation.indexOf("__schema"), operation.lastIndexOf("}"))
    const fragments = standard.slice(operation.length)
    const wide = `query { ${[1, 2, 3].map((i) => `s${i}: ${selection}`).join(" ")} } ${fragments}`
    const wideBody = (await (await post(development, { query: wide })).json()) as Answer
    expect(wideBody.data ?? null).toBeNull()
    expect(wideBody.errors?.map((e) => e.extensions?.limit)).toContain("introspection-complexity")

    // Lists inside lists (each level multiplies the work): graphql-js's own rule refuses it.
    const nested = `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`
    const nestedBody = (await (await post(development, { query: nested })).json()) as Answer
    expect(nestedBody.data ?? null).toBeNull()
    expect(nestedBody.errors?.[0]?.message).toMatch(/introspection/i)
    expect(executed).toBe(0)
  })

  it("checks a document spreading fragments many times quickly, counting every spread", async () => {
    // Each fragment spreads the next twice: 2^20 fields when expanded, measured in linear time.
    const levels = 20
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Query { __typename }`
        : `fragment F${i} on Query { ...F${i + 1} a${i}: __typename ...F${i + 1} }`,
    ).join("\n")
    const started = performance.now()
    const body = (await (
      await post(development, { query: `{ ...F0 } ${fragments}` })
    ).json()) as Answer
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(body.errors?.map((e) => e.extensions?.limit)).toContain("complexity")
  })
})

describe("suggestions", () => {
  const misspelt = {
    query: "mutation ($input: SuspendBudgetInput!) { suspendBudget(input: $input) { stag } }",
    variables: { input: { journeyId: "j1", reasn: "in hospital" } },
  }
  const messagesFrom = async (production: boolean, body: unknown) => {
    const response = await post(makeYoga({ production }), body)
    const json = (await response.json()) as {
      errors: Array<{ message: string; extensions?: { code?: string } }>
    }
    return json.errors
  }

  it("are hidden in production, where the schema is not for guessing, and the error still says what is wrong", async () => {
    executed = 0
    const field = await messagesFrom(true, misspelt)
    expect(field[0]?.message).toContain('Cannot query field "stag"')
    expect(field.map((e) => e.message).join(" ")).not.toContain("Did you mean")
    expect(field[0]?.extensions?.code).toBe("BAD_REQUEST")

    // Every error of a response loses its hint, not only the first.
    const several = await messagesFrom(true, {
      query: '{ budgets(first: 1) { edge { cursor } } person(personId: "p1") { givenNam } }',
    })
    expect(several.length).toBeGreaterThanOrEqual(2)
    expect(several.map((e) => e.message).join(" ")).not.toContain("Did you mean")

    const variable = await messagesFrom(true, {
      query: "mutation ($input: SuspendBudgetInput!) { suspendBudget(input: $input) { stage } }",
      variables: misspelt.variables,
    })
    expect(variable[0]?.message).toContain("reasn")
    expect(variable.map((e) => e.message).join(" ")).not.toContain("Did you mean")
    expect(executed).toBe(0)
  })

  it("are offered outside production, to help a developer", async () => {
    const field = await messagesFrom(false, misspelt)
    expect(field.map((e) => e.message).join(" ")).toContain('Did you mean "stage"?')
  })
})

describe("dates", () => {
  it("refuses a day that does not exist before anything runs, as a literal and as a variable", async () => {
    executed = 0
    const yoga = makeYoga({ production: true })
    const literal = (await (
      await post(yoga, {
        query:
          '{ budgetStatement(budgetId: "b1", from: "2026-02-30", to: "2026-03-31") { budgetId } }',
      })
    ).json()) as { errors: Array<{ message: string; extensions?: { code?: string } }> }
    expect(literal.errors[0]?.message).toContain("a calendar date that exists")
    expect(literal.errors[0]?.extensions?.code).toBe("BAD_REQUEST")
    const variable = (await (
      await post(yoga, {
        query:
          'query ($from: Date!) { budgetStatement(budgetId: "b1", from: $from, to: "2026-03-31") { budgetId } }',
        variables: { from: "0000-01-01" },
      })
    ).json()) as { errors: Array<{ message: string }> }
    expect(variable.errors[0]?.message).toContain("a calendar date that exists")
    expect(executed).toBe(0)
  })
})
