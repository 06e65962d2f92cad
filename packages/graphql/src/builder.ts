import SchemaBuilder from "@pothos/core"
import RelayPlugin from "@pothos/plugin-relay"
import type { GraphqlContext } from "./context.ts"

export const builder = new SchemaBuilder<{
  Context: GraphqlContext
  DefaultFieldNullability: false
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
  },
})

builder.queryType({})
builder.mutationType({})
