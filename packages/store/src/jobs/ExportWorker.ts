import { type ChildProcess, fork } from "node:child_process"
import {
  cancellableExport,
  endUnfinishedExportRun,
  ExportJob,
  ExportRunRepository,
  exportRunToStream,
  type JobOptions,
  runExportJob,
} from "@openpb/core"
import { Cause, Effect, Exit, Fiber, type Layer, Option, Schema } from "effect"

/**
 * What an export worker rebuilds its services from: the deployment's PostgreSQL (the URL's own
 * user, and the application's schema) and the directory its export files go to.
 */
export const ExportWorkerSetup = Schema.Struct({
  databaseUrl: Schema.String,
  schema: Schema.optionalKey(Schema.String),
  exportsDir: Schema.String,
})
export type ExportWorkerSetup = typeof ExportWorkerSetup.Type

/** How a server starts the process that streams one export job. */
export interface ExportWorkerConfig {
  /** The module the child runs: it calls `serveExportWorker` (the host's `runExportWorker`). */
  readonly entry: URL
  /** Node's flags for the child: those it needs to load `entry`, and its heap limits. */
  readonly execArgv: ReadonlyArray<string>
  readonly setup: ExportWorkerSetup
  /** How long a worker told to stop has to end its run itself before it is killed (ms). */
  readonly stopGraceMillis?: number | undefined
}

/** Flags of a server a worker must not copy: its heap limits are its own, and a debugger's port is taken. */
const notCopied = /^--(max-old-space-size|max-semi-space-size|max-heap-size|inspect|debug)/

/**
 * A worker's Node flags: its server's (`serverFlags`: TypeScript stripped, a source condition,
 * a loader), but for their heap limits and a debugger, then the worker's own heap limits.
 */
export const exportWorkerFlags = (
  serverFlags: ReadonlyArray<string>,
  heapMB: number,
): ReadonlyArray<string> => [
  ...serverFlags.filter((flag) => !notCopied.test(flag)),
  `--max-old-space-size=${heapMB}`,
  // A small young generation: an export's garbage is collected young rather than promoted.
  "--max-semi-space-size=8",
]

/** What `runExportJob` answers; the worker answers the same. */
const ExportJobResult = Schema.Literals(["skipped", "running", "completed", "failed", "cancelled"])
type ExportJobResult = typeof ExportJobResult.Type

const ToWorker = Schema.Union([
  Schema.TaggedStruct("run", { job: ExportJob, setup: ExportWorkerSetup }),
  /** Stop now: cancelled here (the worker records it) or handed over (it records nothing). */
  Schema.TaggedStruct("stop", { handedOver: Schema.Boolean }),
])
const FromWorker = Schema.Union([
  /** Listening: messages sent before it were lost. */
  Schema.TaggedStruct("ready", {}),
  Schema.TaggedStruct("done", { result: ExportJobResult }),
])
const encodeToWorker = Schema.encodeSync(ToWorker)
const decodeToWorker = Schema.decodeUnknownOption(ToWorker)
const encodeFromWorker = Schema.encodeSync(FromWorker)
const decodeFromWorker = Schema.decodeUnknownOption(FromWorker)

/** How the worker's process ended, and what it answered before it did. */
interface WorkerEnd {
  readonly result: ExportJobResult | undefined
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly error?: string
}

const ended = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null

/** A worker's process, and whether it has said it listens. */
interface Worker {
  readonly child: ChildProcess
  ready: boolean
}

/**
 * Sends the worker its job once it listens, and waits for its answer and the end of its
 * process (its IPC channel closed too, so no answer is still on its way).
 */
const awaitWorker = (worker: Worker, message: typeof ToWorker.Type) =>
  Effect.callback<WorkerEnd>((resume) => {
    let result: ExportJobResult | undefined
    worker.child.on("message", (raw) => {
      const answer = decodeFromWorker(raw)
      if (Option.isNone(answer)) return
      if (answer.value._tag === "done") result = answer.value.result
      else if (!worker.ready) {
        worker.ready = true
        worker.child.send(encodeToWorker(message))
      }
    })
    worker.child.once("error", (error) =>
      resume(Effect.succeed({ result, code: null, signal: null, error: error.message })),
    )
    worker.child.once("close", (code, signal) => resume(Effect.succeed({ result, code, signal })))
  })

/**
 * Tells a worker still running to stop (one not yet listening has nothing to stop and is ended
 * at once), and kills it if it has not ended within the grace.
 */
const stopWorker = ({ child, ready }: Worker, handedOver: boolean, graceMillis: number) =>
  Effect.callback<void>((resume) => {
    if (ended(child)) return resume(Effect.void)
    const kill = setTimeout(() => child.kill("SIGKILL"), graceMillis)
    child.once("exit", () => {
      clearTimeout(kill)
      resume(Effect.void)
    })
    if (ready && child.connected) child.send(encodeToWorker({ _tag: "stop", handedOver }))
    else child.kill("SIGTERM")
  })

