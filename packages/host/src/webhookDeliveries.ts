import {
  CouncilId,
  type DeploymentServices,
  WebhookDeliveries,
  type WebhookDeliveryRound,
} from "@openpb/core"
import { Effect, type ManagedRuntime } from "effect"

/**
 * Sends the council's due webhook deliveries every `everySeconds` (0: never). A timer in the
 * process: the deliveries are queued in the database with each event and leased there while
 * they are sent, so a missed tick is caught up by the next, a restart resumes where it stopped,
 * and two processes on one database never send one delivery at once. A round still going when
 * the next tick comes is not started again. Only rounds that did something are reported.
 */
export const scheduleWebhookDeliveries = (
  runtime: ManagedRuntime.ManagedRuntime<DeploymentServices, unknown>,
  councilId: string,
  everySeconds: number,
  report: (round: WebhookDeliveryRound | { readonly error: string }) => void,
) => {
  const council = CouncilId.make(councilId)
  let running: Promise<void> | undefined
  let stopped = false
  let last: { readonly at: string; readonly failed: boolean } | undefined
  const tick = () => {
    if (running !== undefined) return running
    running = runtime
      .runPromise(
        Effect.gen(function* () {
          return yield* (yield* WebhookDeliveries).deliverDue(council)
        }),
      )
      .then(
        (round) => {
          last = { at: new Date().toISOString(), failed: false }
          if (round.delivered > 0 || round.failed > 0) report(round)
        },
        (error: unknown) => {
          last = { at: new Date().toISOString(), failed: true }
          report({ error: error instanceof Error ? error.message : String(error) })
        },
      )
      .finally(() => {
        running = undefined
      })
    return running
  }
  const timer = everySeconds > 0 ? setInterval(tick, everySeconds * 1000) : undefined
  // The timer never keeps a stopping process alive.
  timer?.unref()
  return {
    /** Stops the timer and waits for a round in flight. */
    stop: async () => {
      stopped = true
      if (timer !== undefined) clearInterval(timer)
      await running
    },
    /**
     * For `/ready`: ready while its timer runs (or when sending is off). A failed round is shown,
     * not held against the process: the next tick tries again, and its reason is in the log.
     */
    status: () => ({
      ready: !stopped,
      detail: stopped
        ? "stopped"
        : timer === undefined
          ? "off (OPENPB_WEBHOOK_EVERY_SECONDS=0)"
          : last === undefined
            ? "no round yet"
            : `${running === undefined ? "idle" : "sending"}; last round ${last.at}${last.failed ? " failed (its reason is in the log)" : ""}`,
    }),
  }
}
