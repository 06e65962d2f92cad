import { runCli } from "@openpb/host"
import { COUNCIL_ID, DEFAULT_DATA_DIR, glenallan } from "./deployment.ts"

await runCli(process.argv.slice(2), {
  councilId: COUNCIL_ID,
  defaultDataDir: DEFAULT_DATA_DIR,
  deployment: glenallan,
})
