import { readFileSync } from "node:fs"
import { testDatabaseKind } from "@openpb/store/testing"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type MatrixApp, startMatrixApp } from "./matrix/app.ts"
import { callTrpc } from "./matrix/calls.ts"

/*
 * The directory through both APIs on the running app, with signed tokens: a council imports its
 * Open Referral UK feed, and anyone signed in to the council finds services by language and
 * area, through tRPC and through GraphQL alike.
 */

const feed: unknown = JSON.parse(
  readFileSync(new URL("../../store/test/fixtures/oruk-directory.json", import.meta.url), "utf8"),
)

const polish = "Razem Polish Peer Support Group"
const urdu = "Sakoon Women's Wellbeing Circle"
const gardening = "Roundhay Gardening Club"

let matrix: MatrixApp
const tokens: Record<string, string> = {}

beforeAll(async () => {
  matrix = await startMatrixApp()
  const sign = (
    subject: string,
    role: "council-admin" | "practitioner" | "provider",
    council = "northmere",
  ) => matrix.sign({ subject, role, council })
  tokens.admin = await sign("dir-admin", "council-admin")
  tokens.practitioner = await sign("dir-pat", "practitioner")
  tokens.provider = await sign("dir-pro", "provider")
  tokens.awayAdmin = await sign("dir-away", "council-admin", "southfold")
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

const importMutation = `mutation Import($input: OrukFeedInput!) {
  importDirectory(input: $input) { added updated unchanged refused { serviceId reasons } }
}`

const searchQuery = `query Search($language: String, $area: String, $need: String) {
  directory(language: $language, area: $area, need: $need) {
    edges { node { id name languages culturalFit locations { postcodeDistrict } costs { amountPence per } } }
  }
}`

interface Node {
  readonly name: string
}
const graphqlNames = async (token: string, variables: Record<string, unknown>) => {
  const body = await graphql(token, searchQuery, variables)
  expect(body.errors).toBeUndefined()
  const connection = body.data?.directory as { edges: Array<{ node: Node }> }
  return connection.edges.map((e) => e.node.name).sort()
}
const trpcNames = async (token: string, input: Record<string, unknown>) => {
  const outcome = await callTrpc(matrix.app.request, token, "searchDirectory", input)
  expect(outcome.code).toBe("ok")
  return (outcome.data as { items: Array<Node> }).items.map((e) => e.name).sort()
}

describe(`the directory through tRPC and GraphQL on ${testDatabaseKind()}`, () => {
  it("imports an Open Referral UK feed through tRPC, and again through GraphQL without adding anything", async () => {
    const first = await callTrpc(matrix.app.request, tokens.admin!, "importDirectory", feed)
    expect(first.code).toBe("ok")
    expect(first.data).toMatchObject({ added: 4, updated: 0, unchanged: 0 })
    expect((first.data as { refused: Array<{ serviceId: string }> }).refused).toEqual([
      expect.objectContaining({ serviceId: "svc-unlisted" }),
    ])

    const again = await graphql(tokens.admin!, importMutation, { input: feed })
    expect(again.errors).toBeUndefined()
    expect(again.data?.importDirectory).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 4,
      refused: [
        {
          serviceId: "svc-unlisted",
          reasons: [
            "name: a service must have a name",
            "service_at_locations.0.location.physical_addresses.0.postal_code: NOT A POSTCODE is not a UK postcode",
          ],
        },
      ],
    })
  })

  it("finds services by language and by area through both APIs", async () => {
    for (const [token, names] of [
      [tokens.practitioner!, trpcNames],
      [tokens.provider!, graphqlNames],
    ] as const) {
      expect(await names(token, { language: "Polish" })).toEqual([polish])
      expect(await names(token, { language: "Urdu" })).toEqual([urdu])
      expect(await names(token, { area: "LS7 4XY" })).toEqual([polish])
      expect(await names(token, { area: "Harehills" })).toEqual([urdu])
      expect(await names(token, { area: "LS8" })).toEqual([gardening, urdu].sort())
      expect(await names(token, { area: "LS8", language: "Urdu" })).toEqual([urdu])
      expect(await names(token, { need: "gardening", area: "LS7" })).toEqual([])
    }
    // Both APIs send the same entry.
    const viaTrpc = await callTrpc(matrix.app.request, tokens.practitioner!, "searchDirectory", {
      language: "Urdu",
    })
    const [entry] = (viaTrpc.data as { items: Array<Record<string, unknown>> }).items
    expect(entry).toMatchObject({
      culturalFit: ["South Asian women", "Muslim women"],
      costs: [{ amountPence: 350, per: "Per session", description: null }],
    })
    const viaGraphql = await graphql(
      tokens.provider!,
      "query One($entryId: ID!) { directoryEntry(entryId: $entryId) { id name languages } }",
      { entryId: entry!.id },
    )
    expect(viaGraphql.data?.directoryEntry).toEqual({
      id: entry!.id,
      name: urdu,
      languages: ["Urdu", "Punjabi"],
    })
  })

  it("imports a CSV of the feed's fields through both APIs, by the same rules", async () => {
    const csv =
      "id,name,organisation_name,languages,postal_code,kind\r\ncsv-pa,Tłumacz PAs,Tłumacz Co-op,Polish,LS7 1AA,personal-assistant\r\n"
    const viaTrpc = await callTrpc(matrix.app.request, tokens.admin!, "importDirectoryCsv", { csv })
    expect(viaTrpc.data).toMatchObject({ added: 1, updated: 0, unchanged: 0, refused: [] })
    const viaGraphql = await graphql(
      tokens.admin!,
      "mutation Csv($input: ImportDirectoryCsvInput!) { importDirectoryCsv(input: $input) { added unchanged } }",
      { input: { csv } },
    )
    expect(viaGraphql.data?.importDirectoryCsv).toEqual({ added: 0, unchanged: 1 })
    expect(await trpcNames(tokens.practitioner!, { language: "Polish", area: "LS7" })).toEqual(
      ["Tłumacz PAs", polish].sort(),
    )
  })

  it("keeps each council's directory its own, and only an administrator imports", async () => {
    expect(await trpcNames(tokens.awayAdmin!, { language: "Polish" })).toEqual([])
    expect(await graphqlNames(tokens.awayAdmin!, { area: "LS7" })).toEqual([])
    const trpc = await callTrpc(matrix.app.request, tokens.practitioner!, "importDirectory", feed)
    expect(trpc.code).toBe("FORBIDDEN")
    const viaGraphql = await graphql(tokens.practitioner!, importMutation, { input: feed })
    expect(viaGraphql.errors?.[0]?.extensions?.code).toBe("FORBIDDEN")
    // A malformed feed: a typed bad request naming the field, through both APIs.
    const malformed = { content: [{ id: "x", languages: "Polish" }] }
    const bad = await callTrpc(matrix.app.request, tokens.admin!, "importDirectory", malformed)
    expect(bad.code).toBe("BAD_REQUEST")
    const badGraphql = await graphql(tokens.admin!, importMutation, { input: malformed })
    expect(badGraphql.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST")
    expect(matrix.defects).toEqual([])
  })
})
