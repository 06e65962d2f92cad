import { execFileSync } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import autocannon from "autocannon"
import {
  type CpuTime,
  freePort,
  nodeFlags,
  type ProbedServer,
  startProbedServer,
  startSoakedServer,
} from "../soak/server.ts"
import { median } from "../stats.ts"

const round = (n: number, digits = 3) => Number(n.toFixed(digits))

const baselineScript = fileURLToPath(new URL("./baselineServer.ts", import.meta.url))

/** One request shape a figure sends; `body` is called once per request. */
interface Call {
  readonly method: "GET" | "POST"
  readonly path: string
  readonly headers: Record<string, string>
  readonly body?: () => string
  /** Whether an answer with status 200 is still a failure (GraphQL's `errors`). */
  readonly failedBody?: (body: string) => boolean
}

interface Run {
  readonly requests: number
  readonly failures: number
  readonly seconds: number
  readonly cpuMs: number
}

/**
 * Drives one server with `connections` keep-alive connections for `seconds`, each sending its
 * next request when the last is answered; the server's CPU time is read over its probe before
 * and after. A failure is a non-2xx answer, a connection error, or a body `failedBody` rejects.
 */
const drive = async (
  server: ProbedServer,
  call: Call,
  connections: number,
  seconds: number,
): Promise<Run> => {
  let failures = 0
  const before: CpuTime = await server.cpu()
  const result = await autocannon({
    url: server.url,
    connections,
    duration: seconds,
    requests: [
      {
        method: call.method,
        path: call.path,
        headers: call.headers,
        ...(call.body === undefined
          ? {}
          : {
              setupRequest: (request) => ({ ...request, body: call.body?.() }),
            }),
        onResponse: (status, body) => {
          if (status !== 200 || call.failedBody?.(body) === true) failures++
        },
      },
    ],
  })
  const after: CpuTime = await server.cpu()
  const cpuMs = (after.user - before.user + after.system - before.system) / 1000
  return {
    requests: result.requests.total,
    failures: failures + result.errors,
    seconds: result.duration,
    cpuMs,
  }
}

export interface ApiFigure {
  readonly name: string
  readonly what: string
  readonly baseline: string
  readonly council: Call
  readonly raw: Call
}

/**
 * Each figure's pair (the council and its raw baseline) run in every round, the figures in a
 * rotated order and each pair's order alternating, so neither side nor any figure always runs
 * on a warmer machine. Medians over the rounds.
 */
export const measureFigures = async (options: {
  readonly council: ProbedServer
  readonly baseline: ProbedServer
  readonly figures: ReadonlyArray<ApiFigure>
  readonly rounds: number
  readonly seconds: number
  readonly connections: number
  readonly extra?: Record<string, unknown>
}) => {
  const { council, baseline, figures, rounds, seconds, connections } = options
  // Warm-up: compiled code, prepared statements and caches filled before anything counts.
  for (const figure of figures) {
    await drive(council, figure.council, connections, 2)
    await drive(baseline, figure.raw, connections, 2)
  }
  const runs = new Map<string, { council: Array<Run>; raw: Array<Run> }>(
    figures.map((f) => [f.name, { council: [], raw: [] }]),
  )
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < figures.length; i++) {
      const figure = figures[(i + r) % figures.length]!
      const entry = runs.get(figure.name)!
      const councilFirst = (r + i) % 2 === 0
      if (councilFirst) {
        entry.council.push(await drive(council, figure.council, connections, seconds))
        entry.raw.push(await drive(baseline, figure.raw, connections, seconds))
      } else {
        entry.raw.push(await drive(baseline, figure.raw, connections, seconds))
        entry.council.push(await drive(council, figure.council, connections, seconds))
      }
    }
  }
  return figures.map((figure) => {
    const { council: c, raw } = runs.get(figure.name)!
    const perSecond = (rs: ReadonlyArray<Run>) => median(rs.map((x) => x.requests / x.seconds))
    const cpuPerRequest = (rs: ReadonlyArray<Run>) => median(rs.map((x) => x.cpuMs / x.requests))
    const councilCpu = cpuPerRequest(c)
    const rawCpu = cpuPerRequest(raw)
    const value = 1000 / councilCpu
    const baselineValue = 1000 / rawCpu
    const rps = perSecond(c)
    const rawRps = perSecond(raw)
    return {
      name: figure.name,
      what: figure.what,
      value: round(value, 1),
      unit: "requests per CPU second of the server",
      baseline: figure.baseline,
      baselineValue: round(baselineValue, 1),
      ratio: round(value / baselineValue),
      cpuMsPerRequest: round(councilCpu),
      baselineCpuMsPerRequest: round(rawCpu),
      requestsPerSecond: round(rps, 1),
      baselineRequestsPerSecond: round(rawRps, 1),
      throughputRatio: round(rps / rawRps),
      failures: c.reduce((s, x) => s + x.failures, 0),
      baselineFailures: raw.reduce((s, x) => s + x.failures, 0),
      rounds,
      secondsPerRun: seconds,
      connections,
      ...options.extra,
    }
  })
}

