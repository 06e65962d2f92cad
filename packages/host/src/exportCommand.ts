import { rename } from "node:fs/promises"
import { dirname, join, resolve } from "node:path"
import { userInfo } from "node:os"
import {
  Actor,
  budgetsExporter,
  CouncilId,
  CurrentActor,
  type ExportProgress,
  isCoreError,
  RequestContext,
  Role,
  runExport,
} from "@openpb/core"
import type { Deployment } from "@openpb/plugin-sdk"
import { layerExports, layerStore } from "@openpb/store"
import { Effect, Exit, Fiber, Layer, ManagedRuntime, Option, Schema } from "effect"
import type { HostConfig } from "./config.ts"
import { DataDirInUse, holdDataDir } from "./dataDirLock.ts"
import { databaseConfigOf } from "./start.ts"

export interface ExportCommand {
  readonly exporterId: string
  readonly format: string
  readonly out: string
  readonly parameters: unknown
  readonly roles: ReadonlyArray<string>
  readonly councilId: string
}

const megabytes = (bytes: number) => (bytes / 1_048_576).toFixed(1)

/**
 * Runs one export in this process, against the deployment's database, as `pnpm openpb export`
 * does: the same checks and run record as through the APIs, progress on the terminal, the file
 * at `out` only once it is complete (Ctrl-C cancels it and leaves no file).
 */
export const runExportCommand = async (
  deployment: Deployment,
  config: HostConfig,
  command: ExportCommand,
): Promise<number> => {
  const roles = Schema.decodeUnknownOption(Schema.NonEmptyArray(Role))(command.roles)
  if (Option.isNone(roles)) {
    console.error(`Export refused: --role must name one or more of ${Role.literals.join(", ")}`)
    return 2
  }
  const resolved = await Effect.runPromise(deployment.resolve)
  const out = resolve(command.out)
  const database = databaseConfigOf(config)
  // Never behind a running server's back: its embedded database is refused while it is open.
  let release = () => {}
  if (database.databaseUrl === undefined) {
    try {
      release = holdDataDir(config.dataDir)
    } catch (error) {
      if (!(error instanceof DataDirInUse)) throw error
      console.error(`Export refused: ${error.message}`)
      return 2
    }
  }
  const runtime = ManagedRuntime.make(
    Layer.mergeAll(
      layerStore(database),
      Layer.orDie(deployment.layer),
      layerExports([budgetsExporter, ...resolved.exporters], dirname(out)),
    ),
  )
  const actor = new Actor({
    subject: `cli:${userInfo().username}`,
    roles: roles.value,
    councilId: CouncilId.make(command.councilId),
  })
  const tty = process.stderr.isTTY
  const started = performance.now()
  let lastLine = 0
  const showProgress = (p: ExportProgress) =>
    Effect.sync(() => {
      const now = performance.now()
      if (now - lastLine < (tty ? 200 : 5_000)) return
      lastLine = now
      const rate = Math.round(p.rowCount / ((now - started) / 1000))
      const line = `${p.rowCount.toLocaleString("en-GB")} rows, ${megabytes(p.byteCount)} MB, ${rate.toLocaleString("en-GB")} rows/s`
      process.stderr.write(tty ? `\r${line}   ` : `${line}\n`)
    })
  const fiber = runtime.runFork(
    runExport(
      { exporterId: command.exporterId, format: command.format, parameters: command.parameters },
      { onProgress: showProgress },
    ).pipe(
      Effect.tap((run) =>
        run.status === "completed" && run.location !== null
          ? Effect.promise(() => rename(join(dirname(out), run.location!), out))
          : Effect.void,
      ),
      Effect.provideService(CurrentActor, actor),
      Effect.provideService(RequestContext, {
        api: "cli",
        requestId: `cli-${process.pid}`,
        purpose: null,
      }),
    ),
  )
  const cancel = () => {
    process.stderr.write("\ncancelling...\n")
    void runtime.runPromise(Fiber.interrupt(fiber))
  }
  process.once("SIGINT", cancel)
  const exit = await runtime.runPromise(Fiber.await(fiber))
  process.off("SIGINT", cancel)
  await runtime.dispose()
  release()
  if (tty) process.stderr.write("\n")
  if (Exit.isSuccess(exit)) {
    const run = exit.value
    if (run.status !== "completed") {
      console.error(`Export ${run.status}${run.error ? `: ${run.error}` : ""} (run ${run.id})`)
      return 1
    }
    console.log(
      `Wrote ${run.rowCount.toLocaleString("en-GB")} rows (${megabytes(run.byteCount)} MB) to ${command.out}`,
    )
    console.log(`  exporter ${run.exporterId}@${run.exporterVersion}, run ${run.id}`)
    console.log(`  sha256   ${run.checksumSha256}`)
    return 0
  }
  const failure = exit.cause.reasons.find((r) => r._tag === "Fail")
  const error = failure?._tag === "Fail" ? failure.error : undefined
  if (isCoreError(error)) {
    console.error(`Export refused: ${error.message}`)
    return 2
  }
  console.error(
    exit.cause.reasons.some((r) => r._tag === "Interrupt")
      ? "Export cancelled: no file written"
      : "Export failed",
  )
  return 1
}
