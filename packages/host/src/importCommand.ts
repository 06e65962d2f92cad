import { readFile } from "node:fs/promises"
import { basename, resolve } from "node:path"
import { userInfo } from "node:os"
import {
  Actor,
  CouncilId,
  CurrentActor,
  type ImportProgress,
  type ImportRun,
  isCoreError,
  RequestContext,
  Role,
  runCaseloadImport,
} from "@openpb/core"
import type { Deployment } from "@openpb/plugin-sdk"
import { layerStore } from "@openpb/store"
import { Effect, Exit, Fiber, Layer, ManagedRuntime, Schema } from "effect"
import type { HostConfig } from "./config.ts"
import { DataDirInUse, holdDataDir } from "./dataDirLock.ts"
import { databaseConfigOf } from "./start.ts"

export interface ImportCommand {
  readonly file: string
  readonly sourceSystem: string
  readonly dryRun: boolean
  readonly roles: ReadonlyArray<string>
  readonly councilId: string
  /** How many of the problems to print (all of them are on the run). */
  readonly showProblems: number
}

const isRole = Schema.is(Role)

/** Where the caseload file's template and a small sample ship, beside this package. */
export const caseloadTemplatePath = new URL("../templates/caseload-template.csv", import.meta.url)
export const caseloadSamplePath = new URL("../templates/caseload-sample.csv", import.meta.url)

/** The API takes a file in pieces of at most 20,000 characters; the command sends it the same way. */
const piecesOf = (text: string): Array<string> => {
  const pieces: Array<string> = []
  for (let at = 0; at < text.length; at += 20_000) pieces.push(text.slice(at, at + 20_000))
  return pieces
}

const printRun = (run: ImportRun, showProblems: number) => {
  const c = run.counts
  console.log(
    `${run.dryRun ? "Dry run (nothing written)" : `Import run ${run.id}`}: ${c.totalRows.toLocaleString("en-GB")} rows; ${c.created.toLocaleString("en-GB")} ${run.dryRun ? "to create" : "created"}, ${c.updated.toLocaleString("en-GB")} ${run.dryRun ? "to update" : "updated"}, ${c.unchanged.toLocaleString("en-GB")} unchanged, ${c.failed.toLocaleString("en-GB")} with problems`,
  )
  for (const p of run.problems.slice(0, showProblems))
    console.log(
      `  row ${p.row}${p.column === null ? "" : `, ${p.column}`}${p.sourceId === null ? "" : ` (${p.sourceId})`}: ${p.message}`,
    )
  if (run.problems.length > showProblems)
    console.log(
      `  ...and ${run.problems.length - showProblems} more${run.dryRun ? "" : ` (all on the run: importRun ${run.id})`}`,
    )
}

/**
 * Imports a caseload file in this process, against the deployment's database, as
 * `pnpm openpb import caseload` does: the same checks and run record as through the APIs,
 * progress on the terminal. Ctrl-C stops it (the batch being written rolls back); the run says
 * so, and running the same file again picks up where it stopped. With the embedded database, a
 * running server's directory is refused: PGlite is one process's.
 */
export const runImportCommand = async (
  deployment: Deployment,
  config: HostConfig,
  command: ImportCommand,
): Promise<number> => {
  const [role, ...roles] = command.roles.filter(isRole)
  if (role === undefined || roles.length + 1 !== command.roles.length) {
    console.error(`--role takes roles from: ${Role.literals.join(", ")}`)
    return 2
  }
  const path = resolve(command.file)
  const text = await readFile(path, "utf8")
  const database = databaseConfigOf(config)
  // Never behind a running server's back: its embedded database is refused while it is open.
  let release = () => {}
  if (database.databaseUrl === undefined) {
    try {
      release = holdDataDir(config.dataDir)
    } catch (error) {
      if (!(error instanceof DataDirInUse)) throw error
      console.error(
        `Import refused: the database in ${error.dataDir} is open in process ${error.pid} (a running server): stop it first, or import through its API (import.caseload), so nothing is written behind its back`,
      )
      return 2
    }
  }
  const runtime = ManagedRuntime.make(
    Layer.mergeAll(layerStore(database), Layer.orDie(deployment.layer)),
  )
  const actor = new Actor({
    subject: `cli:${userInfo().username}`,
    roles: [role, ...roles],
    councilId: CouncilId.make(command.councilId),
  })
  const tty = process.stderr.isTTY
  const started = performance.now()
  let lastLine = 0
  const showProgress = (p: ImportProgress) =>
    Effect.sync(() => {
      const now = performance.now()
      if (now - lastLine < (tty ? 200 : 5_000) && p.counts.processedRows < p.counts.totalRows)
        return
      lastLine = now
      const rate = Math.round(p.counts.processedRows / ((now - started) / 1000))
      const line = `${p.counts.processedRows.toLocaleString("en-GB")} of ${p.counts.totalRows.toLocaleString("en-GB")} rows, ${rate.toLocaleString("en-GB")} rows/s`
      process.stderr.write(tty ? `\r${line}   ` : `${line}\n`)
    })
  const fiber = runtime.runFork(
    runCaseloadImport(
      {
        csv: piecesOf(text),
        sourceSystem: command.sourceSystem,
        fileName: basename(path),
        dryRun: command.dryRun,
      },
      // PostgreSQL writes four batches at once on connections of their own; PGlite has one.
      { onProgress: showProgress, concurrency: config.databaseUrl === undefined ? 1 : 4 },
    ).pipe(
      Effect.provideService(CurrentActor, actor),
      Effect.provideService(RequestContext, {
        api: "cli",
        requestId: `cli-${process.pid}`,
        purpose: null,
      }),
    ),
  )
  const stop = () => {
    process.stderr.write("\nstopping (the batch being written rolls back)...\n")
    void runtime.runPromise(Fiber.interrupt(fiber))
  }
  process.once("SIGINT", stop)
  const exit = await runtime.runPromise(Fiber.await(fiber))
  process.off("SIGINT", stop)
  await runtime.dispose()
  release()
  if (tty) process.stderr.write("\n")
  if (Exit.isSuccess(exit)) {
    const run = exit.value
    printRun(run, command.showProblems)
    if (run.status !== "completed") {
      console.error(`Import ${run.status}${run.error ? `: ${run.error}` : ""}`)
      return 1
    }
    return run.counts.failed > 0 ? 3 : 0
  }
  const failure = exit.cause.reasons.find((r) => r._tag === "Fail")
  const error = failure?._tag === "Fail" ? failure.error : undefined
  if (isCoreError(error)) {
    console.error(`Import refused: ${error.message}`)
    return 2
  }
  console.error(
    exit.cause.reasons.some((r) => r._tag === "Interrupt") ? "Import stopped" : "Import failed",
  )
  return 1
}
