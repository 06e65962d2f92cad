import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { driveLoad, type LoadCounts, mixedOperations } from "./load.ts"
import { type Memory, startSoakedServer } from "./server.ts"

const MB = 1024 * 1024
const round = (n: number, digits = 1) => Number(n.toFixed(digits))

export interface SoakOptions {
  readonly databaseUrl: string
  readonly schema: string
  readonly seconds: number
  readonly sampleSeconds: number
  readonly connections: number
  readonly maxOldSpaceMB?: number | undefined
  /** Where to write heap snapshots after the first minute and at the end, when given. */
  readonly snapshotDir?: string | undefined
}

interface Sample {
  readonly seconds: number
  readonly requests: number
  readonly memory: Memory
}

/** Least-squares slope of y against x. */
const slope = (points: ReadonlyArray<readonly [number, number]>) => {
  const n = points.length
  if (n < 2) return 0
  const mx = points.reduce((s, [x]) => s + x, 0) / n
  const my = points.reduce((s, [, y]) => s + y, 0) / n
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0)
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0)
  return sxx === 0 ? 0 : sxy / sxx
}

/**
 * The reference council under the mixed load for `seconds`, its memory sampled after a forced
 * collection every `sampleSeconds`. Growth is judged from the first minute on, once the caches
 * that should fill (compiled code, prepared statements, GraphQL documents) have filled.
 */
export const soak = async (options: SoakOptions) => {
  const dataDir = mkdtempSync(join(tmpdir(), "openpb-soak-"))
  try {
    const server = await startSoakedServer({
      databaseUrl: options.databaseUrl,
      schema: options.schema,
      dataDir,
      maxOldSpaceMB: options.maxOldSpaceMB,
    })
    try {
      const token = await server.token(["council-admin", "finance", "approver"])
      const list = await fetch(
        `${server.url}/trpc/budget.list?input=${encodeURIComponent('{"first":1}')}`,
        { headers: { authorization: `Bearer ${token}` } },
      )
      const personId = (
        (await list.json()) as { result: { data: { items: [{ personId: string }] } } }
      ).result.data.items[0].personId

      const counts: LoadCounts = { requests: 0, errors: 0, firstErrors: [] }
      const samples: Array<Sample> = []
      const started = performance.now()
      const elapsed = () => (performance.now() - started) / 1000
      const sample = async () => {
        const at = { seconds: elapsed(), requests: counts.requests }
        samples.push({ ...at, memory: await server.memory() })
      }
      await sample()
      let stopped = false
      const load = driveLoad({
        url: server.url,
        token,
        operations: mixedOperations(personId),
        connections: options.connections,
        until: () => stopped,
        counts,
      })
      const firstMinute = Math.min(60, options.seconds / 2)
      for (
        let next = options.sampleSeconds;
        next < options.seconds;
        next += options.sampleSeconds
      ) {
        await new Promise((r) => setTimeout(r, Math.max(0, (next - elapsed()) * 1000)))
        await sample()
        if (
          options.snapshotDir &&
          samples.length === 1 + Math.round(firstMinute / options.sampleSeconds)
        )
          await server.snapshot(
            join(options.snapshotDir, `${options.schema}-first-minute.heapsnapshot`),
          )
      }
      await new Promise((r) => setTimeout(r, Math.max(0, (options.seconds - elapsed()) * 1000)))
      stopped = true
      await load
      const loadSeconds = elapsed()
      await sample()
      if (options.snapshotDir)
        await server.snapshot(join(options.snapshotDir, `${options.schema}-end.heapsnapshot`))

      const settled = samples.filter((s) => s.seconds >= firstMinute - 1)
      const first = settled[0]!
      const last = samples.at(-1)!
      const growthPerRequest = slope(settled.map((s) => [s.requests, s.memory.heapUsed / MB]))
      return {
        name: "soak.memory",
        requests: counts.requests,
        errors: counts.errors,
        seconds: round(loadSeconds),
        requestsPerSecond: round(counts.requests / loadSeconds),
        connections: options.connections,
        maxOldSpaceMB: options.maxOldSpaceMB ?? null,
        heapGrowthMBPer100kRequests: round(growthPerRequest * 100_000, 2),
        heapStartMB: round(first.memory.heapUsed / MB),
        heapEndMB: round(last.memory.heapUsed / MB),
        rssBeforeLoadMB: round(samples[0]!.memory.rss / MB),
        rssStartMB: round(first.memory.rss / MB),
        rssEndMB: round(last.memory.rss / MB),
        rssEndToStart: round(last.memory.rss / first.memory.rss, 3),
        samples: samples.map((s) => ({
          s: round(s.seconds, 0),
          requests: s.requests,
          rssMB: round(s.memory.rss / MB),
          heapMB: round(s.memory.heapUsed / MB),
          heapTotalMB: round(s.memory.heapTotal / MB),
          externalMB: round(s.memory.external / MB),
        })),
        firstErrors: counts.firstErrors,
      }
    } finally {
      const code = await server.stop()
      if (code !== 0) console.error(`the soaked server stopped with ${code}`)
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(`${dataDir}.dev-issuer.json`, { force: true })
    rmSync(`${dataDir}-exports`, { recursive: true, force: true })
  }
}
