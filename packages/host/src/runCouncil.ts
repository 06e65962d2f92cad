import { CouncilAllocationRun } from "@openpb/core"
import { listen, logRequestLine } from "@openpb/server"
import type { JobEvent } from "@openpb/store"
import { Effect, Option, Schema } from "effect"
import { scheduleAllocations } from "./allocationSchedule.ts"
import { readHostConfig } from "./config.ts"
import { describeStartFailure } from "./startFailure.ts"
import { allocationCron, type CouncilApp, jobSchemaOf, startCouncil } from "./start.ts"
import { scheduleWebhookDeliveries } from "./webhookDeliveries.ts"

/** Stops the process with one line per reason: never a stack dump for a setting. */
const refuseToStart = (lines: ReadonlyArray<string>): never => {
  for (const line of lines) console.error(`OpenPB could not start: ${line}`)
  process.exit(1)
}

/**
 * An app's `main`: reads the environment, starts the council, logs what it serves and which
 * plugin answers each port, and stops cleanly on SIGINT or SIGTERM, or when the process that
 * started it is gone (a `pnpm start` killed without passing the signal on).
 */
export const runCouncil = async (
  council: CouncilApp,
  options: { readonly defaultDataDir: string },
) => {
  const read = await Effect.runPromise(Effect.result(readHostConfig(options.defaultDataDir)))
  if (read._tag === "Failure") return refuseToStart(read.failure.problems)
  const config = read.success
  let allocations: ReturnType<typeof scheduleAllocations> | undefined
  const logLine = (line: object) =>
    console.log(JSON.stringify({ time: new Date().toISOString(), ...line }))
  const onJobEvent = (event: JobEvent) => {
    if (event.event === "job-done" && event.kind === "allocation-run") {
      const run = Schema.decodeUnknownOption(CouncilAllocationRun)(event.result)
      if (Option.isSome(run)) allocations?.ran(run.value)
      return logLine({
        event: "allocations-posted",
        jobId: event.id,
        ...run.pipe(Option.getOrElse(() => ({}))),
      })
    }
    if (event.event === "job-failed" && event.kind === "allocation-run")
      allocations?.ran({ error: event.error })
    logLine(event)
  }
  const started = await startCouncil(council, config, {
    logRequest: logRequestLine,
    onJobEvent,
  }).catch((error: unknown) => refuseToStart([describeStartFailure(error, config)]))
  const server = await listen(started.app, { port: config.port }).catch(async (error: unknown) => {
    await started.runtime.dispose()
    return refuseToStart([`PORT=${config.port}: ${describeStartFailure(error)}`])
  })
  const { council: identity, manifest } = started.resolved
  console.log(`OpenPB: ${identity.name} (${identity.id}, ${identity.nation})`)
  console.log(`  database  ${started.database}${started.seeded ? " (demo data seeded)" : ""}`)
  console.log(`  tRPC      ${server.url}/trpc`)
  console.log(
    `  GraphQL   ${server.url}/graphql${config.production ? "" : " (GraphiQL in a browser)"}`,
  )
  console.log(`  health    ${server.url}/health  ready ${server.url}/ready`)
  console.log(
    `  telemetry ${config.otlpEndpoint._tag === "Some" ? `OTLP (${config.otlpProtocol}) to ${config.otlpEndpoint.value}` : "request lines on standard output; no OTLP export (OTEL_EXPORTER_OTLP_ENDPOINT unset)"}`,
  )
  console.log("  plugins")
  for (const { port, plugins } of manifest)
    console.log(`    ${port.padEnd(24)} ${plugins.join(", ")}`)
  // What the deployment was held to: a stricter plugin would have stopped it above.
  const { floors } = started.resolved
  if (floors.length === 0) console.log(`  national floor  none stated for ${identity.nation}`)
  else console.log("  national floor")
  for (const floor of floors)
    console.log(
      `    ${floor.rule.padEnd(28)} ${floor.sameRules ? `answered by ${floor.floor} itself` : `no stricter than ${floor.floor} on ${floor.cases} cases`}`,
    )

  const schedule = scheduleAllocations(started.runtime, identity.id)
  allocations = schedule
  started.addReadinessCheck("allocations", schedule.status)
  const cron = allocationCron(config.allocationEveryMinutes)
  console.log(
    `  allocations  posted at start${cron === undefined ? "" : ` and on the schedule ${cron} (Europe/London)`}, once across all processes`,
  )
  console.log(
    `  jobs         pg-boss in schema ${jobSchemaOf(config)}; exports and allocation runs`,
  )
  // Webhooks: the council's due deliveries, sent on a timer (OPENPB_WEBHOOK_EVERY_SECONDS).
  const webhooks = scheduleWebhookDeliveries(
    started.runtime,
    identity.id,
    config.webhookEverySeconds,
    (round) =>
      console.log(
        JSON.stringify({ time: new Date().toISOString(), event: "webhooks-sent", ...round }),
      ),
  )
  started.addReadinessCheck("webhooks", webhooks.status)
  console.log(
    `  webhooks     ${config.webhookEverySeconds > 0 ? `sent every ${config.webhookEverySeconds} s` : "not sent (OPENPB_WEBHOOK_EVERY_SECONDS=0)"}`,
  )

  let stopping = false
  // A load balancer asking `/ready` sees a stopping process leave before its connections close.
  started.addReadinessCheck("process", () =>
    stopping ? { ready: false, detail: "stopping" } : { ready: true },
  )
  const graceMs = config.shutdownGraceSeconds * 1000
  const stop = async (reason: string) => {
    if (stopping) return
    stopping = true
    console.log(`${reason}: stopping (requests in flight have ${config.shutdownGraceSeconds} s)`)
    // Whatever hangs past the grace (a run that will not end), the process still ends.
    setTimeout(() => {
      console.error(`still stopping ${config.shutdownGraceSeconds + 10} s after ${reason}: exiting`)
      process.exit(1)
    }, graceMs + 10_000).unref()
    const { cut } = await server.close({ graceMs })
    if (cut > 0)
      console.log(
        `  ${cut} connection(s) still open after ${config.shutdownGraceSeconds} s were closed`,
      )
    await schedule.stop()
    await webhooks.stop()
    // Disposing the runtime flushes the telemetry exporters and closes the database pool.
    await started.runtime.dispose()
    console.log("stopped")
    process.exit(0)
  }
  process.once("SIGINT", () => void stop("SIGINT"))
  process.once("SIGTERM", () => void stop("SIGTERM"))
  // A parent that dies without passing on its signal leaves this process with another parent:
  // stop then too, rather than serve on unseen. (Under an init, with parent 1, there is none.)
  const parent = process.ppid
  if (parent > 1)
    setInterval(() => {
      if (process.ppid !== parent) void stop(`parent process ${parent} gone`)
    }, 500).unref()
}
