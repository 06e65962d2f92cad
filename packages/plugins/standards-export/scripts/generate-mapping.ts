// Writes MAPPING.md from the mapping tables: `pnpm generate:mapping` after changing them.
import { writeFileSync } from "node:fs"
import { mappingDocument } from "../src/mappingDocument.ts"

writeFileSync(new URL("../MAPPING.md", import.meta.url), mappingDocument())
