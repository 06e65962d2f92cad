import {
  Actor,
  CouncilId,
  CurrentActor,
  type DeploymentServices,
  type RunUseCase,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { countRows, layerTestRuntime, testDatabaseKind } from "@openpb/store/testing"
import { Effect, type Layer, ManagedRuntime } from "effect"
import type { SqlClient } from "effect/sql"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeYoga } from "../src/index.ts"

const actor = new Actor({
  subject: "graphql-test",
  roles: ["council-admin"],
  councilId: CouncilId.make("northmere"),
})
let runtime: ManagedRuntime.ManagedRuntime<DeploymentServices | SqlClient.SqlClient, unknown>
beforeAll(async () => {
  runtime = ManagedRuntime.make(
    layerTestRuntime(EnglandDefaultPolicies) as Layer.Layer<
      DeploymentServices | SqlClient.SqlClient
    >,
  )
  await runtime.runPromise(Effect.void)
})
afterAll(() => runtime.dispose())

// Counts every use case the API runs, so a test can show a request was refused before any did.
let invoked = 0
const run: RunUseCase = (effect) => {
  invoked++
  return runtime.runPromise(Effect.provideService(effect, CurrentActor, actor))
}
const yoga = makeYoga({ production: false })

// Responses are read by path in assertions; `any` keeps those paths short.
// biome-ignore lint/suspicious/noExplicitAny: JSON read by path in assertions
type Json = any
interface GraphqlResponse {
  data?: Json
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>
}

const gql = async (
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphqlResponse> => {
  const response = await yoga.fetch(
    "http://localhost/graphql",
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    },
    { run, requestId: "test" },
  )
  return (await response.json()) as GraphqlResponse
}

const rows = () =>
  runtime.runPromise(
    Effect.all({
      people: countRows("people"),
      budgets: countRows("budgets"),
      events: countRows("domain_events"),
    }),
  )

