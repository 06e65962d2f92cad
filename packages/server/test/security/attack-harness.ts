import { expect } from "vitest"

/**
 * What one attack found: whether the defence held (the request was refused, or the header or
 * answer the defence promises is there) and what the response gave away that it must not.
 */
export interface Verdict {
  readonly refused: boolean
  readonly leaked: ReadonlyArray<string>
  /** What was seen, for the failure message. */
  readonly seen: string
}

export interface Attack {
  readonly group: "tokens" | "graphql" | "http"
  readonly name: string
  readonly run: () => Promise<Verdict>
}

/** Words that must never reach a caller in any body: stacks, SQL, the database's own messages. */
const giveaways: ReadonlyArray<[string, RegExp]> = [
  ["a stack trace", /\n\s+at\s|\bat [^\s"]+ \([^)]*:\d+:\d+\)|"stack"\s*:/],
  ["SQL", /\b(select|insert|update|delete)\b[^"]{0,200}\b(from|into|set|where)\b/i],
  [
    "a database message",
    /syntax error at or near|relation "|violates .* constraint|sqlstate|pglite|postgres/i,
  ],
  ["a field suggestion", /did you mean/i],
]

/** What a body gives away: any of the giveaways, and any of the `secrets` it must not hold. */
export const leaksIn = (body: string, secrets: ReadonlyArray<string> = []): Array<string> => [
  ...giveaways.filter(([, pattern]) => pattern.test(body)).map(([what]) => what),
  ...secrets.filter((secret) => body.includes(secret)).map((secret) => `"${secret}"`),
]

/** A response refused with a 4xx (one of `statuses` when given), giving nothing away. */
export const refusedWith = async (
  response: Response,
  options: {
    readonly statuses?: ReadonlyArray<number>
    readonly secrets?: ReadonlyArray<string>
  } = {},
): Promise<Verdict> => {
  const body = await response.text()
  const refused = options.statuses
    ? options.statuses.includes(response.status)
    : response.status >= 400 && response.status < 500
  return {
    refused,
    leaked: leaksIn(body, options.secrets),
    seen: `${response.status} ${body.slice(0, 300)}`,
  }
}

/**
 * A GraphQL answer refused: a 4xx, or errors with no data (graphql-js's validation errors, which
 * yoga answers 200 to clients accepting application/json, as the GraphQL-over-HTTP spec asks).
 */
export const graphqlRefused = async (
  response: Response,
  secrets: ReadonlyArray<string> = [],
): Promise<Verdict> => {
  const body = await response.text()
  let noData = false
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: ReadonlyArray<unknown> }
    noData = (parsed.data ?? null) === null && (parsed.errors?.length ?? 0) > 0
  } catch {
    noData = false
  }
  const refused = (response.status >= 400 && response.status < 500) || noData
  return {
    refused,
    leaked: leaksIn(body, secrets),
    seen: `${response.status} ${body.slice(0, 300)}`,
  }
}

/** A check of headers: held when `holds`, nothing leaked by a header check. */
export const held = (holds: boolean, seen: string): Verdict => ({
  refused: holds,
  leaked: [],
  seen,
})

/** Runs attacks one by one, keeping the count the summary line reports. */
export const makeTally = () => {
  const counts = { tried: 0, refused: 0, leaked: 0 }
  const failures: Array<string> = []
  return {
    counts,
    failures,
    /** Runs one attack, counts it, and fails the test when it was not refused or leaked. */
    run: async (attack: Attack) => {
      const verdict = await attack.run()
      counts.tried++
      if (verdict.refused) counts.refused++
      if (verdict.leaked.length > 0) counts.leaked++
      if (!verdict.refused || verdict.leaked.length > 0)
        failures.push(`${attack.group}: ${attack.name}`)
      expect(verdict.leaked, `${attack.name} leaked (${verdict.seen})`).toEqual([])
      expect(verdict.refused, `${attack.name} was not refused (${verdict.seen})`).toBe(true)
    },
    line: () =>
      `attack suite: tried ${counts.tried}, refused ${counts.refused}, leaked ${counts.leaked}`,
  }
}

type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> }

/** What the attacks are run against, made once the suite's database and keys exist. */
export interface AttackEnv {
  /** A production deployment signing people in with an issuer's RS256 keys. */
  readonly app: App
  /** The same, allowing each caller only five requests a minute. */
  readonly limited: App
  /** One whose sign-in fails with a defect (its message names SQL), to see what a 500 shows. */
  readonly broken: App
  /** A token of the issuer's (council-admin of northmere unless overridden). */
  readonly token: (overrides?: TokenOverrides) => Promise<string>
  /** The issuer's public key as PEM text (for the HS256 key-confusion attack). */
  readonly publicKeyPem: string
  /** A key the issuer never published. */
  readonly strangerKey: CryptoKey
  /** A person of northmere, and what of theirs must never reach another caller. */
  readonly personId: string
  readonly secrets: ReadonlyArray<string>
  /** How many people and domain events exist now (a refused write changes neither). */
  readonly rows: () => Promise<ReadonlyArray<number>>
  /** The server's bad-request log lines so far. */
  readonly badRequests: ReadonlyArray<string>
}

export interface TokenOverrides {
  readonly iss?: string
  readonly aud?: string
  readonly exp?: number | null
  readonly nbf?: number
  readonly sub?: string | null
  readonly key?: CryptoKey
  readonly kid?: string
  readonly alg?: string
  readonly roles?: unknown
  readonly council?: string
}
