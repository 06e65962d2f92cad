import { runExportWorker } from "@openpb/host/export-worker"
import { glenallanApp } from "./deployment.ts"

// An export job's own process, started by the server for each export it takes on PostgreSQL.
runExportWorker(glenallanApp)
