import { runCouncil } from "@openpb/host"
import { glenallanApp, DEFAULT_DATA_DIR } from "./deployment.ts"

await runCouncil(glenallanApp, { defaultDataDir: DEFAULT_DATA_DIR })
