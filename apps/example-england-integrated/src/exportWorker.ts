import { runExportWorker } from "@openpb/host/export-worker"
import { ashcombeApp } from "./deployment.ts"

// An export job's own process, started by the server for each export it takes on PostgreSQL.
runExportWorker(ashcombeApp)
