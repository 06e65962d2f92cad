import {
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql"
import type { Plugin } from "graphql-yoga"
import { refusedWith400 } from "./refusal.ts"

export interface QueryLimits {
  /** How deep selections may nest. */
  readonly maxDepth: number
  /** How many fields a whole document may select (a simple complexity measure). */
  readonly maxFields: number
  /** How many operations one HTTP request may batch. */
  readonly maxBatch: number
  /**
   * What one operation may cost: each field once, and what a page (`first`/`last`) selects under
   * its lists once per row asked for (see `operationCost`).
   */
  readonly maxCost: number
  /** How many tokens a document may hold, counted before it is parsed. */
  readonly maxTokens: number
}

export const defaultLimits: QueryLimits = {
  maxDepth: 10,
  maxFields: 300,
  maxBatch: 10,
  maxCost: 2_000,
  maxTokens: 10_000,
}

/**
 * How deeply brackets may nest in a document, counted before parsing: far beyond any query the
 * depth limit lets through (nesting counts arguments' lists and objects too), far below what
 * overflows graphql-js's recursive parser (a few thousand).
 */
export const maxNesting = 256

/** The limits given, the defaults for the rest. */
export const resolveLimits = (limits?: Partial<QueryLimits>): QueryLimits => ({
  maxDepth: limits?.maxDepth ?? defaultLimits.maxDepth,
  maxFields: limits?.maxFields ?? defaultLimits.maxFields,
  maxBatch: limits?.maxBatch ?? defaultLimits.maxBatch,
  maxCost: limits?.maxCost ?? defaultLimits.maxCost,
  maxTokens: limits?.maxTokens ?? defaultLimits.maxTokens,
})

/**
 * Introspection (whatever is selected under `__schema` or `__type`) is measured apart from
 * the data a query reads, against these bounds rather than the deployment's limits. The
 * standard introspection query (graphql-js `getIntrospectionQuery` with every option, as
 * GraphiQL, graphql-codegen and graphql-inspector send it) nests 15 levels and selects about
 * 230 fields; these bounds leave room for tools that ask a little more (deeper `ofType`
 * chains) and refuse anything much larger. How many lists introspection may nest in one
 * another (`fields { type { fields ... } }`) is bounded by graphql-js's own
 * `MaxIntrospectionDepthRule`, which always runs.
 */
export const introspectionLimits = { maxDepth: 20, maxFields: 500 } as const

const introspectionRoots = new Set(["__schema", "__type"])

interface Measure {
  /** Levels of fields nested, counting the outermost as 1 (0 for none). */
  depth: number
  fields: number
  introspectionDepth: number
  introspectionFields: number
}

const none = (): Measure => ({ depth: 0, fields: 0, introspectionDepth: 0, introspectionFields: 0 })

const add = (into: Measure, inner: Measure) => {
  into.depth = Math.max(into.depth, inner.depth)
  into.fields += inner.fields
  into.introspectionDepth = Math.max(into.introspectionDepth, inner.introspectionDepth)
  into.introspectionFields += inner.introspectionFields
}

/**
 * Measures one operation. A fragment is measured once and reused wherever it is spread (its
 * depth is relative), so a document spreading fragments many times costs linear time to
 * check while its fields still count once per spread.
 */
const measurer = (context: ValidationContext) => {
  const fragments = new Map<string, Measure>()
  const inProgress = new Set<string>()

  const fragment = (definition: FragmentDefinitionNode, introspection: boolean): Measure => {
    const key = `${introspection ? "i" : "d"}:${definition.name.value}`
    const known = fragments.get(key)
    if (known) return known
    // A fragment cycle is refused by graphql's own NoFragmentCyclesRule; do not loop here.
    if (inProgress.has(key)) return none()
    inProgress.add(key)
    const measured = selections(definition.selectionSet, introspection)
    inProgress.delete(key)
    fragments.set(key, measured)
    return measured
  }

  const selections = (selectionSet: SelectionSetNode, introspection: boolean): Measure => {
    const total = none()
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const entersIntrospection = !introspection && introspectionRoots.has(selection.name.value)
        const inside = introspection || entersIntrospection
        const inner = selection.selectionSet ? selections(selection.selectionSet, inside) : none()
        if (inside) {
          total.introspectionDepth = Math.max(
            total.introspectionDepth,
            1 + inner.introspectionDepth,
          )
          total.introspectionFields += 1 + inner.introspectionFields
        } else {
          total.depth = Math.max(total.depth, 1 + inner.depth)
          total.fields += 1 + inner.fields
          total.introspectionDepth = Math.max(total.introspectionDepth, inner.introspectionDepth)
          total.introspectionFields += inner.introspectionFields
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(total, selections(selection.selectionSet, introspection))
      } else {
        const definition = context.getFragment(selection.name.value)
        if (definition) add(total, fragment(definition, introspection))
      }
    }
    return total
  }

  return selections
}

const refusal = (
  message: string,
  limit: "depth" | "complexity" | "introspection-depth" | "introspection-complexity",
  node: Parameters<ValidationContext["reportError"]>[0]["nodes"],
) =>
  new GraphQLError(message, {
    nodes: node ?? null,
    extensions: refusedWith400({ code: "BAD_REQUEST", limit }),
  })

/**
 * Refuses, before execution, a query nested too deep or selecting too many fields. Fields
 * under `__schema`/`__type` count against `introspectionLimits` instead, so tools can read
 * the schema while a deep or wide introspection query is still refused.
 */
export const limitRule =
  (limits: QueryLimits): ValidationRule =>
  (context) => {
    const measure = measurer(context)
    return {
      OperationDefinition(operation) {
        const measured = measure(operation.selectionSet, false)
        if (measured.depth > limits.maxDepth) {
          context.reportError(
            refusal(
              `The query nests ${measured.depth} levels deep; the limit is ${limits.maxDepth}.`,
              "depth",
              [operation],
            ),
          )
        }
        if (measured.fields > limits.maxFields) {
          context.reportError(
            refusal(
              `The query selects ${measured.fields} fields; the limit is ${limits.maxFields}.`,
              "complexity",
              [operation],
            ),
          )
        }
        if (measured.introspectionDepth > introspectionLimits.maxDepth) {
          context.reportError(
            refusal(
              `The introspection query nests ${measured.introspectionDepth} levels deep; the limit is ${introspectionLimits.maxDepth}.`,
              "introspection-depth",
              [operation],
            ),
          )
        }
        if (measured.introspectionFields > introspectionLimits.maxFields) {
          context.reportError(
            refusal(
              `The introspection query selects ${measured.introspectionFields} fields; the limit is ${introspectionLimits.maxFields}.`,
              "introspection-complexity",
              [operation],
            ),
          )
        }
      },
    }
  }

/** Adds the limits, and in production refuses introspection, at validation: nothing executes. */
export const useQueryLimits = (limits: QueryLimits, production: boolean): Plugin => ({
  onValidate({ addValidationRule }) {
    addValidationRule(limitRule(limits))
    if (production) addValidationRule(NoSchemaIntrospectionCustomRule)
  },
})
