import { enableCompileCache } from "node:module"

// As the server: what Node compiled of each module is kept between runs (see main.ts).
enableCompileCache()
const { runCli } = await import("@openpb/host")
const { COUNCIL_ID, DEFAULT_DATA_DIR } = await import("./config.ts")
const { northmere } = await import("./deployment.ts")

await runCli(process.argv.slice(2), {
  councilId: COUNCIL_ID,
  defaultDataDir: DEFAULT_DATA_DIR,
  deployment: northmere,
})
