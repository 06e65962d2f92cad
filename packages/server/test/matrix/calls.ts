import type { UseCaseName } from "@openpb/core"
import { schema } from "@openpb/graphql"
import { appRouter } from "@openpb/trpc"
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
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
 * Every field without arguments, so the ids a response holds can be checked; a relation that
 * runs a use case of its own (`Budget.person` reads the person) is left to that use case's probe.
 */
const selection = (type: GraphQLOutputType, depth = 0): string => {
  const named = getNamedType(type)
  if (isLeafType(named) || !isObjectType(named) || depth > 4) return ""
  const fields = Object.values(named.getFields())
    .filter((f) => f.args.length === 0 && !(f.extensions as { useCase?: string }).useCase)
    .flatMap((f) => {
      if (isLeafType(getNamedType(f.type))) return [f.name]
      const inner = selection(f.type, depth + 1)
      return inner ? [`${f.name}${inner}`] : []
    })
  return ` { __typename ${fields.join(" ")} }`
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/**
 * A value of core's input (as tRPC takes it) as GraphQL takes it, read off the GraphQL input
 * type itself: enum literals become the enum's value names (`council-social-care` ->
 * `COUNCIL_SOCIAL_CARE`), records become lists of `{ key, value }` entries, and everything
 * GraphQL has no place for is left as it is, for GraphQL to refuse as tRPC would.
 */
export const toGraphqlValue = (type: GraphQLInputType, value: unknown): unknown => {
  if (value === null || value === undefined) return value
  if (isNonNullType(type)) return toGraphqlValue(type.ofType, value)
  if (isListType(type)) {
    const item = type.ofType as GraphQLInputType
    if (Array.isArray(value)) return value.map((v) => toGraphqlValue(item, v))
    const entry = getNamedType(item)
    const fields = isInputObjectType(entry) ? entry.getFields() : {}
    if (isRecord(value) && Object.keys(fields).sort().join() === "key,value")
      return Object.entries(value).map(([key, v]) => ({
        key,
        value: toGraphqlValue(fields.value!.type, v),
      }))
    return toGraphqlValue(item, value)
  }
  if (isEnumType(type)) return type.getValues().find((v) => v.value === value)?.name ?? value
  if (isInputObjectType(type) && isRecord(value)) {
    const fields = type.getFields()
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [
        key,
        fields[key] ? toGraphqlValue(fields[key].type, v) : v,
      ]),
    )
  }
  return value
}

/**
 * The field's arguments for a use case's input: the whole input as `input` (a mutation's
 * `input: <Name>Input!`), or each of the input's fields as the argument of its name (a query's
 * flat arguments); converted to GraphQL's values by the arguments' types.
 */
export const graphqlArgs = (
  field: GraphQLField<unknown, unknown>,
  input: Record<string, unknown> | undefined,
): Record<string, unknown> => {
  const given = input ?? {}
  const args = new Map(field.args.map((a) => [a.name, a]))
  const asInput = args.get("input")
  if (args.size === 1 && asInput && isInputObjectType(getNamedType(asInput.type)))
    return { input: toGraphqlValue(asInput.type, given) }
  return Object.fromEntries(
    Object.entries(given).flatMap(([name, value]) => {
      const arg = args.get(name)
      return arg ? [[name, toGraphqlValue(arg.type, value)]] : []
    }),
  )
}

/** Calls a use case's Query or Mutation field over HTTP, its arguments as variables. */
export const callGraphql = async (
  fetch: Fetch,
  token: string,
  useCase: UseCaseName,
  input: Record<string, unknown> | undefined,
): Promise<Outcome> => {
  const { operation, field } = fieldOf(useCase)
  const variables = graphqlArgs(field, input)
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
