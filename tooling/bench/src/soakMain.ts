import { execFileSync } from "node:child_process"
import { soak } from "./soak/soak.ts"

/**
 * `pnpm bench:soak`: the reference council on the PostgreSQL at DATABASE_URL (in a schema of
 * its own, dropped afterwards) under a mixed load for SOAK_SECONDS, its memory sampled after
 * forced collections. With SOAK_HEAP_LIMIT_MB, the same soak runs again with V8's old
 * generation held to that size, and a third line compares their throughput.
 */
const databaseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres"
const seconds = Number(process.env.SOAK_SECONDS ?? 300)
const sampleSeconds = Number(process.env.SOAK_SAMPLE_SECONDS ?? 30)
const connections = Number(process.env.SOAK_CONNECTIONS ?? 8)
const heapLimitMB = process.env.SOAK_HEAP_LIMIT_MB
  ? Number(process.env.SOAK_HEAP_LIMIT_MB)
  : undefined
const snapshotDir = process.env.SOAK_SNAPSHOTS

const dropSchema = (name: string) =>
  execFileSync("psql", [
    databaseUrl,
    "-qc",
    `SET client_min_messages = warning; DROP SCHEMA IF EXISTS ${name} CASCADE`,
  ])

const run = async (maxOldSpaceMB: number | undefined) => {
  const schema = `openpb_soak_${Date.now()}`
  try {
    const result = await soak({
      databaseUrl,
      schema,
      seconds,
      sampleSeconds,
      connections,
      maxOldSpaceMB,
      snapshotDir,
    })
    console.log(
      `soak.memory${maxOldSpaceMB ? ` (--max-old-space-size=${maxOldSpaceMB})` : ""}: ${result.requests} requests in ${result.seconds} s (${result.requestsPerSecond}/s), ${result.errors} errors; heap after collection ${result.heapStartMB} -> ${result.heapEndMB} MB (${result.heapGrowthMBPer100kRequests} MB per 100k requests); RSS ${result.rssStartMB} -> ${result.rssEndMB} MB`,
    )
    console.log(JSON.stringify(result))
    return result
  } finally {
    dropSchema(schema)
  }
}

const unlimited = await run(undefined)
if (heapLimitMB !== undefined) {
  const limited = await run(heapLimitMB)
  const ratio = limited.requestsPerSecond / unlimited.requestsPerSecond
  console.log(
    `soak.heapLimit: ${limited.requestsPerSecond}/s with --max-old-space-size=${heapLimitMB} against ${unlimited.requestsPerSecond}/s without (ratio ${ratio.toFixed(2)})`,
  )
  console.log(
    JSON.stringify({
      name: "soak.heapLimit",
      maxOldSpaceMB: heapLimitMB,
      requestsPerSecond: limited.requestsPerSecond,
      unlimitedRequestsPerSecond: unlimited.requestsPerSecond,
      ratio: Number(ratio.toFixed(3)),
      errors: unlimited.errors + limited.errors,
    }),
  )
}
