import { Context, Effect, Exit, Fiber, Layer } from "effect"

/**
 * The exports running in this process, so a run can be cancelled while it streams. A run
 * started by another process (or before a restart) is followed through its record instead.
 */
export class ExportJobs extends Context.Service<
  ExportJobs,
  {
    add(runId: string, fiber: Fiber.Fiber<unknown, unknown>): Effect.Effect<void>
    remove(runId: string): Effect.Effect<void>
    /** Interrupts the run's fiber and waits for it to record itself as cancelled. */
    cancel(runId: string): Effect.Effect<boolean>
  }
>()("@openpb/core/ExportJobs") {
  static readonly layer = Layer.sync(ExportJobs, () => {
    const running = new Map<string, Fiber.Fiber<unknown, unknown>>()
    return ExportJobs.of({
      add: (runId, fiber) => Effect.sync(() => void running.set(runId, fiber)),
      remove: (runId) => Effect.sync(() => void running.delete(runId)),
      cancel: (runId) =>
        Effect.suspend(() => {
          const fiber = running.get(runId)
          if (fiber === undefined) return Effect.succeed(false)
          return Fiber.interrupt(fiber).pipe(Effect.as(true))
        }),
    })
  })
}

/**
 * Streams a run in a fiber registered under its id, so `cancelExport` in this process can
 * interrupt it; answers its result, or `failed` when it did not end with one.
 */
export const cancellableExport = <E, R>(
  runId: string,
  streaming: Effect.Effect<"skipped" | "running" | "completed" | "failed" | "cancelled", E, R>,
) =>
  Effect.gen(function* () {
    const jobs = yield* ExportJobs
    const fiber = yield* Effect.forkChild(streaming)
    yield* jobs.add(runId, fiber)
    const exit = yield* Fiber.await(fiber).pipe(Effect.ensuring(jobs.remove(runId)))
    return Exit.isSuccess(exit) ? exit.value : ("failed" as const)
  })
