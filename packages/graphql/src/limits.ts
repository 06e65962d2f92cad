import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql"
import type { Plugin } from "graphql-yoga"

export interface QueryLimits {
  /** How deep selections may nest. */
  readonly maxDepth: number
  /** How many fields a whole document may select (a simple complexity measure). */
  readonly maxFields: number
  /** How many operations one HTTP request may batch. */
  readonly maxBatch: number
}

export const defaultLimits: QueryLimits = { maxDepth: 10, maxFields: 300, maxBatch: 10 }

const measure = (
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  depth: number,
  seen: Set<string>,
) => {
  let deepest = depth
  let fields = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      fields++
      if (selection.selectionSet) {
        const inner = measure(context, selection.selectionSet, depth + 1, seen)
        deepest = Math.max(deepest, inner.deepest)
        fields += inner.fields
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const inner = measure(context, selection.selectionSet, depth, seen)
      deepest = Math.max(deepest, inner.deepest)
      fields += inner.fields
    } else {
      const fragment = context.getFragment(selection.name.value)
      if (fragment && !seen.has(fragment.name.value)) {
        const inner = measure(
          context,
          fragment.selectionSet,
          depth,
          new Set([...seen, fragment.name.value]),
        )
        deepest = Math.max(deepest, inner.deepest)
        fields += inner.fields
      }
    }
  }
  return { deepest, fields }
}

/** Refuses, before execution, a query nested too deep or selecting too many fields. */
export const limitRule =
  (limits: QueryLimits): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      const { deepest, fields } = measure(context, operation.selectionSet, 1, new Set())
      if (deepest > limits.maxDepth) {
        context.reportError(
          new GraphQLError(
            `The query nests ${deepest} levels deep; the limit is ${limits.maxDepth}.`,
            {
              nodes: [operation],
              extensions: { code: "BAD_REQUEST", limit: "depth" },
            },
          ),
        )
      }
      if (fields > limits.maxFields) {
        context.reportError(
          new GraphQLError(
            `The query selects ${fields} fields; the limit is ${limits.maxFields}.`,
            {
              nodes: [operation],
              extensions: { code: "BAD_REQUEST", limit: "complexity" },
            },
          ),
        )
      }
    },
  })

/** Adds the limits, and in production refuses introspection, at validation: nothing executes. */
export const useQueryLimits = (limits: QueryLimits, production: boolean): Plugin => ({
  onValidate({ addValidationRule }) {
    addValidationRule(limitRule(limits))
    if (production) addValidationRule(NoSchemaIntrospectionCustomRule)
  },
})
