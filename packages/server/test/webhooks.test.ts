import { testDatabaseKind } from "@openpb/store/testing"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type MatrixApp, startMatrixApp } from "./matrix/app.ts"
import { callTrpc } from "./matrix/calls.ts"

/*
 * Webhook subscriptions through both APIs on the running app, with signed tokens: a council's
 * administrator subscribes an endpoint (through tRPC and through GraphQL), sees both listed
 * without their secrets, and ends them; another council's administrator sees none of them and
 * cannot end them; a practitioner may not subscribe.
 */

let matrix: MatrixApp
const tokens: Record<string, string> = {}

beforeAll(async () => {
  matrix = await startMatrixApp()
  const sign = (subject: string, role: "council-admin" | "practitioner", council = "northmere") =>
    matrix.sign({ subject, role, council })
  tokens.admin = await sign("hook-admin", "council-admin")
  tokens.practitioner = await sign("hook-pat", "practitioner")
  tokens.awayAdmin = await sign("hook-away", "council-admin", "southfold")
}, 120_000)
afterAll(() => matrix.runtime.dispose())

const graphql = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
  const response = await matrix.app.request("/graphql", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  })
  return (await response.json()) as {
    data?: Record<string, unknown> | null
    errors?: Array<{ message: string; extensions?: { code?: string } }>
  }
}

interface Listed {
  readonly id: string
  readonly url: string
  readonly eventTypes: ReadonlyArray<string>
}

const listedVia = async (token: string) => {
  const viaTrpc = await callTrpc(matrix.app.request, token, "listWebhookSubscriptions", {})
  expect(viaTrpc.code).toBe("ok")
  const viaGraphql = await graphql(token, "{ webhookSubscriptions { id url eventTypes } }")
  expect(viaGraphql.errors).toBeUndefined()
  const graphqlList = viaGraphql.data?.webhookSubscriptions as ReadonlyArray<Listed>
  const trpcList = viaTrpc.data as ReadonlyArray<Listed & Record<string, unknown>>
  // The same subscriptions through both, and never a secret.
  expect(graphqlList.map((s) => s.id)).toEqual(trpcList.map((s) => s.id))
  for (const listed of trpcList) expect(listed).not.toHaveProperty("secret")
  return trpcList
}

describe(`webhook subscriptions through tRPC and GraphQL on ${testDatabaseKind()}`, () => {
  it("subscribes, lists and unsubscribes through both APIs, within the council only", async () => {
    const viaTrpc = await callTrpc(matrix.app.request, tokens.admin!, "subscribeWebhook", {
      url: "https://hooks.example.org/trpc",
      eventTypes: ["PersonRegistered", "BudgetCreated"],
    })
    expect(viaTrpc.code).toBe("ok")
    const created = viaTrpc.data as { subscription: Listed; secret: string }
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    expect(created.subscription).toMatchObject({
      url: "https://hooks.example.org/trpc",
      eventTypes: ["PersonRegistered", "BudgetCreated"],
      councilId: "northmere",
    })

    const viaGraphql = await graphql(
      tokens.admin!,
      `mutation Subscribe($input: SubscribeWebhookInput!) {
        subscribeWebhook(input: $input) { secret subscription { id url eventTypes } }
      }`,
      { input: { url: "https://hooks.example.org/graphql", eventTypes: ["PLANAPPROVED"] } },
    )
    expect(viaGraphql.errors).toBeUndefined()
    const made = viaGraphql.data?.subscribeWebhook as { secret: string; subscription: Listed }
    expect(made.subscription.eventTypes).toEqual(["PLANAPPROVED"])
    expect(made.secret).not.toBe(created.secret)

    const listed = await listedVia(tokens.admin!)
    expect(listed.map((s) => s.url)).toEqual([
      "https://hooks.example.org/trpc",
      "https://hooks.example.org/graphql",
    ])
    expect(listed[1]?.eventTypes).toEqual(["PlanApproved"])
    // Another council's administrator sees none of them and cannot end one.
    expect(await listedVia(tokens.awayAdmin!)).toEqual([])
    const away = await callTrpc(matrix.app.request, tokens.awayAdmin!, "unsubscribeWebhook", {
      subscriptionId: created.subscription.id,
    })
    expect(away.code).toBe("NOT_FOUND")

    const endedTrpc = await callTrpc(matrix.app.request, tokens.admin!, "unsubscribeWebhook", {
      subscriptionId: created.subscription.id,
    })
    expect(endedTrpc.code).toBe("ok")
    const endedGraphql = await graphql(
      tokens.admin!,
      `mutation End($input: UnsubscribeWebhookInput!) {
        unsubscribeWebhook(input: $input) { subscriptionId }
      }`,
      { input: { subscriptionId: made.subscription.id } },
    )
    expect(endedGraphql.errors).toBeUndefined()
    expect(await listedVia(tokens.admin!)).toEqual([])
  })

  it("refuses a practitioner, an unknown event type and plain http to another machine", async () => {
    const practitioner = await callTrpc(
      matrix.app.request,
      tokens.practitioner!,
      "subscribeWebhook",
      { url: "https://hooks.example.org/x", eventTypes: ["PersonRegistered"] },
    )
    expect(practitioner.code).toBe("FORBIDDEN")
    const unknown = await callTrpc(matrix.app.request, tokens.admin!, "subscribeWebhook", {
      url: "https://hooks.example.org/x",
      eventTypes: ["PersonDeleted"],
    })
    expect(unknown.code).toBe("BAD_REQUEST")
    const plain = await graphql(
      tokens.admin!,
      `mutation Subscribe($input: SubscribeWebhookInput!) { subscribeWebhook(input: $input) { secret } }`,
      { input: { url: "http://hooks.example.org/x", eventTypes: ["PERSONREGISTERED"] } },
    )
    expect(plain.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST")
    expect(await listedVia(tokens.admin!)).toEqual([])
  })
})