const psql = (databaseUrl: string, schema: string, statement: string) =>
  execFileSync(
    "psql",
    [
      databaseUrl,
      "-qAtc",
      `SET client_min_messages = warning; SET search_path = ${schema}; ${statement}`,
    ],
    { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
  )

const payloadOf = (token: string): { council: string } =>
  JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8"))

const startBaseline = async (env: Record<string, string>) => {
  const port = await freePort()
  return startProbedServer({
    cwd: fileURLToPath(new URL("../..", import.meta.url)),
    script: baselineScript,
    nodeFlags,
    env: { ...process.env, ...env, PORT: String(port) },
    port,
  })
}

/**
 * The API at the floor: the reference council on PostgreSQL and the raw Hono baseline on the
 * same driver, both started here, both driven by autocannon. Returns one result per figure.
 */
export const apiBench = async (options: {
  readonly databaseUrl: string
  readonly schema: string
  readonly rounds: number
  readonly seconds: number
  readonly connections: number
  /** People seeded (by SQL) for the write figures: one referral each. */
  readonly referrals: number
  /** Only these figures, by name; all when left out. */
  readonly figures?: ReadonlyArray<string> | undefined
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), "openpb-bench-api-"))
  const council = await startSoakedServer({
    databaseUrl: options.databaseUrl,
    schema: options.schema,
    dataDir,
  })
  let baseline: ProbedServer | undefined
  try {
    const token = await council.token(["council-admin"])
    const councilId = payloadOf(token).council
    const auth = { authorization: `Bearer ${token}` }
    const list = await fetch(
      `${council.url}/trpc/budget.list?input=${encodeURIComponent('{"first":1}')}`,
      { headers: auth },
    )
    const personId = (
      (await list.json()) as { result: { data: { items: [{ personId: string }] } } }
    ).result.data.items[0].personId

    // People to refer, one each: a referral opens a journey, and a person holds one at a time.
    psql(
      options.databaseUrl,
      options.schema,
      `INSERT INTO people (id, council_id, given_name, family_name, created_at)
       SELECT gen_random_uuid(), '${councilId}', 'Bench', 'Referral ' || g, now()
         FROM generate_series(1, ${options.referrals}) g; ANALYZE people`,
    )
    const toRefer = psql(
      options.databaseUrl,
      options.schema,
      `SELECT id FROM people WHERE family_name LIKE 'Referral %'`,
    )
      .trim()
      .split("\n")
    let next = 0
    const nextPerson = () => {
      const id = toRefer[next++]
      if (id === undefined) throw new Error("out of people to refer: raise BENCH_API_REFERRALS")
      return id
    }
    const referral = { source: "self", referredBy: "Bench", toldAbout: "What a budget is." }

    baseline = await startBaseline({
      BASELINE_DATABASE_URL: options.databaseUrl,
      BASELINE_SCHEMA: options.schema,
      BASELINE_COUNCIL: councilId,
    })

    const json = { ...auth, "content-type": "application/json" }
    const graphqlFailed = (body: string) => body.includes('"errors"')
    const rawRead: Call = { method: "GET", path: `/person/${personId}`, headers: {} }
    const rawWrite: Call = {
      method: "POST",
      path: "/refer",
      headers: { "content-type": "application/json" },
      body: () => JSON.stringify({ personId }),
    }
    const figures: ReadonlyArray<ApiFigure> = [
      {
        name: "api.read.trpc",
        what: "tRPC person.get",
        baseline: "Hono + the same driver, the same SELECT",
        council: {
          method: "GET",
          path: `/trpc/person.get?input=${encodeURIComponent(JSON.stringify({ personId }))}`,
          headers: auth,
        },
        raw: rawRead,
      },
      {
        name: "api.read.trpc.sameWork",
        what: "tRPC person.get",
        baseline:
          "Hono + the same driver, the SELECT in a transaction with the council set and the audit record written",
        council: {
          method: "GET",
          path: `/trpc/person.get?input=${encodeURIComponent(JSON.stringify({ personId }))}`,
          headers: auth,
        },
        raw: { method: "GET", path: `/person-audited/${personId}`, headers: {} },
      },
      {
        name: "api.read.graphql",
        what: "GraphQL person(personId)",
        baseline: "Hono + the same driver, the same SELECT",
        council: {
          method: "POST",
          path: "/graphql",
          headers: json,
          body: () =>
            JSON.stringify({
              query:
                "query Person($personId: ID!) { person(personId: $personId) { id givenName familyName dateOfBirth createdAt } }",
              variables: { personId },
            }),
          failedBody: graphqlFailed,
        },
        raw: rawRead,
      },
      {
        name: "api.list.graphql",
        what: "GraphQL budgets(first: 20) with each holder's name (Budget.person)",
        baseline: "Hono + the same driver, 20 budgets joined with their people",
        council: {
          method: "POST",
          path: "/graphql",
          headers: json,
          body: () =>
            JSON.stringify({
              query:
                "{ budgets(first: 20) { edges { node { id amountPence deliveryMechanism person { givenName familyName } } } } }",
            }),
          failedBody: graphqlFailed,
        },
        raw: { method: "GET", path: "/budgets", headers: {} },
      },
      {
        name: "api.write.trpc",
        what: "tRPC journey.refer (referPerson)",
        baseline: "Hono + the same driver, one transaction inserting the same three rows",
        council: {
          method: "POST",
          path: "/trpc/journey.refer",
          headers: json,
          body: () => JSON.stringify({ personId: nextPerson(), referral }),
        },
        raw: rawWrite,
      },
      {
        name: "api.write.graphql",
        what: "GraphQL referPerson",
        baseline: "Hono + the same driver, one transaction inserting the same three rows",
        council: {
          method: "POST",
          path: "/graphql",
          headers: json,
          body: () =>
            JSON.stringify({
              query:
                "mutation Refer($input: ReferPersonInput!) { referPerson(input: $input) { id stage } }",
              variables: {
                input: { personId: nextPerson(), referral: { ...referral, source: "SELF" } },
              },
            }),
          failedBody: graphqlFailed,
        },
        raw: rawWrite,
      },
    ]
    const chosen = figures.filter(
      (figure) => options.figures === undefined || options.figures.includes(figure.name),
    )
    // Each request is tried once, so a wrong document or input fails here, not as a figure.
    for (const figure of chosen) {
      for (const [server, call] of [
        [council, figure.council],
        [baseline, figure.raw],
      ] as const) {
        const answer = await fetch(`${server.url}${call.path}`, {
          method: call.method,
          headers: call.headers,
          ...(call.body === undefined ? {} : { body: call.body() }),
        })
        const text = await answer.text()
        if (answer.status !== 200 || call.failedBody?.(text) === true)
          throw new Error(`${figure.name}: ${answer.status} ${text.slice(0, 500)}`)
      }
    }
    return await measureFigures({
      council,
      baseline,
      figures: chosen,
      rounds: options.rounds,
      seconds: options.seconds,
      connections: options.connections,
      extra: { database: "postgresql" },
    })
  } finally {
    await baseline?.stop()
    await council.stop()
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(`${dataDir}.dev-issuer.json`, { force: true })
    rmSync(`${dataDir}-exports`, { recursive: true, force: true })
  }
}

