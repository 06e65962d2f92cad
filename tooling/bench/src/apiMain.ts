import { execFileSync } from "node:child_process"
import { Effect } from "effect"
import { apiBench, startBench } from "./api/apiBench.ts"
import { caseloadBench } from "./caseload.ts"

/**
 * `pnpm bench:api`: the APIs against a raw baseline in the same run, on the PostgreSQL at
 * DATABASE_URL (each in a schema of its own, dropped afterwards), then the caseload at 10k and
 * 100k people and the start-up on PGlite. One human line and one JSON line per figure.
 */
const databaseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres"
const rounds = Math.max(3, Number(process.env.BENCH_API_ROUNDS ?? 3))
const seconds = Number(process.env.BENCH_API_SECONDS ?? 5)
const connections = Number(process.env.BENCH_API_CONNECTIONS ?? 10)
const referrals = Number(process.env.BENCH_API_REFERRALS ?? 60_000)
const only = process.env.BENCH_API_ONLY?.split(",")
const schema = `openpb_bench_api_${Date.now()}`

const dropSchema = (name: string) =>
  execFileSync("psql", [
    databaseUrl,
    "-qc",
    `SET client_min_messages = warning; DROP SCHEMA IF EXISTS ${name} CASCADE`,
  ])

const print = (line: {
  readonly name: string
  readonly value: number
  readonly baselineValue: number
  readonly ratio: number
  readonly unit: string
  readonly [extra: string]: unknown
}) => {
  const cpu =
    line.cpuMsPerRequest === undefined
      ? ""
      : `; CPU ${line.cpuMsPerRequest} ms/request against ${line.baselineCpuMsPerRequest}, ${line.requestsPerSecond}/s against ${line.baselineRequestsPerSecond}/s`
  console.log(
    `${line.name}: ${line.value} ${line.unit} against ${line.baselineValue} (ratio ${line.ratio}${cpu})`,
  )
  console.log(JSON.stringify(line))
}

const wanted = (group: string) => only === undefined || only.includes(group)

try {
  if (wanted("api")) {
    const figures = await apiBench({
      databaseUrl,
      schema: `${schema}_council`,
      rounds,
      seconds,
      connections,
      referrals,
      figures: process.env.BENCH_API_FIGURES?.split(","),
    })
    for (const figure of figures) print(figure)
  }
  if (wanted("caseload"))
    await Effect.runPromise(
      caseloadBench(
        databaseUrl,
        `${schema}_caseload`,
        Number(process.env.BENCH_CASELOAD_CALLS ?? 400),
      ),
    )
  if (wanted("start")) print(await startBench(rounds))
} finally {
  dropSchema(`${schema}_council`)
  // The job queue's schema, which the host keeps beside the application's.
  dropSchema(`${schema}_council_jobs`)
  dropSchema(`${schema}_caseload`)
}
