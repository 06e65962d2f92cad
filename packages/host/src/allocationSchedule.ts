import { type CouncilAllocationRun, CouncilId, type DeploymentServices, Jobs } from "@openpb/core"
import { Effect, type ManagedRuntime } from "effect"

/**
 * Posts due allocations for every active budget of the council: a run queued at start, then
 * one per occurrence of the job queue's cron schedule (set up with the runtime's job layer), once
 * across every process on the database. The work is idempotent per period and keyed in the
 * ledger, so a missed occurrence is caught up by the next, a run cut short by a crash is taken
 * over by another process (or this one restarted), and no allocation is posted twice. At most
 * one run waits while one runs.
 */
export const scheduleAllocations = (
  runtime: ManagedRuntime.ManagedRuntime<DeploymentServices, unknown>,
  councilId: string,
) => {
  let stopped = false
  let last: { readonly at: string; readonly failed: boolean } | undefined
  // A queue that refuses the run at start is shown on `/ready` (the schedule still runs).
  const first = runtime
    .runPromise(
      Effect.flatMap(Jobs, (jobs) =>
        jobs.enqueue({ _tag: "allocation-run", councilId: CouncilId.make(councilId) }),
      ),
    )
    .catch(() => {
      last = { at: new Date().toISOString(), failed: true }
    })
  return {
    first,
    /** What the job runner said of an allocation run this process ran. */
    ran: (outcome: CouncilAllocationRun | { readonly error: string }) => {
      last = { at: new Date().toISOString(), failed: "error" in outcome }
    },
    stop: async () => {
      stopped = true
      await first
    },
    /**
     * For `/ready`: ready while the process takes jobs. A failed run is shown, not held against
     * the process: the queue retries it, and a database that is down is `/ready`'s own check.
     * `/ready` is public, so a failure's reason stays in the log.
     */
    status: () => ({
      ready: !stopped,
      detail: stopped
        ? "stopped"
        : last === undefined
          ? "queued; no run finished in this process yet"
          : `on the job queue; last run here ${last.at}${!last.failed ? "" : " failed (its reason is in the log)"}`,
    }),
  }
}
