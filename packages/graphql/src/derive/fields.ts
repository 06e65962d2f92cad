import { type AnyUseCase, encodeCursor, invokeUseCase, useCases } from "@openpb/core"
import { builder } from "../builder.ts"
import { runsUseCase } from "../useCase.ts"
import { pascal } from "./names.ts"
import { rootShape, type Shape } from "./shape.ts"
import {
  fromGraphqlValue,
  inputFieldOptions,
  inputObjectRef,
  objectRef,
  typeSpec,
} from "./types.ts"

type ObjectShape = Extract<Shape, { kind: "object" }>
type RootFieldBuilder = Parameters<Parameters<typeof builder.queryField>[1]>[0]

const inputShapeOf = (contract: AnyUseCase): ObjectShape => {
  const shape = rootShape(contract.input.ast, `${pascal(contract.name)}Input`)
  if (shape.kind !== "object") throw new Error(`${contract.name}: its input must be a struct`)
  return shape
}

const outputSpec = (contract: AnyUseCase) =>
  typeSpec(rootShape(contract.output.ast, `${pascal(contract.name)}Result`), false, false)

/** Arguments: the input's fields (`flat`), or one `input` object (`input`), or none. */
const argsOf = (t: RootFieldBuilder, contract: AnyUseCase, input: ObjectShape) => {
  if (input.fields.length === 0) return { args: {}, toInput: () => ({}) }
  const style = contract.graphql?.args ?? (contract.kind === "query" ? "flat" : "input")
  if (style === "input") {
    return {
      args: { input: t.arg({ type: inputObjectRef(input), required: true }) },
      toInput: (args: Record<string, unknown>) => fromGraphqlValue(input, args.input),
    }
  }
  const args = Object.fromEntries(
    input.fields.map((field) => [field.name, t.arg(inputFieldOptions(field))]),
  )
  return { args, toInput: (values: Record<string, unknown>) => fromGraphqlValue(input, values) }
}

interface PageOut {
  readonly items: ReadonlyArray<{ readonly id: string }>
  readonly endCursor: string | null
  readonly hasNextPage: boolean
}

/** A paged use case as a Relay connection over the page's items. */
const connectionField = (t: RootFieldBuilder, contract: AnyUseCase) => {
  const page = rootShape(contract.output.ast, `${pascal(contract.name)}Page`)
  const items = page.kind === "object" ? page.fields.find((f) => f.name === "items") : undefined
  if (items?.shape.kind !== "list" || items.shape.item.kind !== "object")
    throw new Error(`${contract.name}: a connection needs a page of objects`)
  // The input's own filters (beyond the page's first/after) are the connection's other arguments.
  const input = inputShapeOf(contract)
  const filters = input.fields.filter((f) => f.name !== "first" && f.name !== "after")
  return t.connection({
    extensions: runsUseCase(contract.name),
    description: contract.description,
    type: objectRef(items.shape.item) as never,
    args: Object.fromEntries(filters.map((field) => [field.name, t.arg(inputFieldOptions(field))])),
    resolve: (async (
      _: unknown,
      args: { first?: number | null; after?: string | null } & Record<string, unknown>,
      ctx: { run: (effect: ReturnType<typeof invokeUseCase>) => Promise<unknown> },
    ) => {
      const given = Object.fromEntries(
        filters.flatMap((f) => (args[f.name] == null ? [] : [[f.name, args[f.name]]])),
      )
      // The filters in core's terms; the use case decodes and checks them like any input.
      const converted = filters.length > 0 ? fromGraphqlValue(input, given) : {}
      const result = (await ctx.run(
        invokeUseCase(contract, {
          ...(typeof converted === "object" && converted !== null ? converted : {}),
          ...(args.first != null ? { first: args.first } : {}),
          ...(args.after != null ? { after: args.after } : {}),
        }),
      )) as PageOut
      return {
        edges: result.items.map((node) => ({ node, cursor: encodeCursor(node.id) })),
        pageInfo: {
          hasNextPage: result.hasNextPage,
          hasPreviousPage: args.after != null,
          startCursor: result.items[0] ? encodeCursor(result.items[0].id) : null,
          endCursor: result.endCursor,
        },
      }
    }) as never,
  })
}

const plainField = (t: RootFieldBuilder, contract: AnyUseCase) => {
  const { args, toInput } = argsOf(t, contract, inputShapeOf(contract))
  const spec = outputSpec(contract)
  return t.field({
    extensions: runsUseCase(contract.name),
    description: contract.description,
    type: spec.type as "String",
    nullable: spec.nullable as false,
    args,
    resolve: (_, values, ctx) =>
      ctx.run(
        invokeUseCase(contract, toInput(values as Record<string, unknown>)),
      ) as Promise<string>,
  })
}

/** One Query field per query contract and one Mutation field per command contract. */
export const deriveFields = () => {
  for (const contract of useCases as ReadonlyArray<AnyUseCase>) {
    const name = contract.graphql?.field ?? contract.name
    const make = (t: RootFieldBuilder) =>
      contract.graphql?.connection ? connectionField(t, contract) : plainField(t, contract)
    if (contract.kind === "query") builder.queryField(name, make)
    else builder.mutationField(name, make as never)
  }
}
