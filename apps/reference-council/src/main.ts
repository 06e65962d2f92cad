import { runCouncil } from "@openpb/host"
import { DEFAULT_DATA_DIR } from "./config.ts"
import { northmereApp } from "./deployment.ts"

await runCouncil(northmereApp, { defaultDataDir: DEFAULT_DATA_DIR })
