import SchemaBuilder from "@pothos/core"
import RelayPlugin from "@pothos/plugin-relay"
import type { GraphqlContext } from "./context.ts"

export const builder = new SchemaBuilder<{
  Context: GraphqlContext
  DefaultFieldNullability: false
  Scalars: { JSON: { Input: unknown; Output: unknown } }
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
  },
})

/**
 * Nested documents (an assessment, a support plan, a review's progress) travel as JSON and are
 * validated by core's schemas, with the failing path in the error.
 */
builder.scalarType("JSON", {
  description: "A JSON value, validated by the use case that receives it.",
  serialize: (value) => value,
  parseValue: (value) => value,
})

builder.queryType({})
builder.mutationType({})
