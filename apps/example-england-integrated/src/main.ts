import { runCouncil } from "@openpb/host"
import { ashcombeApp, DEFAULT_DATA_DIR } from "./deployment.ts"

await runCouncil(ashcombeApp, { defaultDataDir: DEFAULT_DATA_DIR })
