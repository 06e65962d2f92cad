import type { UseCaseName } from "@openpb/core"
import { schema } from "@openpb/graphql"
import { appRouter } from "@openpb/trpc"
import {
  type GraphQLField,
  type GraphQLOutputType,
  getNamedType,
  isLeafType,
  isObjectType,
} from "graphql"

/** What a call came to: `ok`, or the error code; and, for `ok`, the data returned. */
export interface Outcome {
  readonly code: string
  readonly data?: unknown
}

type Fetch = (path: string, init: RequestInit) => Response | Promise<Response>

const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<
    string,
    { _def: { type: "query" | "mutation"; meta?: { useCase?: string } } }
  >,
)

const procedureOf = (useCase: UseCaseName) => {
  const found = procedures.find(([, p]) => p._def.meta?.useCase === useCase)
  if (!found) throw new Error(`no procedure runs ${useCase}`)
  return { path: found[0], type: found[1]._def.type }
}

/** Calls a use case's procedure over HTTP as tRPC's client would. */
export const callTrpc = async (
  fetch: Fetch,
  token: string,
  useCase: UseCaseName,
  input: unknown,
): Promise<Outcome> => {
  const { path, type } = procedureOf(useCase)
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const response = await (type === "query"
    ? fetch(
        `/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
        { headers },
      )
    : fetch(`/trpc/${path}`, { method: "POST", headers, body: JSON.stringify(input ?? null) }))
  const body = (await response.json()) as {
    result?: { data: unknown }
    error?: { data?: { code?: string } }
  }
  if (body.result) return { code: "ok", data: body.result.data }
  return { code: body.error?.data?.code ?? `HTTP ${response.status}` }
}

const operations = [
  ["query", schema.getQueryType()],
  ["mutation", schema.getMutationType()],
] as const

const fieldOf = (useCase: UseCaseName) => {
  for (const [operation, type] of operations) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if ((field.extensions as { useCase?: string }).useCase === useCase)
        return { operation, field }
    }
  }
  throw new Error(`no GraphQL field runs ${useCase}`)
}

/**
 * Every field without arguments, so the ids a response holds can be checked; `Budget.person`
 * runs a use case of its own (reading the person) and is left to that use case's probe.
 */
const selection = (type: GraphQLOutputType, depth = 0): string => {
  const named = getNamedType(type)
  if (isLeafType(named) || !isObjectType(named) || depth > 4) return ""
  const fields = Object.values(named.getFields())
    .filter((f) => f.args.length === 0 && !(named.name === "Budget" && f.name === "person"))
    .flatMap((f) => {
      if (isLeafType(getNamedType(f.type))) return [f.name]
      const inner = selection(f.type, depth + 1)
      return inner ? [`${f.name}${inner}`] : []
    })
  return ` { __typename ${fields.join(" ")} }`
}

const defaultArgs = (
  field: GraphQLField<unknown, unknown>,
  input: Record<string, unknown> | undefined,
) => {
  const given = input ?? {}
  const names = field.args.map((a) => a.name)
  if (names.length === 1 && names[0] === "input") return { input: given }
  const ids = Object.entries(given).filter(([key]) => key.endsWith("Id"))
  return Object.fromEntries(
    names.flatMap((name) => {
      if (name in given) return [[name, given[name]]]
      if (name === "id" && ids.length === 1) return [[name, ids[0]![1]]]
      return []
    }),
  )
}

/** Calls a use case's Query or Mutation field over HTTP, its arguments as variables. */
export const callGraphql = async (
  fetch: Fetch,
  token: string,
  useCase: UseCaseName,
  input: Record<string, unknown> | undefined,
  graphqlArgs?: (input: Record<string, unknown>) => Record<string, unknown>,
): Promise<Outcome> => {
  const { operation, field } = fieldOf(useCase)
  const variables = graphqlArgs ? graphqlArgs(input ?? {}) : defaultArgs(field, input)
  const used = field.args.filter((a) => a.name in variables)
  const declared = used.map((a) => `$${a.name}: ${String(a.type)}`).join(", ")
  const passed = used.map((a) => `${a.name}: $${a.name}`).join(", ")
  const query = `${operation} Probe${declared ? `(${declared})` : ""} { ${field.name}${
    passed ? `(${passed})` : ""
  }${selection(field.type)} }`
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  })
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null
    errors?: Array<{ message: string; extensions?: { code?: string } }>
  }
  if (body.errors?.length) {
    const code = body.errors[0]?.extensions?.code
    return { code: code ?? `UNCODED: ${body.errors[0]?.message}` }
  }
  return { code: "ok", data: body.data?.[field.name] }
}
