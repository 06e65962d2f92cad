import { Context, Layer } from "effect"
import type { AnyExporter } from "./Exporter.ts"

/** The exporters a deployment offers, by id. */
export class ExporterRegistry extends Context.Service<
  ExporterRegistry,
  ReadonlyMap<string, AnyExporter>
>()("@openpb/core/ExporterRegistry") {
  /** A registry of these exporters; two with one id is a deployment mistake and stops startup. */
  static fromList(exporters: ReadonlyArray<AnyExporter>) {
    const byId = new Map<string, AnyExporter>()
    for (const exporter of exporters) {
      if (byId.has(exporter.id))
        throw new Error(`Two exporters claim the id ${JSON.stringify(exporter.id)}`)
      byId.set(exporter.id, exporter)
    }
    return byId as ReadonlyMap<string, AnyExporter>
  }

  static layer(exporters: ReadonlyArray<AnyExporter>) {
    return Layer.sync(ExporterRegistry, () => ExporterRegistry.fromList(exporters))
  }
}
