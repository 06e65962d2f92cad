import { type AnyExporter, ExportJobs, ExporterRegistry } from "@openpb/core"
import { Layer } from "effect"
import { layerFileExportSink } from "./FileExportSink.ts"

/** What a deployment exports with: its exporters, files in `directory`, and the runs in flight. */
export const layerExports = (exporters: ReadonlyArray<AnyExporter>, directory: string) =>
  Layer.mergeAll(
    ExporterRegistry.layer(exporters),
    layerFileExportSink(directory),
    ExportJobs.layer,
  )
