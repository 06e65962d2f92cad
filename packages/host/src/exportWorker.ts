import { budgetsExporter } from "@openpb/core"
import {
  type ExportWorkerConfig,
  exportWorkerFlags,
  layerExports,
  layerStore,
  serveExportWorker,
} from "@openpb/store"
import { Effect, Layer, Option } from "effect"
import type { HostConfig } from "./config.ts"
import type { CouncilApp } from "./start.ts"

/**
 * The Node flags an export worker starts with: this process's own, but for its heap limits and
 * a debugger, then the worker's heap limits (`exportWorkerFlags`). Where the host itself runs
 * from its TypeScript source (a test runner that resolves the source condition itself), the
 * worker is told that condition too.
 */
export const exportWorkerExecArgv = (heapMB: number): ReadonlyArray<string> => {
  const own = process.execArgv
  const fromSource =
    import.meta.url.endsWith(".ts") &&
    !own.some((flag, i) =>
      /^(--conditions|-C)=@openpb\/source$/.test(flag)
        ? true
        : (flag === "--conditions" || flag === "-C") && own[i + 1] === "@openpb/source",
    )
  return exportWorkerFlags([...own, ...(fromSource ? ["--conditions=@openpb/source"] : [])], heapMB)
}

/**
 * Where a server's export jobs stream: in a worker process of their own on PostgreSQL when the
 * app names its worker module (`CouncilApp.exportWorker`) and `OPENPB_EXPORT_WORKER_HEAP_MB` is
 * not 0; in the server's process otherwise, and always with the embedded PGlite, whose data
 * directory one process alone may open.
 */
export const exportWorkerOf = (
  council: CouncilApp,
  config: HostConfig,
  exportsDir: string,
): ExportWorkerConfig | undefined => {
  const databaseUrl = Option.getOrUndefined(config.databaseUrl)
  if (council.exportWorker === undefined || databaseUrl === undefined) return undefined
  if (config.exportWorkerHeapMB === 0) return undefined
  const schema = Option.getOrUndefined(config.databaseSchema)
  return {
    entry: council.exportWorker,
    execArgv: exportWorkerExecArgv(config.exportWorkerHeapMB),
    setup: { databaseUrl, exportsDir, ...(schema === undefined ? {} : { schema }) },
  }
}

/**
 * An export worker's whole life, called by the module the app names as `exportWorker`: the
 * deployment's exporters (resolved as the server resolves them), the store on the server's
 * database and schema and the exports directory it writes to, then the one job its server sends
 * (`serveExportWorker` of `@openpb/store`).
 *
 * ```ts
 * // apps/my-council/src/exportWorker.ts
 * import { runExportWorker } from "@openpb/host"
 * import { myCouncil } from "./deployment.ts"
 *
 * runExportWorker(myCouncil)
 * ```
 */
export const runExportWorker = (council: CouncilApp): void =>
  serveExportWorker((setup) =>
    Layer.mergeAll(
      Layer.orDie(council.deployment.layer),
      Layer.unwrap(
        Effect.map(council.deployment.resolve, (resolved) =>
          layerExports([budgetsExporter, ...resolved.exporters], setup.exportsDir),
        ),
      ).pipe(Layer.orDie),
    ).pipe(
      Layer.provideMerge(
        // Its own small pool: one worker streams one export (its rows on one connection,
        // its progress on the other).
        layerStore({
          databaseUrl: setup.databaseUrl,
          schema: setup.schema,
          maxConnections: 2,
        }),
      ),
    ),
  )
