/**
 * `pnpm --filter @openpb/client generate`: writes the generated operations (one per Query and
 * Mutation field of packages/graphql/schema.graphql), their types and documents (graphql-codegen's
 * client preset, in src/gql) and the self-contained AppRouter type (src/generated/appRouter.ts).
 * The test suite fails when any of them is stale.
 */
import { writeFileSync } from "node:fs"
import { generateAll } from "./generateAll.ts"

for (const [path, text] of await generateAll()) {
  writeFileSync(path, text)
  console.log(`wrote ${path}`)
}
