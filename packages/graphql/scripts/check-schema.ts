import { checkCommittedSchema } from "../test/schemaCheck.ts"

// `pnpm --filter @openpb/graphql schema:check`: the same check `pnpm test` runs, printed.
const report = await checkCommittedSchema()
console.log(report.text)
if (!report.ok) process.exitCode = 1
