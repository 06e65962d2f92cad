/**
 * The server's `AppRouter` type, written out in full so that the published client needs none of
 * the workspace's packages: TypeScript's checker computes each procedure's input and output (and
 * the error shape and metadata) from `@openpb/trpc`'s `AppRouter`, and they are printed as plain
 * structural types over `@trpc/server`'s public router and procedure types.
 */
import { join } from "node:path"
import ts from "typescript"
import { packageDir } from "./codegenConfig.ts"

const probeFile = join(packageDir, "test/generate/__router-probe.ts")
const probeText = `import type { AppRouter } from "@openpb/trpc"
type Root = AppRouter["_def"]["_config"]["$types"]
export type Record_ = AppRouter["_def"]["record"]
export type Meta = Root["meta"]
export type ErrorShape = Root["errorShape"]
`

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/

const printer = (checker: ts.TypeChecker) => {
  const inProgress = new Set<ts.Type>()

  const print = (type: ts.Type, where: string): string => {
    const f = type.flags
    if (f & ts.TypeFlags.Any) throw new Error(`${where}: any`)
    if (f & ts.TypeFlags.Unknown) return "unknown"
    if (f & ts.TypeFlags.Never) return "never"
    if (f & ts.TypeFlags.String) return "string"
    if (f & ts.TypeFlags.Number) return "number"
    if (f & ts.TypeFlags.Boolean) return "boolean"
    if (f & ts.TypeFlags.BigInt) return "bigint"
    if (f & ts.TypeFlags.Null) return "null"
    if (f & ts.TypeFlags.Undefined) return "undefined"
    if (f & ts.TypeFlags.Void) return "void"
    if (f & ts.TypeFlags.StringLiteral) return JSON.stringify((type as ts.StringLiteralType).value)
    if (f & ts.TypeFlags.NumberLiteral) return String((type as ts.NumberLiteralType).value)
    if (f & ts.TypeFlags.BooleanLiteral) return checker.typeToString(type)
    if (type.isUnion()) {
      const members = type.types.map((member) => print(member, where))
      // `true | false` is how the checker holds `boolean` inside a union.
      const booleans = members.includes("true") && members.includes("false")
      const rest = booleans ? members.filter((m) => m !== "true" && m !== "false") : members
      return [...(booleans ? ["boolean"] : []), ...rest].join(" | ")
    }
    if (type.isIntersection()) {
      return type.types.map((member) => `(${print(member, where)})`).join(" & ")
    }
    if (f & ts.TypeFlags.Object) {
      if (inProgress.has(type)) throw new Error(`${where}: a recursive type`)
      inProgress.add(type)
      try {
        return printObject(type as ts.ObjectType, where)
      } finally {
        inProgress.delete(type)
      }
    }
    throw new Error(`${where}: cannot print ${checker.typeToString(type)}`)
  }

  const printObject = (type: ts.ObjectType, where: string): string => {
    if (checker.isTupleType(type)) {
      const target = (type as ts.TypeReference).target as ts.TupleType
      const elements = checker.getTypeArguments(type as ts.TypeReference).map((element, i) => {
        const flags = target.elementFlags[i]! & ts.ElementFlags.Optional ? "?" : ""
        const rest = target.elementFlags[i]! & ts.ElementFlags.Rest
        return rest ? `...Array<${print(element, where)}>` : `${print(element, where)}${flags}`
      })
      return `${target.readonly ? "readonly " : ""}[${elements.join(", ")}]`
    }
    if (checker.isArrayType(type)) {
      const [element] = checker.getTypeArguments(type as ts.TypeReference)
      const name = type.getSymbol()?.getName() === "ReadonlyArray" ? "ReadonlyArray" : "Array"
      return `${name}<${print(element!, `${where}[]`)}>`
    }
    if (type.getCallSignatures().length || type.getConstructSignatures().length) {
      throw new Error(`${where}: a function type`)
    }
    const members: Array<string> = []
    const stringIndex = checker.getIndexInfoOfType(type, ts.IndexKind.String)
    if (stringIndex) {
      members.push(
        `${stringIndex.isReadonly ? "readonly " : ""}[key: string]: ${print(stringIndex.type, `${where}[string]`)}`,
      )
    }
    for (const property of checker.getPropertiesOfType(type)) {
      const name = property.getName()
      if (name.startsWith("__@")) throw new Error(`${where}: a symbol-keyed property`)
      const key = identifier.test(name) ? name : JSON.stringify(name)
      const optional = property.flags & ts.SymbolFlags.Optional ? "?" : ""
      const readonly = isReadonly(property) ? "readonly " : ""
      const value = print(checker.getTypeOfSymbol(property), `${where}.${name}`)
      members.push(`${readonly}${key}${optional}: ${value}`)
    }
    return members.length ? `{ ${members.join("; ")} }` : "{}"
  }

  return print
}