/**
 * Start-up on PGlite: the reference council from an empty data directory (initdb, migrations,
 * the seed) and again on the directory it left, each to its first healthy /health, against a
 * bare Hono process with the same Node flags. Medians over `rounds` starts of each.
 */
export const startBench = async (rounds: number) => {
  const fresh: Array<number> = []
  const reopened: Array<number> = []
  const bare: Array<number> = []
  for (let r = 0; r < rounds; r++) {
    const dataDir = mkdtempSync(join(tmpdir(), "openpb-bench-start-"))
    try {
      const first = await startSoakedServer({ dataDir: join(dataDir, "data") })
      fresh.push(first.startedInMs)
      await first.stop()
      const again = await startSoakedServer({ dataDir: join(dataDir, "data") })
      reopened.push(again.startedInMs)
      await again.stop()
      const plain = await startBaseline({})
      bare.push(plain.startedInMs)
      await plain.stop()
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
  const value = median(fresh)
  const baselineValue = median(bare)
  return {
    name: "api.start.pglite",
    what: "the reference council on PGlite, from an empty data directory to a healthy /health",
    value: round(value, 0),
    unit: "ms",
    baseline: "a bare Hono process with the same Node flags, to its /health",
    baselineValue: round(baselineValue, 0),
    ratio: round(baselineValue / value),
    reopenedMs: round(median(reopened), 0),
    rounds,
  }
}
