import { parseArgs } from "node:util"
import { isTokenRole, Role } from "@openpb/core"
import { Effect } from "effect"
import { readHostConfig } from "./config.ts"
import { loadDevIssuer } from "./devIssuer.ts"
import { runExportCommand } from "./exportCommand.ts"
import { runImportCommand } from "./importCommand.ts"
import type { Deployment } from "@openpb/plugin-sdk"

const usage = `Usage:
  pnpm openpb token --role <role[,role...]> [--council <id>] [--person <person id>] [--subject <name>] [--hours <n>]
      Prints a development token from the deployment's built-in issuer (never in production).
  pnpm openpb export <exporter> --format csv|xlsx|jsonl --out <file> [--parameters <json>] [--role <role[,role...]>]
      Runs an export against the deployment's database (stop the server first when it uses the
      embedded PGlite), showing progress; the file appears only once complete.
  pnpm openpb import caseload <file.csv> --source <system> [--dry-run] [--problems <n>] [--role <role>]
      Imports a caseload (one row a person; layout, template and sample: the host's README and
      templates/) against the deployment's database, showing progress. --dry-run checks every row
      and writes nothing. Matched by source id: running the same file again adds nothing.
Roles: person, carer, practitioner, adviser, approver, finance, provider, commissioner, auditor, council-admin.`

/** An app's `openpb` command line. */
export const runCli = async (
  argv: ReadonlyArray<string>,
  options: {
    readonly councilId: string
    readonly defaultDataDir: string
    readonly deployment?: Deployment
  },
) => {
  const [command, ...rest] = argv
  // The server's settings, refused the server's way: one line each, no stack.
  const read = await Effect.runPromise(Effect.result(readHostConfig(options.defaultDataDir)))
  if (read._tag === "Failure") {
    for (const line of read.failure.problems) console.error(`openpb: ${line}`)
    process.exit(1)
  }
  const config = read.success
  if (command === "export" && options.deployment !== undefined) {
    const { values, positionals } = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        format: { type: "string", default: "csv" },
        out: { type: "string" },
        parameters: { type: "string" },
        role: { type: "string", default: "council-admin" },
      },
    })
    const exporterId = positionals[0]
    if (exporterId === undefined || values.out === undefined) {
      console.error(usage)
      process.exit(2)
    }
    let parameters: unknown
    try {
      parameters = values.parameters === undefined ? undefined : JSON.parse(values.parameters)
    } catch {
      console.error(
        '--parameters must be JSON, e.g. \'{"createdIn":{"from":"2026-04-01","to":"2026-06-30"}}\'',
      )
      process.exit(2)
    }
    process.exit(
      await runExportCommand(options.deployment, config, {
        exporterId,
        format: values.format,
        out: values.out,
        parameters,
        roles: values.role.split(",").filter(Boolean),
        councilId: options.councilId,
      }),
    )
  }
  if (command === "import" && options.deployment !== undefined) {
    const { values, positionals } = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        source: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        problems: { type: "string", default: "20" },
        role: { type: "string", default: "council-admin" },
      },
    })
    const [kind, file] = positionals
    const showProblems = Number(values.problems)
    if (
      kind !== "caseload" ||
      file === undefined ||
      values.source === undefined ||
      !Number.isSafeInteger(showProblems) ||
      showProblems < 0
    ) {
      console.error(usage)
      process.exit(2)
    }
    process.exit(
      await runImportCommand(options.deployment, config, {
        file,
        sourceSystem: values.source,
        dryRun: values["dry-run"],
        roles: values.role.split(",").filter(Boolean),
        councilId: options.councilId,
        showProblems,
      }),
    )
  }
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
  const unknown = roles.filter((role) => !isTokenRole(role))
  if (roles.length === 0 || unknown.length > 0) {
    console.error(
      `Unknown role${unknown.length === 1 ? "" : "s"}: ${unknown.join(", ") || "(none given)"}. A token may carry: ${Role.literals.filter(isTokenRole).join(", ")}.`,
    )
    process.exit(2)
  }
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
