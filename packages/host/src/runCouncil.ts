import { listen } from "@openpb/server"
import { Effect } from "effect"
import { hostConfig } from "./config.ts"
import { scheduleAllocations } from "./allocationSchedule.ts"
import { type CouncilApp, startCouncil } from "./start.ts"

/**
 * An app's `main`: reads the environment, starts the council, logs what it serves and which
 * plugin answers each port, and stops cleanly on SIGINT or SIGTERM.
 */
export const runCouncil = async (
  council: CouncilApp,
  options: { readonly defaultDataDir: string },
) => {
  const config = await Effect.runPromise(
    Effect.gen(function* () {
      return yield* hostConfig(options.defaultDataDir)
    }),
  )
  const started = await startCouncil(council, config).catch((error: unknown) => {
    console.error(
      `OpenPB could not start: ${error instanceof Error ? error.message : String(error)}`,
    )
    process.exit(1)
  })
  const server = await listen(started.app, { port: config.port })
  const { council: identity, manifest } = started.resolved
  console.log(`OpenPB: ${identity.name} (${identity.id}, ${identity.nation})`)
  console.log(`  database  ${started.database}${started.seeded ? " (demo data seeded)" : ""}`)
  console.log(`  tRPC      ${server.url}/trpc`)
  console.log(
    `  GraphQL   ${server.url}/graphql${config.production ? "" : " (GraphiQL in a browser)"}`,
  )
  console.log(`  health    ${server.url}/health  ready ${server.url}/ready`)
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

  const allocations = scheduleAllocations(
    started.runtime,
    identity.id,
    config.allocationEveryMinutes,
    (run) =>
      console.log(
        JSON.stringify({ at: new Date().toISOString(), event: "allocations-posted", ...run }),
      ),
  )
  console.log(
    `  allocations  posted at start${config.allocationEveryMinutes > 0 ? ` and every ${config.allocationEveryMinutes} minutes` : ""}`,
  )

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`${signal}: stopping`)
    await server.close()
    await allocations.stop()
    await started.runtime.dispose()
    console.log("stopped")
    process.exit(0)
  }
  process.once("SIGINT", () => void stop("SIGINT"))
  process.once("SIGTERM", () => void stop("SIGTERM"))
}
