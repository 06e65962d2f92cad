import { SchemaAST } from "effect"
import { typeNameOf } from "./names.ts"

/**
 * What a GraphQL type is made from, read off an effect Schema's AST (on its encoded side, which
 * is what both APIs carry). One reading serves output and input types, and the value mapping
 * between GraphQL and core.
 */
export type Shape =
  | { readonly kind: "scalar"; readonly scalar: ScalarName }
  | { readonly kind: "enum"; readonly name: string; readonly values: ReadonlyArray<string> }
  | { readonly kind: "object"; readonly name: string; readonly fields: ReadonlyArray<FieldShape> }
  | { readonly kind: "list"; readonly item: Shape; readonly itemNullable: boolean }
  /** A string-keyed record, carried as a list of `{ key, value }` entries. */
  | {
      readonly kind: "entries"
      readonly name: string
      readonly value: Shape
      readonly valueNullable: boolean
    }

export type ScalarName =
  | "String"
  | "ID"
  | "Int"
  | "Float"
  | "Boolean"
  | "Date"
  | "DateTime"
  | "Pence"
  | "JSON"

export interface FieldShape {
  readonly name: string
  readonly shape: Shape
  /** null is a value (`NullOr`). */
  readonly nullable: boolean
  /** The key may be left out (`optionalKey`). */
  readonly optional: boolean
  readonly description: string | undefined
}

/** Where an unsupported schema was found, so the message names the field to fix. */
export class ShapeError extends Error {}

/**
 * Record fields whose values are free-form by design, and so a `JSON` scalar: a decision's
 * frozen input snapshot, and what a plugin defines for itself (an exporter's parameters).
 * Everything else in the domain must be typed.
 */
const jsonAllowed = new Set([
  "Decision.inputs",
  "ExportRun.parameters",
  "StartExportInput.parameters",
])

const uuidCheck = (ast: SchemaAST.AST) =>
  (ast.checks ?? []).some((check) =>
    JSON.stringify(check.annotations?.expected ?? "").includes("UUID"),
  )

const isIntCheck = (ast: SchemaAST.AST) =>
  (ast.checks ?? []).some(
    (check) =>
      (check.annotations as { representation?: { id?: string } } | undefined)?.representation
        ?.id === "effect/schema/isInt",
  )

const description = (ast: SchemaAST.AST): string | undefined => {
  const text = SchemaAST.resolveDescription(ast)
  return typeof text === "string" ? text : undefined
}

interface Context {
  /** The GraphQL type a struct gets when it has no identifier of its own. */
  readonly suggestedName: string
  /** The field this schema sits in (`Budget.amountPence`), for rules keyed by field. */
  readonly fieldPath: string
  readonly fieldName: string
}

/** The encoded end of a schema's chain of transformations (a class's struct, say). */
const encodedNode = (ast: SchemaAST.AST): SchemaAST.AST => {
  const last = ast.encoding?.[ast.encoding.length - 1]
  return last === undefined ? ast : encodedNode(last.to)
}

const isNullish = (ast: SchemaAST.AST) => SchemaAST.isNull(ast) || SchemaAST.isUndefined(ast)

/** Splits `A | null` into `A` and whether null may stand in its place. */
const withoutNull = (ast: SchemaAST.AST): { ast: SchemaAST.AST; nullable: boolean } => {
  const encoded = encodedNode(ast)
  if (!SchemaAST.isUnion(encoded)) return { ast, nullable: false }
  const rest = encoded.types.filter((t) => !isNullish(t))
  if (rest.length === encoded.types.length) return { ast, nullable: false }
  if (rest.length === 1) return { ast: rest[0]!, nullable: true }
  throw new ShapeError("a nullable union of several types")
}

