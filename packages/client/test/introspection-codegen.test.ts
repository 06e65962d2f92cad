import { type ChildProcess, execFile, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { promisify } from "node:util"
import { generate } from "@graphql-codegen/cli"
import {
  buildClientSchema,
  type GraphQLInputType,
  type GraphQLSchema,
  getIntrospectionQuery,
  getNamedType,
  type IntrospectionQuery,
  isInputObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
} from "graphql"
import ts from "typescript"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { codegenConfig, documentsGlob } from "./generate/codegenConfig.ts"
import { documents, requestGraphql } from "../src/index.ts"

/**
 * The acceptance, as a frontend team would meet it: graphql-codegen's client preset run
 * against the introspection of a running reference council (its own process, on a free loopback
 * port, with a development token) types every operation's variables with no `unknown`, and with
 * `any` only where the schema's JSON scalar is.
 */
const run = promisify(execFile)
const appDir = new URL("../../../apps/reference-council/", import.meta.url).pathname
// The server keeps files beside its data folder (the dev issuer's key, exports): all in one folder.
const scratch = mkdtempSync(join(tmpdir(), "openpb-client-introspection-"))
const dataDir = join(scratch, "data")

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer()
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0))
    })
  })

// The server keeps its data in a fresh PGlite folder, whatever DATABASE_URL this shell has.
const { DATABASE_URL: _ignored, ...baseEnv } = process.env
const env = { ...baseEnv, OPENPB_DATA_DIR: dataDir, NODE_ENV: "development" }
const node = ["--experimental-strip-types", "--conditions=@openpb/source"]

let child: ChildProcess | undefined
let output = ""
let url = ""
let token = ""

beforeAll(async () => {
  const port = await freePort()
  child = spawn(process.execPath, [...node, "src/main.ts"], {
    cwd: appDir,
    env: { ...env, PORT: String(port), OPENPB_RATE_PER_MINUTE: "6000" },
    stdio: ["ignore", "pipe", "pipe"],
  })
  child.stdout?.on("data", (chunk) => (output += chunk))
  child.stderr?.on("data", (chunk) => (output += chunk))
  url = `http://127.0.0.1:${port}`
  const started = performance.now()
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`)
    const healthy = await fetch(`${url}/health`).then(
      (r) => r.status === 200,
      () => false,
    )
    if (healthy) break
    if (performance.now() - started > 60_000) throw new Error(`no health after 60 s:\n${output}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  const { stdout } = await run(
    process.execPath,
    [...node, "src/cli.ts", "token", "--role", "council-admin,finance,approver"],
    { cwd: appDir, env },
  )
  token = stdout.trim().split("\n").at(-1)!
}, 80_000)

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once("exit", resolve))
    child.kill("SIGTERM")
    await exited
  }
  rmSync(scratch, { recursive: true, force: true })
})

/** Each variable's path (`ReferPersonMutationVariables.input.referral.source`) at a JSON scalar. */
const jsonPaths = (schema: GraphQLSchema): Set<string> => {
  const paths = new Set<string>()
  const walk = (type: GraphQLInputType, path: string, seen: ReadonlySet<string>) => {
    const named = getNamedType(type)
    if (named.name === "JSON") paths.add(path)
    if (!isInputObjectType(named) || seen.has(named.name)) return
    for (const field of Object.values(named.getFields())) {
      walk(field.type, `${path}.${field.name}`, new Set([...seen, named.name]))
    }
  }
  for (const doc of Object.values(documents)) {
    for (const definition of parse(doc.query).definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue
      const operation = definition as OperationDefinitionNode
      const suffix = operation.operation === "query" ? "QueryVariables" : "MutationVariables"
      for (const variable of operation.variableDefinitions ?? []) {
        const type = typeFromAST(schema, variable.type) as GraphQLInputType
        walk(type, `${operation.name!.value}${suffix}.${variable.variable.name.value}`, new Set())
      }
    }
  }
  return paths
}

/** Where the generated variables types say `unknown` or `any`, by path. */
const looseTypes = (source: string) => {
  const file = "/generated/graphql.ts"
  const host = ts.createCompilerHost({})
  const getSourceFile = host.getSourceFile
  host.getSourceFile = (name, language) =>
    name === file
      ? ts.createSourceFile(name, source, language, true)
      : getSourceFile(name, language)
  const fileExists = host.fileExists
  host.fileExists = (name) => name === file || fileExists(name)
  const program = ts.createProgram(
    [file],
    { strict: true, noEmit: true, skipLibCheck: true, types: [] },
    host,
  )
  const checker = program.getTypeChecker()
  const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!
  const found = { unknown: [] as Array<string>, any: [] as Array<string> }
  const walk = (type: ts.Type, path: string, seen: ReadonlySet<ts.Type>) => {
    if (type.flags & ts.TypeFlags.Unknown) found.unknown.push(path)
    if (type.flags & ts.TypeFlags.Any) found.any.push(path)
    if (seen.has(type)) return
    const inner = new Set([...seen, type])
    if (type.isUnion() || type.isIntersection()) {
      for (const member of type.types) walk(member, path, inner)
      return
    }
    if (!(type.flags & ts.TypeFlags.Object)) return
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      for (const element of checker.getTypeArguments(type as ts.TypeReference)) {
        walk(element, path, inner)
      }
      return
    }
    for (const property of checker.getPropertiesOfType(type)) {
      walk(checker.getTypeOfSymbol(property), `${path}.${property.getName()}`, inner)
    }
  }
  const variables = checker
    .getExportsOfModule(module)
    .filter((symbol) => symbol.getName().endsWith("Variables"))
  for (const symbol of variables) {
    walk(checker.getDeclaredTypeOfSymbol(symbol), symbol.getName(), new Set())
  }
  return { ...found, count: variables.length }
}

describe("graphql-codegen against the running reference council", () => {
  it("types every operation's variables with no unknown, and any only at the JSON scalar", async () => {
    const headers = { authorization: `Bearer ${token}` }
    const introspection = (await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    }).then((r) => r.json())) as { data: IntrospectionQuery }
    const schema = buildClientSchema(introspection.data)

    const config = codegenConfig(`${url}/graphql`, join(scratch, "gql"))
    const outputs: ReadonlyArray<{ filename: string; content: string }> = await generate(
      { ...config, schema: { [`${url}/graphql`]: { headers } }, documents: documentsGlob },
      false,
    )
    const generated = outputs.find((o) => o.filename.endsWith("graphql.ts"))!.content

    const loose = looseTypes(generated)
    expect(loose.count).toBe(Object.keys(documents).length)
    expect(loose.unknown).toEqual([])
    const allowed = jsonPaths(schema)
    expect(loose.any.filter((path) => !allowed.has(path))).toEqual([])
    // The one variable of JSON type today: an exporter's own parameters.
    expect(loose.any).toContain("StartExportMutationVariables.input.parameters")
  }, 60_000)

  it("serves the generated documents: budgets and a journey through the client", async () => {
    const options = { url, token: () => token }
    const budgets = await requestGraphql(options, documents.Budgets, { first: 2 })
    expect(budgets.budgets.edges.length).toBeGreaterThan(0)
    const journeys = await requestGraphql(options, documents.Journeys, { first: 1 })
    const first = journeys.journeys.edges[0]!.node
    const journey = await requestGraphql(options, documents.Journey, { journeyId: first.id })
    expect(journey.journey.journey.id).toBe(first.id)
  }, 30_000)
})