const describeEnd = (end: WorkerEnd) =>
  end.error !== undefined
    ? `the export worker could not start: ${end.error}`
    : `the export worker stopped before it finished (${
        end.signal === null ? `exit code ${end.code}` : end.signal
      }; out of memory, or see the server log)`

/**
 * Streams an export job in a child Node process of its own (its heap bounded by its flags), as
 * `runExportJob` would in this one, answering the same: a run already ended (or never recorded)
 * is skipped here without a process. The job is registered in `ExportJobs`, so `cancelExport`
 * here stops the worker, which records the run `cancelled`; should the worker die instead, this
 * process ends the run: `cancelled` when it was asked to stop, else `failed` with the reason. A
 * job handed over to another process (`handedOver`) is left to that process. `onStart` is told
 * the worker's process id once it is started.
 */
export const runExportJobInWorker = Effect.fn("runExportJobInWorker")(function* (
  job: ExportJob,
  worker: ExportWorkerConfig,
  options: JobOptions & { readonly onStart?: (pid: number) => void } = {},
) {
  if (Option.isNone(yield* exportRunToStream(job))) return "skipped" as const
  const runs = yield* ExportRunRepository
  const handedOver = () => options.handedOver?.() === true
  /** Ends the run as this process saw it, unless the worker already did (or it was handed over). */
  const endRun = (status: "cancelled" | "failed", error: string | null) =>
    Effect.gen(function* () {
      if (handedOver()) return
      const now = yield* runs.findById(job.councilId, job.runId)
      const rowCount = Option.match(now, { onNone: () => 0, onSome: (run) => run.rowCount })
      yield* endUnfinishedExportRun(job, { status, error, rowCount })
    })
  const inWorker = Effect.acquireUseRelease(
    Effect.sync(
      (): Worker => ({
        child: fork(worker.entry, [], {
          execArgv: [...worker.execArgv],
          serialization: "json",
          stdio: ["ignore", "inherit", "inherit", "ipc"],
          // A group of its own: a terminal's Ctrl-C stops the server, which decides the worker's
          // end (told over IPC, or its channel closing), rather than killing it mid-run.
          detached: true,
        }),
        ready: false,
      }),
    ),
    (started) =>
      Effect.gen(function* () {
        if (started.child.pid !== undefined) options.onStart?.(started.child.pid)
        const end = yield* awaitWorker(started, { _tag: "run", job, setup: worker.setup })
        if (end.result !== undefined) return end.result
        yield* endRun("failed", describeEnd(end))
        return "failed" as const
      }),
    (started) => stopWorker(started, handedOver(), worker.stopGraceMillis ?? 10_000),
  ).pipe(Effect.onInterrupt(() => endRun("cancelled", null)))
  // Registered so `cancelExport` in this process stops the worker.
  return yield* cancellableExport(job.runId, inWorker)
})

/** What an export worker's services must provide: everything `runExportJob` reads. */
export type ExportWorkerServices = Effect.Services<ReturnType<typeof runExportJob>>

/**
 * The export worker's side (its module calls it once): takes the one job its server sends over
 * IPC, streams it with `runExportJob` on the services `layerOf` builds from the setup, answers
 * with the outcome and exits. Told to stop, it interrupts the run (recorded `cancelled`, or left
 * alone when handed over); should its server die (the IPC channel closes), it stops the same way
 * as handed over, leaving the run `running` for the process that takes the job over, and exits
 * within two seconds whatever happens.
 */
export const serveExportWorker = <E>(
  layerOf: (setup: ExportWorkerSetup) => Layer.Layer<ExportWorkerServices, E>,
): void => {
  const send = process.send?.bind(process)
  if (send === undefined)
    throw new Error("an export worker is started by its server, with an IPC channel")
  const state: { handedOver: boolean; fiber?: Fiber.Fiber<ExportJobResult, unknown> } = {
    handedOver: false,
  }
  const stop = (handedOver: boolean) => {
    state.handedOver = handedOver
    if (state.fiber === undefined) process.exit(0)
    Effect.runFork(Fiber.interrupt(state.fiber))
    setTimeout(() => process.exit(1), 2_000).unref()
  }
  process.on("disconnect", () => stop(true))
  process.on("message", (raw) => {
    const message = decodeToWorker(raw)
    if (Option.isNone(message)) return
    if (message.value._tag === "stop") return stop(message.value.handedOver)
    if (state.fiber !== undefined) return
    const { job, setup } = message.value
    const fiber = Effect.runFork(
      runExportJob(job, { handedOver: () => state.handedOver }).pipe(
        Effect.provide(layerOf(setup)),
      ),
    )
    state.fiber = fiber
    fiber.addObserver((exit) => {
      if (Exit.isSuccess(exit) && process.connected)
        return send(encodeFromWorker({ _tag: "done", result: exit.value }), () => process.exit(0))
      if (Exit.isFailure(exit) && !Cause.hasInterruptsOnly(exit.cause))
        console.error(Cause.pretty(exit.cause))
      process.exit(Exit.isSuccess(exit) || Cause.hasInterruptsOnly(exit.cause) ? 0 : 1)
    })
  })
  send(encodeFromWorker({ _tag: "ready" }))
}
