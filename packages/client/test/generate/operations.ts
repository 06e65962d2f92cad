/**
 * One GraphQL operation per Query and Mutation field of a schema: every argument becomes a
 * variable of the same type, and the selection takes every scalar and enum field, following
 * object fields to a bounded depth (a type already on the path is not entered again, so the
 * documents stay within the server's depth and cost limits). Pure: the schema's SDL in, the
 * documents' text out, so the generated file can be checked for staleness.
 */
import {
  buildSchema,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  print,
} from "graphql"

/** Object levels below the root field (root field's own type counts as the first). */
export const maxObjectDepth = 4

const pascal = (name: string) => name[0]!.toUpperCase() + name.slice(1)

/** The operation's name for a root field: `person` -> `Person`, `referPerson` -> `ReferPerson`. */
export const operationName = (field: string) => pascal(field)

/** Only fields that can be selected with no arguments (or only optional ones). */
const selectable = (field: GraphQLField<unknown, unknown>) =>
  field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined)

const sorted = <T extends { readonly name: string }>(items: ReadonlyArray<T>) =>
  [...items].sort((a, b) => a.name.localeCompare(b.name))

const selectionOf = (
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  depth: number,
  path: ReadonlySet<string>,
): string | undefined => {
  if (isLeafType(type)) return ""
  if (depth > maxObjectDepth || path.has(type.name)) return undefined
  const inner = new Set([...path, type.name])
  if (isAbstractType(type)) {
    const fragments = sorted(schema.getPossibleTypes(type))
      .map((possible) => {
        const selection = objectSelection(schema, possible, depth, inner)
        return selection === undefined ? undefined : `... on ${possible.name} ${selection}`
      })
      .filter((fragment) => fragment !== undefined)
    return `{ __typename ${fragments.join(" ")} }`
  }
  return isObjectType(type) ? objectSelection(schema, type, depth, inner) : undefined
}

const objectSelection = (
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  depth: number,
  path: ReadonlySet<string>,
): string | undefined => {
  const fields = sorted(Object.values(type.getFields()))
    .filter(selectable)
    .map((field) => {
      const selection = selectionOf(schema, getNamedType(field.type), depth + 1, path)
      return selection === undefined ? undefined : `${field.name} ${selection}`.trim()
    })
    .filter((field) => field !== undefined)
  return fields.length === 0 ? undefined : `{ ${fields.join(" ")} }`
}

const operation = (
  schema: GraphQLSchema,
  kind: "query" | "mutation",
  field: GraphQLField<unknown, unknown>,
) => {
  const variables = sorted(field.args).map((arg) => `$${arg.name}: ${String(arg.type)}`)
  const args = sorted(field.args).map((arg) => `${arg.name}: $${arg.name}`)
  const selection = selectionOf(schema, getNamedType(field.type), 1, new Set())
  if (selection === undefined) throw new Error(`${field.name} selects no field`)
  return `${kind} ${operationName(field.name)}${variables.length ? `(${variables.join(", ")})` : ""} {
    ${field.name}${args.length ? `(${args.join(", ")})` : ""} ${selection}
  }`
}

/** The generated operations' document, one operation per root field, in the schema's order. */
export const operationsDocument = (sdl: string): string => {
  const schema = buildSchema(sdl)
  const roots = [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ] as const
  const operations = roots.flatMap(([kind, root]) =>
    root ? sorted(Object.values(root.getFields())).map((f) => operation(schema, kind, f)) : [],
  )
  const header =
    "# Generated from packages/graphql/schema.graphql by `pnpm --filter @openpb/client generate`.\n" +
    "# Do not edit: one operation per Query and Mutation field, every scalar and enum field selected.\n\n"
  return `${header}${print(parse(operations.join("\n")))}\n`
}
