import { writeFileSync } from "node:fs"
import { printSchemaSdl } from "../src/printSchema.ts"

writeFileSync(new URL("../schema.graphql", import.meta.url), printSchemaSdl())
console.log("wrote schema.graphql")
