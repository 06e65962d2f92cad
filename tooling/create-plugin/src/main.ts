import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { scaffoldPlugin } from "./scaffold.ts"

const name = process.argv[2]
if (name === undefined || name === "--help") {
  console.log("Usage: pnpm create-plugin <name>   (creates packages/plugins/<name>)")
  process.exit(name === undefined ? 2 : 0)
}
const root = fileURLToPath(new URL("../../../", import.meta.url))
const directory = join(root, "packages/plugins", name)
try {
  const files = scaffoldPlugin(name, directory, join(root, "node_modules/.bin/biome"))
  console.log(`Created packages/plugins/${name} (${files.length} files).`)
  console.log(`Next: pnpm install, then pnpm --filter @openpb/plugin-${name} test`)
  console.log(
    "Then write your rule in src/rules.ts and its cases in test/rules.test.ts (see CONTRIBUTING.md).",
  )
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(2)
}
