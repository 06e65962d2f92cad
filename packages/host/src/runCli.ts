import { parseArgs } from "node:util"
import { Effect } from "effect"
import { hostConfig } from "./config.ts"
import { loadDevIssuer } from "./devIssuer.ts"

const usage = `Usage: pnpm openpb token --role <role[,role...]> [--council <id>] [--person <person id>] [--subject <name>] [--hours <n>]

Prints a development token from the deployment's built-in issuer (never in production).
Roles: person, carer, practitioner, adviser, approver, finance, provider, commissioner, auditor, council-admin.`

/** An app's `openpb` command line. */
export const runCli = async (
  argv: ReadonlyArray<string>,
  options: { readonly councilId: string; readonly defaultDataDir: string },
) => {
  const [command, ...rest] = argv
  const config = await Effect.runPromise(
    Effect.gen(function* () {
      return yield* hostConfig(options.defaultDataDir)
    }),
  )
  if (command !== "token") {
    console.error(usage)
    process.exit(command === undefined || command === "help" ? 0 : 2)
  }
  const { values } = parseArgs({
    args: [...rest],
    options: {
      role: { type: "string", default: "council-admin" },
      council: { type: "string", default: options.councilId },
      person: { type: "string" },
      subject: { type: "string" },
      hours: { type: "string", default: "8" },
    },
  })
  if (config.production) {
    console.error("The development issuer cannot be used in production.")
    process.exit(2)
  }
  const roles = values.role.split(",").filter(Boolean)
  const issuer = await loadDevIssuer(config.dataDir)
  console.log(
    await issuer.sign({
      subject: values.subject ?? `dev-${roles.join("+")}`,
      roles,
      council: values.council,
      ...(values.person ? { personId: values.person } : {}),
      hours: Number(values.hours),
    }),
  )
}
