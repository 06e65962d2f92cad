import { readFileSync } from "node:fs"
import { Actor, CouncilId, CurrentActor, type RunUseCase } from "@openpb/core"
import { Effect } from "effect"
import { Kind, parse } from "graphql"
import { describe, expect, it } from "vitest"
import {
  defaultLimits,
  exceedsBounds,
  makeYoga,
  maxNesting,
  operationCost,
  schema,
} from "../src/index.ts"

// Every request here must be refused before anything runs: a `run` that counts proves it.
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

type Answer = {
  data?: unknown
  errors?: Array<{ message: string; extensions?: { code?: string; limit?: string } }>
}

const post = async (body: unknown, yoga = makeYoga({ production: true })) => {
  const response = await yoga.fetch(
    "http://localhost/graphql",
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
    { run, requestId: "cost" },
  )
  return { status: response.status, body: (await response.json()) as Answer }
}

const cost = (query: string, variables?: Record<string, unknown>) =>
  operationCost(schema, parse(query), undefined, variables)

describe("what a query costs", () => {
  it("counts what a page selects under its lists once per row asked for", () => {
    const page = (first: string) =>
      `{ budgets${first} { edges { node { id person { givenName } } } pageInfo { hasNextPage } } }`
    // budgets 1, pageInfo and hasNextPage once; edges, node, id, person, givenName per row.
    expect(cost(page("(first: 100)"))).toBe(1 + 2 + 100 * 5)
    expect(cost(page("(first: 3)"))).toBe(1 + 2 + 3 * 5)
    // No `first`: core's default page of 20.
    expect(cost(page(""))).toBe(1 + 2 + 20 * 5)
    // The rows may be a variable, read as sent.
    expect(cost("query ($n: Int) { budgets(first: $n) { edges { cursor } } }", { n: 50 })).toBe(
      1 + 50 * 2,
    )
  })

  it("multiplies pages nested in pages, and counts each alias", () => {
    const aliases = Array.from(
      { length: 60 },
      (_, i) => `a${i}: budgets(first: 100) { edges { node { person { id } } } }`,
    ).join(" ")
    expect(cost(`{ ${aliases} }`)).toBe(60 * (1 + 100 * 4))
  })

  it("costs a fragment once however often it is spread, while counting every spread", () => {
    const levels = 40
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Query { budgets(first: 100) { edges { cursor } } }`
        : `fragment F${i} on Query { ...F${i + 1} a${i}: __typename ...F${i + 1} }`,
    ).join("\n")
    const started = performance.now()
    const measured = cost(`{ ...F0 } ${fragments}`)
    expect(performance.now() - started).toBeLessThan(100)
    expect(measured).toBeGreaterThan(2 ** 39 * 201)
  })

  it("lets every operation of @openpb/client through the default limits", () => {
    const text = ["operations", "curated"]
      .map((name) =>
        readFileSync(
          new URL(`../../client/src/documents/${name}.graphql`, import.meta.url),
          "utf8",
        ),
      )
      .join("\n")
    const document = parse(text)
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    expect(operations.length).toBeGreaterThan(10)
    for (const operation of operations) {
      const name = operation.name?.value
      expect(operationCost(schema, document, name, {}), name).toBeLessThanOrEqual(
        defaultLimits.maxCost,
      )
    }
    expect(exceedsBounds(text, { maxTokens: defaultLimits.maxTokens * 10, maxNesting })).toBe(
      undefined,
    )
  })
})

describe("a query over its cost", () => {
  it("is refused with 400 before any resolver runs, literal or variable", async () => {
    executed = 0
    const aliases = Array.from(
      { length: 60 },
      (_, i) => `a${i}: budgets(first: 100) { edges { node { person { id } } } }`,
    ).join(" ")
    const literal = await post({ query: `{ ${aliases} }` })
    expect(literal.status).toBe(400)
    expect(literal.body.errors?.[0]?.extensions).toEqual({ code: "BAD_REQUEST", limit: "cost" })
    expect(literal.body.errors?.[0]?.message).toContain("limit is 2000")

    const variable = await post({
      query:
        "query ($n: Int) { a: budgets(first: $n) { edges { node { id amountPence person { id givenName familyName } } } } b: budgets(first: $n) { edges { node { id amountPence person { id givenName familyName } } } } c: budgets(first: $n) { edges { node { id amountPence person { id givenName familyName } } } } }",
      variables: { n: 100 },
    })
    expect(variable.status).toBe(400)
    expect(variable.body.errors?.[0]?.extensions?.limit).toBe("cost")
    expect(executed).toBe(0)
  })
})

describe("a document's text", () => {
  it("nested thousands deep is refused with 400 before it is parsed", async () => {
    executed = 0
    for (const levels of [300, 2_000, 20_000]) {
      const started = performance.now()
      const fields = await post({ query: `${"{ a ".repeat(levels)}${"}".repeat(levels)}` })
      const values = await post({
        query: `{ person(personId: ${"[".repeat(levels)}1${"]".repeat(levels)}) { id } }`,
      })
      for (const answer of [fields, values]) {
        expect(answer.status, `${levels} levels`).toBe(400)
        expect(answer.body.errors?.[0]?.extensions).toEqual({
          code: "BAD_REQUEST",
          limit: "nesting",
        })
      }
      expect(performance.now() - started).toBeLessThan(500)
    }
    expect(executed).toBe(0)
  })

  it("longer than the token limit is refused with 400 before it is parsed", async () => {
    const yoga = makeYoga({ production: true, limits: { maxTokens: 1_000 } })
    const long = await post({ query: `{ ${"__typename ".repeat(2_000)} }` }, yoga)
    expect(long.status).toBe(400)
    expect(long.body.errors?.[0]?.extensions).toEqual({ code: "BAD_REQUEST", limit: "tokens" })
    // Within the bounds, the same kind of document is answered.
    const short = await post({ query: `{ ${"__typename ".repeat(100)} }` }, yoga)
    expect(short).toEqual({ status: 200, body: { data: { __typename: "Query" } } })
  })

  it("is left to the parser when it is not GraphQL, which says why", async () => {
    const answer = await post({ query: "{ a(b: $%) }" })
    expect(answer.body.errors?.[0]?.message).toMatch(/Syntax Error/)
  })
})

describe("the other limits", () => {
  it("answer 400 too: depth and field count", async () => {
    executed = 0
    const yoga = makeYoga({ production: true, limits: { maxDepth: 3 } })
    const deep = await post({ query: "{ budgets { edges { node { id } } } }" }, yoga)
    expect(deep.status).toBe(400)
    expect(deep.body.errors?.[0]?.extensions).toMatchObject({ limit: "depth" })
    expect(executed).toBe(0)
  })
})
