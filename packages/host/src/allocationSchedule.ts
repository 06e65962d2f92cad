import {
  Actor,
  allocateDueForCouncil,
  type CouncilAllocationRun,
  CouncilId,
  CurrentActor,
  type DeploymentServices,
} from "@openpb/core"
import { Effect, type ManagedRuntime } from "effect"

/**
 * Posts due allocations for every active budget of the council: once at start, then every
 * `everyMinutes` (0: only when someone asks). A timer in the process, not a job queue: the work
 * is idempotent per period and keyed in the ledger, so a missed tick is caught up by the next,
 * a restart by the first, and two processes on one database post nothing twice. A run still
 * going when the next tick comes is not started again.
 */
export const scheduleAllocations = (
  runtime: ManagedRuntime.ManagedRuntime<DeploymentServices, unknown>,
  councilId: string,
  everyMinutes: number,
  report: (run: CouncilAllocationRun | { readonly error: string }) => void,
) => {
  const scheduler = new Actor({
    subject: "system:allocation-schedule",
    roles: ["system"],
    councilId: CouncilId.make(councilId),
  })
  let running: Promise<void> | undefined
  let stopped = false
  let last: { readonly at: string; readonly failed: boolean } | undefined
  const tick = () => {
    if (running !== undefined) return running
    running = runtime
      .runPromise(allocateDueForCouncil({}).pipe(Effect.provideService(CurrentActor, scheduler)))
      .then(
        (run) => {
          last = { at: new Date().toISOString(), failed: false }
          report(run)
        },
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error)
          last = { at: new Date().toISOString(), failed: true }
          report({ error: message })
        },
      )
      .finally(() => {
        running = undefined
      })
    return running
  }
  const first = tick()
  const timer = everyMinutes > 0 ? setInterval(tick, everyMinutes * 60_000) : undefined
  // The timer never keeps a stopping process alive.
  timer?.unref()
  return {
    first,
    /** Stops the timer and waits for a run in flight. */
    stop: async () => {
      stopped = true
      if (timer !== undefined) clearInterval(timer)
      await running
    },
    /**
     * For `/ready`: ready while its timer runs. A failed run is shown, not held against the
     * process: the next tick retries it, and a database that is down is `/ready`'s own check.
     * `/ready` is public, so a failure's reason stays in the log.
     */
    status: () => ({
      ready: !stopped,
      detail: stopped
        ? "stopped"
        : last === undefined
          ? "first run in progress"
          : `${running === undefined ? "idle" : "running"}; last run ${last.at}${!last.failed ? "" : " failed (its reason is in the log)"}`,
    }),
  }
}
