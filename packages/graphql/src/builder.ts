import SchemaBuilder from "@pothos/core"
import RelayPlugin from "@pothos/plugin-relay"
import type { GraphqlContext } from "./context.ts"

/** The Pothos builder: setup only. The types come from core's use-case contracts (`derive/`). */
export const builder = new SchemaBuilder<{
  Context: GraphqlContext
  DefaultFieldNullability: false
  Scalars: {
    Date: { Input: string; Output: string }
    DateTime: { Input: string; Output: string }
    Pence: { Input: number; Output: number }
    JSON: { Input: unknown; Output: unknown }
  }
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
