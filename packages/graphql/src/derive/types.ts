import { builder } from "../builder.ts"
import { enumValueName } from "./names.ts"
import type { FieldShape, Shape } from "./shape.ts"

/**
 * Pothos types made from shapes, one per name. The same name made from two different shapes is
 * a defect in the contracts (two structs would be sent under one GraphQL type), so it throws.
 */
// Pothos types its refs by the schema's TypeScript types; these are made at run time from
// effect Schemas, so they are held by name as Pothos' own erased ref types.
type Ref = Parameters<typeof builder.objectField>[0]
type InputRef = ReturnType<typeof builder.inputRef>
type EnumRef = ReturnType<typeof builder.enumType>

const made = new Map<string, { readonly signature: string; readonly ref: unknown }>()

const once = <R>(name: string, shape: Shape, make: () => R): R => {
  const signature = JSON.stringify(shape)
  const existing = made.get(name)
  if (existing !== undefined) {
    if (existing.signature !== signature)
      throw new Error(`GraphQL type ${name} would be made from two different schemas`)
    return existing.ref as R
  }
  const ref = make()
  made.set(name, { signature, ref })
  return ref
}

export const enumRef = (shape: Extract<Shape, { kind: "enum" }>): EnumRef =>
  once(`enum:${shape.name}`, shape, () =>
    builder.enumType(shape.name, {
      values: Object.fromEntries(
        shape.values.map((literal) => [enumValueName(literal), { value: literal }]),
      ),
    }),
  )

/** A record of `T` becomes a list of `{ key, value }`: the value mapping in `values.ts`. */
const entryShape = (
  shape: Extract<Shape, { kind: "entries" }>,
): Extract<Shape, { kind: "object" }> => ({
  kind: "object",
  name: shape.name,
  fields: [
    {
      name: "key",
      shape: { kind: "scalar", scalar: "String" },
      nullable: false,
      optional: false,
      description: undefined,
    },
    {
      name: "value",
      shape: shape.value,
      nullable: shape.valueNullable,
      optional: false,
      description: undefined,
    },
  ],
})

/** The Pothos `type` and `nullable` options of a field of this shape. */
export interface TypeSpec {
  readonly type: unknown
  readonly nullable: boolean | { readonly list: boolean; readonly items: boolean }
}

const named = (shape: Shape, input: boolean): unknown => {
  switch (shape.kind) {
    case "scalar":
      return shape.scalar
    case "enum":
      return enumRef(shape)
    case "object":
      return input ? inputObjectRef(shape) : objectRef(shape)
    case "entries":
      return input ? inputObjectRef(entryShape(shape)) : objectRef(entryShape(shape))
    case "list":
      throw new Error("a list of lists has no GraphQL type here")
  }
}

export const typeSpec = (shape: Shape, nullable: boolean, input: boolean): TypeSpec => {
  if (shape.kind === "list")
    return {
      type: [named(shape.item, input)],
      nullable: { list: nullable, items: shape.itemNullable },
    }
  if (shape.kind === "entries")
    return { type: [named(shape, input)], nullable: { list: nullable, items: false } }
  return { type: named(shape, input), nullable }
}

export const objectRef = (shape: Extract<Shape, { kind: "object" }>): Ref =>
  once(`object:${shape.name}`, shape, () => {
    const ref = builder.objectRef<Record<string, unknown>>(shape.name)
    ref.implement({
      fields: (t) =>
        Object.fromEntries(shape.fields.map((field) => [field.name, outputField(t, field)])),
    })
    return ref as unknown as Ref
  })

type FieldBuilder = Parameters<
  NonNullable<
    Parameters<
      ReturnType<typeof builder.objectRef<Record<string, unknown>>>["implement"]
    >[0]["fields"]
  >
>[0]

const outputField = (t: FieldBuilder, field: FieldShape) => {
  const spec = typeSpec(field.shape, field.nullable || field.optional, false)
  return t.field({
    type: spec.type as "String",
    nullable: spec.nullable as boolean,
    ...(field.description ? { description: field.description } : {}),
    resolve: (parent) => toGraphqlValue(field.shape, parent[field.name]) as string,
  })
}

const inputName = (name: string) => (name.endsWith("Input") ? name : `${name}Input`)

export const inputObjectRef = (shape: Extract<Shape, { kind: "object" }>): InputRef =>
  once(`input:${shape.name}`, shape, () => {
    const ref = builder.inputRef<Record<string, unknown>>(inputName(shape.name))
    ref.implement({
      fields: (t) =>
        Object.fromEntries(
          shape.fields.map((field) => [field.name, t.field(inputFieldOptions(field))]),
        ),
    })
    return ref as unknown as InputRef
  })

/** Pothos' `required` option for an argument or input field of this nullability. */
const required = (nullable: TypeSpec["nullable"]) =>
  typeof nullable === "boolean" ? !nullable : { list: !nullable.list, items: !nullable.items }

/** The Pothos options of an input field or argument made from a struct's field. */
export const inputFieldOptions = (field: FieldShape) => {
  const spec = typeSpec(field.shape, field.nullable || field.optional, true)
  return {
    type: spec.type as "String",
    required: required(spec.nullable) as boolean,
    ...(field.description ? { description: field.description } : {}),
  }
}

/** Core's encoded value as GraphQL carries it: records become `{ key, value }` lists. */
export const toGraphqlValue = (shape: Shape, value: unknown): unknown => {
  if (value === null || value === undefined) return null
  if (shape.kind === "entries")
    return Object.entries(value as Record<string, unknown>).map(([key, v]) => ({ key, value: v }))
  return value
}

/**
 * A GraphQL input value as core's use case expects it: optional keys left out rather than
 * null, records rebuilt from their entries. Core then decodes it with the contract's schema.
 */
export const fromGraphqlValue = (shape: Shape, value: unknown): unknown => {
  if (value === null || value === undefined) return value
  switch (shape.kind) {
    case "list":
      return (value as ReadonlyArray<unknown>).map((item) => fromGraphqlValue(shape.item, item))
    case "entries":
      return Object.fromEntries(
        (value as ReadonlyArray<{ key: string; value: unknown }>).map((entry) => [
          entry.key,
          fromGraphqlValue(shape.value, entry.value),
        ]),
      )
    case "object": {
      const record = value as Record<string, unknown>
      return Object.fromEntries(
        shape.fields.flatMap((field) => {
          if (!(field.name in record)) return []
          const v = record[field.name]
          if (v === null && field.optional && !field.nullable) return []
          return [[field.name, fromGraphqlValue(field.shape, v)]]
        }),
      )
    }
    default:
      return value
  }
}
