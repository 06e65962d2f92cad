import { generateCaseloadCsv } from "@openpb/core"
import { testDatabaseKind } from "@openpb/store/testing"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type MatrixApp, startMatrixApp } from "./matrix/app.ts"
import { callTrpc } from "./matrix/calls.ts"

/*
 * A caseload import through both APIs on the running app, with signed tokens: a dry run through
 * tRPC reports the seeded bad rows and writes nothing, a real run through GraphQL is followed to
 * its end by its id, and a second run through tRPC adds nothing.
 */

let matrix: MatrixApp
const tokens: Record<string, string> = {}

beforeAll(async () => {
  matrix = await startMatrixApp()
  tokens.admin = await matrix.sign({
    subject: "imp-admin",
    role: "council-admin",
    council: "northmere",
  })
  tokens.practitioner = await matrix.sign({
    subject: "imp-pat",
    role: "practitioner",
    council: "northmere",
  })
}, 120_000)
afterAll(() => matrix.runtime.dispose())

const sample = generateCaseloadCsv(40, 7)
const pieces = (text: string) => text.match(/[\s\S]{1,20000}/g) ?? []
const input = (dryRun: boolean) => ({
  csv: pieces(sample.csv),
  sourceSystem: "api-test-system",
  fileName: "caseload.csv",
  dryRun,
})

interface Run {
  readonly id: string
  readonly status: string
  readonly dryRun: boolean
  readonly counts: { created: number; updated: number; unchanged: number; failed: number }
  readonly problems: ReadonlyArray<{ row: number; column: string | null }>
}

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

const runFields =
  "id status dryRun counts { created updated unchanged failed } problems { row column }"

const followed = async (id: string): Promise<Run> => {
  for (let i = 0; i < 300; i++) {
    const body = await graphql(
      tokens.admin!,
      `query Run($runId: ID!) { importRun(runId: $runId) { ${runFields} } }`,
      { runId: id },
    )
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined()
    const run = body.data?.importRun as Run
    // GraphQL names enum values in capitals.
    if (run.status !== "RUNNING") return run
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error("the import did not finish")
}

const good = 40 - sample.spoiled.length
const expectedProblems = sample.spoiled.map((s) => `${s.row}:${s.column}`).sort()
const problemsOf = (run: Run) =>
  [...new Set(run.problems.map((p) => `${p.row}:${p.column}`))].sort()

describe(`caseload import through tRPC and GraphQL on ${testDatabaseKind()}`, () => {
  it("a dry run through tRPC reports the bad rows by row and column", async () => {
    const dry = await callTrpc(
      matrix.app.request,
      tokens.admin!,
      "startCaseloadImport",
      input(true),
    )
    expect(dry.code).toBe("ok")
    const run = dry.data as Run
    expect(run.dryRun).toBe(true)
    expect(run.counts).toMatchObject({ created: good, failed: sample.spoiled.length })
    expect(problemsOf(run)).toEqual(expectedProblems)
    const runs = await callTrpc(matrix.app.request, tokens.admin!, "listImportRuns", {})
    expect(runs.data).toEqual([])
  })

  it("a real run through GraphQL imports the rest; a second through tRPC adds nothing", async () => {
    const started = await graphql(
      tokens.admin!,
      `mutation Start($input: StartCaseloadImportInput!) { startCaseloadImport(input: $input) { ${runFields} } }`,
      { input: input(false) },
    )
    expect(started.errors).toBeUndefined()
    const startedRun = started.data?.startCaseloadImport as Run | undefined
    expect(startedRun).toBeDefined()
    const first = await followed(startedRun!.id)
    expect(first.status).toBe("COMPLETED")
    expect(first.counts).toMatchObject({
      created: good,
      unchanged: 0,
      failed: sample.spoiled.length,
    })
    expect(problemsOf(first)).toEqual(expectedProblems)

    const again = await callTrpc(
      matrix.app.request,
      tokens.admin!,
      "startCaseloadImport",
      input(false),
    )
    expect(again.code).toBe("ok")
    const second = await followed((again.data as Run).id)
    expect(second.counts).toMatchObject({ created: 0, updated: 0, unchanged: good })
  })

  it("a practitioner may not import", async () => {
    const refused = await callTrpc(
      matrix.app.request,
      tokens.practitioner!,
      "startCaseloadImport",
      input(true),
    )
    expect(refused.code).toBe("FORBIDDEN")
  })
})
