import { enableCompileCache } from "node:module"

// An export job's own process, started by the server for each export it takes on PostgreSQL
// (`CouncilApp.exportWorker`): the same deployment, so the same exporters, and a heap of its
// own. Its modules load after the compile cache is on, as the server's do; the host's worker
// entry alone, without the HTTP server's modules, which a worker never uses.
enableCompileCache()
const { runExportWorker } = await import("@openpb/host/export-worker")
const { northmereApp } = await import("./deployment.ts")

runExportWorker(northmereApp)
