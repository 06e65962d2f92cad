import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import { generate } from "@graphql-codegen/cli"
import { codegenConfig, packageDir } from "./codegenConfig.ts"
import { operationsDocument } from "./operations.ts"
import { appRouterSource } from "./routerTypes.ts"

export const schemaPath = join(packageDir, "../graphql/schema.graphql")
const documentsDir = join(packageDir, "src/documents")
const gqlDir = join(packageDir, "src/gql")
export const appRouterPath = join(packageDir, "src/generated/appRouter.ts")

/**
 * The client preset also writes `gql.ts` (a `graphql()` function for documents written in the
 * app's own code, which a published package cannot offer) and an index re-exporting it: only the
 * documents and their types, `graphql.ts`, are kept.
 */
const kept = new Set(["graphql.ts"])

/**
 * Every generated file, as [absolute path, text], computed without touching the package: the
 * documents are laid out in a temporary folder (the generated operations fresh from the schema,
 * the hand-written ones copied) and codegen runs there without saving.
 */
export const generateAll = async (): Promise<ReadonlyArray<readonly [string, string]>> => {
  const operations = operationsDocument(readFileSync(schemaPath, "utf8"))
  const scratch = mkdtempSync(join(tmpdir(), "openpb-client-codegen-"))
  try {
    for (const file of readdirSync(documentsDir)) {
      if (file.endsWith(".graphql") && file !== "operations.graphql") {
        copyFileSync(join(documentsDir, file), join(scratch, file))
      }
    }
    writeFileSync(join(scratch, "operations.graphql"), operations)
    const config = codegenConfig(schemaPath, join(scratch, "gql"))
    const outputs: ReadonlyArray<{ filename: string; content: string }> = await generate(
      { ...config, documents: join(scratch, "*.graphql"), cwd: scratch },
      false,
    )
    return [
      [join(documentsDir, "operations.graphql"), operations],
      ...outputs
        .map((output) => [relative(join(scratch, "gql"), output.filename), output.content] as const)
        .filter(([name]) => kept.has(name))
        .map(([name, content]) => [join(gqlDir, name), content] as const),
      [appRouterPath, appRouterSource()],
    ]
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