/** Mapped types (Effect Schema's structs) carry `readonly` in the symbol's check flags. */
const isReadonly = (symbol: ts.Symbol): boolean => {
  const internal = ts as unknown as { getCheckFlags?: (s: ts.Symbol) => number }
  const checkFlags = internal.getCheckFlags?.(symbol) ?? 0
  if (checkFlags & 8 /* CheckFlags.Readonly */) return true
  return (symbol.declarations ?? []).some(
    (d) =>
      ts.canHaveModifiers(d) &&
      (ts.getModifiers(d) ?? []).some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword),
  )
}

/** The text of src/generated/appRouter.ts. */
export const appRouterSource = (): string => {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(packageDir, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )
  if (!config) throw new Error("cannot read tsconfig.json")
  const host = ts.createCompilerHost(config.options)
  const readFile = host.readFile
  host.readFile = (name) => (name === probeFile ? probeText : readFile(name))
  const fileExists = host.fileExists
  host.fileExists = (name) => name === probeFile || fileExists(name)
  const program = ts.createProgram([probeFile], { ...config.options, noEmit: true }, host)
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(probeFile)!
  const diagnostics = ts.getPreEmitDiagnostics(program, source)
  if (diagnostics.length) {
    throw new Error(ts.formatDiagnostics(diagnostics, host))
  }
  const exported = (name: string) => {
    const symbol = checker
      .getExportsOfModule(checker.getSymbolAtLocation(source)!)
      .find((s) => s.getName() === name)!
    return checker.getDeclaredTypeOfSymbol(symbol)
  }
  const print = printer(checker)
  const property = (type: ts.Type, name: string) => {
    const symbol = type.getProperty(name)
    if (!symbol) throw new Error(`no property ${name} on ${checker.typeToString(type)}`)
    return checker.getTypeOfSymbol(symbol)
  }

  const record = (type: ts.Type, path: string): string => {
    const entries = checker.getPropertiesOfType(type).map((symbol) => {
      const value = checker.getTypeOfSymbol(symbol)
      const name = symbol.getName()
      const here = path ? `${path}.${name}` : name
      const def = value.getProperty("_def")
      if (!def) return `  ${name}: ${record(value, here)}`
      const defType = checker.getTypeOfSymbol(def)
      const kind = property(defType, "type")
      const types = property(defType, "$types")
      const procedure = kind.isStringLiteral() && kind.value === "query" ? "Query" : "Mutation"
      if (!(kind.isStringLiteral() && ["query", "mutation"].includes(kind.value))) {
        throw new Error(`${here}: only queries and mutations are supported`)
      }
      const input = print(property(types, "input"), `${here} input`)
      const output = print(property(types, "output"), `${here} output`)
      return `  /** \`${here}\` */\n  ${name}: TRPC${procedure}Procedure<{ input: ${input}; output: ${output}; meta: Meta }>`
    })
    return `{\n${entries.join("\n")}\n}`
  }

  return `// Generated by \`pnpm --filter @openpb/client generate\` from @openpb/trpc's AppRouter. Do not edit.
// The server's router type in full, so that the published client imports no workspace package.
import type {
  TRPCBuiltRouter,
  TRPCMutationProcedure,
  TRPCQueryProcedure,
} from "@trpc/server"

/** Each procedure's metadata: the core use case it runs. */
export type Meta = ${print(exported("Meta"), "meta")}

/** The shape of an error the server sends (\`data.code\`, \`data.openpb\`...). */
export type ErrorShape = ${print(exported("ErrorShape"), "errorShape")}

/** Every procedure of the server, with its input and output types. */
export type AppRouterRecord = ${record(exported("Record_"), "")}

/** The server's tRPC router, for \`createTRPCClient<AppRouter>\`. */
export type AppRouter = TRPCBuiltRouter<
  { ctx: object; meta: Meta; errorShape: ErrorShape; transformer: false },
  AppRouterRecord
>
`
}
