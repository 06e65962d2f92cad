import { listen } from "@openpb/server"
import { Effect } from "effect"
import { COUNCIL_NAME, DeploymentConfig } from "./config.ts"
import { startDeployment } from "./deployment.ts"

const config = await Effect.runPromise(
  Effect.gen(function* () {
    return yield* DeploymentConfig
  }),
)
const deployment = await startDeployment(config)
const server = await listen(deployment.app, { port: config.port })

console.log(`OpenPB: ${COUNCIL_NAME}`)
console.log(`  database  ${deployment.database}${deployment.seeded ? " (demo data seeded)" : ""}`)
console.log(`  tRPC      ${server.url}/trpc`)
console.log(
  `  GraphQL   ${server.url}/graphql${config.production ? "" : " (GraphiQL in a browser)"}`,
)
console.log(`  health    ${server.url}/health  ready ${server.url}/ready`)

let stopping = false
const stop = async (signal: string) => {
  if (stopping) return
  stopping = true
  console.log(`${signal}: stopping`)
  await server.close()
  await deployment.runtime.dispose()
  console.log("stopped")
  process.exit(0)
}
process.once("SIGINT", () => void stop("SIGINT"))
process.once("SIGTERM", () => void stop("SIGTERM"))
