import { enableCompileCache } from "node:module"

// Node keeps what it compiled of each module (the TypeScript stripped of its types included)
// between starts, so a restart loads the server's code in about half the time. The server's
// modules are loaded after, for the cache to serve them.
enableCompileCache()
const { runCouncil } = await import("@openpb/host")
const { DEFAULT_DATA_DIR } = await import("./config.ts")
const { northmereApp } = await import("./deployment.ts")

await runCouncil(northmereApp, { defaultDataDir: DEFAULT_DATA_DIR })
