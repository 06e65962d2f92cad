import { DEFAULT_PAGE_SIZE } from "@openpb/core"
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  getOperationAST,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from "graphql"
import type { Plugin } from "graphql-yoga"
import type { GraphqlContext } from "./context.ts"
import { refusedWith400 } from "./refusal.ts"

/**
 * A selection set's cost in two parts: what is read once, and what is read once per row of the
 * page the enclosing field asks for (the list fields, such as a connection's `edges`).
 */
interface Cost {
  readonly once: number
  readonly perRow: number
}

type Variables = Readonly<Record<string, unknown>> | null | undefined

/** The rows a paged field asks for: `first` or `last` (the larger), or core's default page. */
const pageSizeOf = (
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  variables: Variables,
): number => {
  if (!field.args.some((arg) => arg.name === "first" || arg.name === "last")) return 1
  let rows: number | undefined
  for (const argument of node.arguments ?? []) {
    if (argument.name.value !== "first" && argument.name.value !== "last") continue
    const value =
      argument.value.kind === Kind.INT
        ? Number(argument.value.value)
        : argument.value.kind === Kind.VARIABLE
          ? variables?.[argument.value.name.value]
          : undefined
    // A value that is not a whole number is refused when the arguments are read; it reads nothing.
    if (typeof value === "number" && Number.isInteger(value)) rows = Math.max(rows ?? 1, value, 1)
  }
  return rows ?? DEFAULT_PAGE_SIZE
}

const fieldsOf = (type: GraphQLNamedType | undefined) =>
  type !== undefined && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : {}

/**
 * What an operation costs: every field selected counts 1, and what a paged field (one taking
 * `first`/`last`, a Relay connection) selects under its lists counts once per row it asks for,
 * so 60 aliases of a 100-row page cost 6,000 times what is read per row, not 60 fields. Each
 * fragment is costed once and reused wherever it is spread, so a document of fragments spreading
 * fragments costs linear time to measure (while its cost still counts every spread).
 */
export const operationCost = (
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Variables,
): number => {
  const operation = getOperationAST(document, operationName)
  if (!operation) return 0
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition)
  const costed = new Map<string, Cost>()
  const inProgress = new Set<string>()

  const fragmentCost = (name: string): Cost => {
    const known = costed.get(name)
    if (known) return known
    const definition = fragments.get(name)
    // A cycle is refused by graphql's own NoFragmentCyclesRule before execution; never loop here.
    if (!definition || inProgress.has(name)) return { once: 0, perRow: 0 }
    inProgress.add(name)
    const cost = selectionsCost(
      definition.selectionSet,
      schema.getType(definition.typeCondition.name.value),
    )
    inProgress.delete(name)
    costed.set(name, cost)
    return cost
  }

  const selectionsCost = (
    selectionSet: SelectionSetNode,
    parent: GraphQLNamedType | undefined,
  ): Cost => {
    let once = 0
    let perRow = 0
    const parentFields = fieldsOf(parent)
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = parentFields[selection.name.value]
        if (field === undefined) {
          once += 1
          continue
        }
        const inner = selection.selectionSet
          ? selectionsCost(selection.selectionSet, getNamedType(field.type))
          : { once: 0, perRow: 0 }
        const cost = 1 + inner.once + pageSizeOf(selection, field, variables) * inner.perRow
        if (isListType(getNullableType(field.type))) perRow += cost
        else once += cost
      } else {
        const inner =
          selection.kind === Kind.INLINE_FRAGMENT
            ? selectionsCost(
                selection.selectionSet,
                selection.typeCondition
                  ? schema.getType(selection.typeCondition.name.value)
                  : parent,
              )
            : fragmentCost(selection.name.value)
        once += inner.once
        perRow += inner.perRow
      }
    }
    return { once, perRow }
  }

  const root = schema.getRootType(operation.operation) ?? undefined
  const { once, perRow } = selectionsCost(operation.selectionSet, root)
  return once + perRow
}

/**
 * Refuses, with 400 and before any resolver runs, an operation costing more than `maxCost`
 * (see `operationCost`). It runs at execution rather than validation because the rows asked
 * for may be variables, and yoga caches a document's validation across requests.
 */
export const useCostLimit = (maxCost: number): Plugin<GraphqlContext> => ({
  onExecute({ args, setResultAndStopExecution }) {
    const cost = operationCost(
      args.schema,
      args.document,
      args.operationName,
      args.variableValues as Variables,
    )
    if (cost <= maxCost) return
    setResultAndStopExecution({
      errors: [
        new GraphQLError(
          `The query costs ${cost} (each field once, and once per row of each page it reads); the limit is ${maxCost}.`,
          { extensions: refusedWith400({ code: "BAD_REQUEST", limit: "cost" }) },
        ),
      ],
    })
  },
})