const register = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id givenName } }`
const create = `mutation($input: CreateBudgetInput!) {
  createBudget(input: $input) { id amountPence status deliveryMechanism fundingStreams { stream amountPence } person { givenName } }
}`

describe(`GraphQL API on ${testDatabaseKind()}`, () => {
  it("registers a person, creates a budget and pages through budgets", async () => {
    const person = await gql(register, { input: { givenName: "Ada", familyName: "Osei" } })
    const personId = person.data?.registerPerson.id
    const budget = await gql(create, {
      input: {
        personId,
        amountPence: 120_000,
        fundingStreams: [
          { stream: "COUNCIL_SOCIAL_CARE", amountPence: 100_000 },
          { stream: "NHS_HEALTH", amountPence: 20_000 },
        ],
        deliveryMechanism: "THIRD_PARTY",
      },
    })
    expect(budget.errors).toBeUndefined()
    expect(budget.data?.createBudget).toMatchObject({
      amountPence: 120_000,
      status: "INDICATIVE",
      deliveryMechanism: "THIRD_PARTY",
      person: { givenName: "Ada" },
    })
    const list = await gql(
      `{ budgets(first: 50) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
    )
    expect(list.data?.budgets.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
      budget.data?.createBudget.id,
    )
  })

  const cases: ReadonlyArray<[string, Record<string, unknown>, string]> = [
    ["negative pence", { amountPence: -5 }, "BAD_REQUEST"],
    ["fractional pence", { amountPence: 1.5 }, "BAD_REQUEST"],
    ["a malformed id", { personId: "42" }, "BAD_REQUEST"],
    ["a missing field", { deliveryMechanism: undefined }, "BAD_REQUEST"],
    ["an unknown person", { personId: "0190b6c2-0000-7000-8000-0000000000ff" }, "NOT_FOUND"],
  ]

  it.each(cases)("refuses %s with a typed error and writes nothing", async (_, patch, code) => {
    const person = await gql(register, { input: { givenName: "Bea", familyName: "Kaur" } })
    const before = await rows()
    const input = {
      personId: person.data?.registerPerson.id,
      amountPence: 100,
      fundingStreams: [{ stream: "COUNCIL_SOCIAL_CARE", amountPence: 100 }],
      deliveryMechanism: "NOTIONAL",
      ...patch,
    }
    const result = await gql(create, { input })
    expect(result.data?.createBudget ?? null).toBeNull()
    expect(result.errors?.[0]?.extensions?.code).toBe(code)
    expect(await rows()).toEqual(before)
  })

  it("reads the holders of a page of budgets in one run: each once, its read recorded once", async () => {
    const names = ["Cai", "Dee", "Eli"]
    const personIds: Array<string> = []
    for (const givenName of names) {
      const person = await gql(register, { input: { givenName, familyName: "Loader" } })
      const personId = person.data?.registerPerson.id
      personIds.push(personId)
      // Two budgets each, so a page names each holder twice.
      for (const amountPence of [1_000, 2_000]) {
        const budget = await gql(create, {
          input: {
            personId,
            amountPence,
            fundingStreams: [{ stream: "COUNCIL_SOCIAL_CARE", amountPence }],
            deliveryMechanism: "NOTIONAL",
          },
        })
        expect(budget.errors).toBeUndefined()
      }
    }
    const auditRowsBefore = await runtime.runPromise(countRows("audit_log"))
    const before = invoked
    const list = await gql(
      `{ budgets(first: 100) { edges { node { personId person { id givenName } } } } }`,
    )
    expect(list.errors).toBeUndefined()
    const edges: ReadonlyArray<{
      node: { personId: string; person: { id: string; givenName: string } }
    }> = list.data?.budgets.edges
    for (const { node } of edges) expect(node.person.id).toBe(node.personId)
    const holders = new Set(edges.map((e) => e.node.personId))
    for (const personId of personIds) expect(holders).toContain(personId)
    // The list, then every holder together: not one run per row or per holder.
    expect(invoked - before).toBe(2)
    // The list names each holder once, and each holder's own read is recorded once.
    expect((await runtime.runPromise(countRows("audit_log"))) - auditRowsBefore).toBe(
      1 + 2 * holders.size,
    )
  })

  it("answers NOT_FOUND for an unknown budget, with the core error's tag", async () => {
    const result = await gql(`{ budget(budgetId: "0190b6c2-0000-7000-8000-0000000000ee") { id } }`)
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "NOT_FOUND",
      tag: "BudgetNotFound",
    })
  })

  describe("a malformed input is refused by GraphQL (validation, variable coercion) before any use case runs", () => {
    // Every table a command or an audited read could write.
    const everyRow = () =>
      runtime.runPromise(
        Effect.all(
          Object.fromEntries(
            (["domain_events", "journeys", "decisions", "budgets", "audit_log"] as const).map(
              (table) => [table, countRows(table)],
            ),
          ),
        ),
      )
    const expectRefused = async (result: GraphqlResponse) => {
      expect(result.data?.suspendBudget ?? null).toBeNull()
      expect(result.errors?.length).toBeGreaterThan(0)
      for (const error of result.errors ?? []) {
        // The typed errors' shape: a message and a code from core's table.
        expect(error.message).toEqual(expect.any(String))
        expect(error.extensions?.code).toBe("BAD_REQUEST")
      }
      return (result.errors ?? []).map((e) => e.message).join("\n")
    }

    it("written in the document", async () => {
      const before = await everyRow()
      invoked = 0
      const messages = await expectRefused(
        await gql(`mutation { suspendBudget(input: {journeyId: 42, colour: "blue"}) { id } }`),
      )
      expect(messages).toMatch(/colour/)
      expect(messages).toMatch(/reason/)
      expect(invoked).toBe(0)
      expect(await everyRow()).toEqual(before)
    })

    it("sent as a variable", async () => {
      const before = await everyRow()
      invoked = 0
      const messages = await expectRefused(
        await gql(`mutation($input: SuspendBudgetInput!) { suspendBudget(input: $input) { id } }`, {
          input: { journeyId: 42, colour: "blue" },
        }),
      )
      expect(messages).toMatch(/colour/)
      expect(invoked).toBe(0)
      expect(await everyRow()).toEqual(before)
    })
  })
})