/** Reads a schema's AST as a GraphQL shape. Throws a ShapeError naming the field it cannot map. */
export const shapeOf = (ast: SchemaAST.AST, context: Context): Shape => {
  const identifier = SchemaAST.resolveIdentifier(ast)
  const named = identifier === undefined ? undefined : typeNameOf(identifier)
  const node = encodedNode(ast)
  switch (node._tag) {
    case "String": {
      if (named === "Date" || named === "DateTime") return { kind: "scalar", scalar: named }
      const idLike = context.fieldName === "id" || context.fieldName.endsWith("Id")
      return { kind: "scalar", scalar: idLike && uuidCheck(ast) ? "ID" : "String" }
    }
    case "Number": {
      if (named === "Pence" || context.fieldName.endsWith("Pence"))
        return { kind: "scalar", scalar: "Pence" }
      return { kind: "scalar", scalar: isIntCheck(ast) || isIntCheck(node) ? "Int" : "Float" }
    }
    case "Boolean":
      return { kind: "scalar", scalar: "Boolean" }
    case "Literal":
      if (typeof node.literal === "string")
        return { kind: "enum", name: named ?? context.suggestedName, values: [node.literal] }
      if (typeof node.literal === "boolean") return { kind: "scalar", scalar: "Boolean" }
      return { kind: "scalar", scalar: Number.isInteger(node.literal) ? "Int" : "Float" }
    case "Union": {
      const literals = node.types.flatMap((t) =>
        SchemaAST.isLiteral(t) && typeof t.literal === "string" ? [t.literal] : [],
      )
      if (literals.length === node.types.length)
        return { kind: "enum", name: named ?? context.suggestedName, values: literals }
      throw new ShapeError(
        `${context.fieldPath}: a union GraphQL cannot carry (${node.types.map((t) => t._tag).join(" | ")})`,
      )
    }
    case "Arrays": {
      const element = node.rest[0] ?? node.elements[0]
      if (element === undefined) throw new ShapeError(`${context.fieldPath}: an empty tuple`)
      const { ast: item, nullable } = withoutNull(element)
      return {
        kind: "list",
        item: shapeOf(item, { ...context, suggestedName: named ?? context.suggestedName }),
        itemNullable: nullable,
      }
    }
    case "Objects": {
      const name = named ?? context.suggestedName
      if (node.propertySignatures.length === 0 && node.indexSignatures.length === 1) {
        const signature = node.indexSignatures[0]!
        const { ast: value, nullable } = withoutNull(signature.type)
        const encodedValue = encodedNode(value)
        if (SchemaAST.isUnknown(encodedValue) || SchemaAST.isAny(encodedValue)) {
          if (jsonAllowed.has(context.fieldPath)) return { kind: "scalar", scalar: "JSON" }
          throw new ShapeError(`${context.fieldPath}: a record of unknown values needs a type`)
        }
        return {
          kind: "entries",
          name: `${name}Entry`,
          value: shapeOf(value, { ...context, suggestedName: `${name}Value`, fieldName: "value" }),
          valueNullable: nullable,
        }
      }
      if (node.indexSignatures.length > 0)
        throw new ShapeError(`${context.fieldPath}: a struct with an index signature`)
      return {
        kind: "object",
        name,
        fields: node.propertySignatures.map((property: SchemaAST.PropertySignature) => {
          const key = String(property.name)
          const { ast: type, nullable } = withoutNull(property.type)
          return {
            name: key,
            shape: shapeOf(type, {
              suggestedName: `${name}${key[0]!.toUpperCase()}${key.slice(1)}`,
              fieldPath: `${name}.${key}`,
              fieldName: key,
            }),
            nullable,
            optional: property.type.context?.isOptional === true,
            description: description(property.type),
          }
        }),
      }
    }
    case "Unknown":
    case "Any":
      if (jsonAllowed.has(context.fieldPath)) return { kind: "scalar", scalar: "JSON" }
      throw new ShapeError(`${context.fieldPath}: an unknown value needs a type`)
    case "Suspend":
      return shapeOf(node.thunk(), context)
    default:
      throw new ShapeError(`${context.fieldPath}: GraphQL has no type for ${node._tag}`)
  }
}

/** The shape of a use case's input or output schema. */
export const rootShape = (ast: SchemaAST.AST, suggestedName: string): Shape =>
  shapeOf(ast, { suggestedName, fieldPath: suggestedName, fieldName: "" })
