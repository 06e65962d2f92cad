import type { CodegenConfig } from "@graphql-codegen/cli"
import * as clientPreset from "@graphql-codegen/client-preset"

/** The package's folder, so the config works from any working directory. */
export const packageDir = new URL("../..", import.meta.url).pathname

/** The documents codegen types: the generated operations and the hand-written ones. */
export const documentsGlob = `${packageDir}src/documents/*.graphql`

/**
 * graphql-codegen's client preset, in string mode: each document is a `TypedDocumentString`
 * (a string that carries its result and variables types), so sending one needs no GraphQL
 * library. Enums are string unions; the custom scalars have their wire types.
 */
export const codegenConfig = (schema: string, outDir: string): CodegenConfig => ({
  schema,
  documents: documentsGlob,
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    [`${outDir.replace(/\/?$/, "/")}`]: {
      // The preset itself, not its name: codegen resolves a named preset with `require`, which
      // loads graphql's CommonJS build beside the ES module one the schema was built with.
      preset: clientPreset.preset,
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        defaultScalarType: "unknown",
        scalars: {
          Date: "string",
          DateTime: "string",
          Pence: "number",
          JSON: "any",
        },
      },
    },
  },
})
