import {
  type Actor,
  apiErrorCode,
  CurrentActor,
  type DeploymentServices,
  describeCoreError,
  formatContentType,
  formatExtension,
  isCoreError,
  getDecisionLetter,
  openExportFile,
  RequestContext,
  type RunUseCase,
} from "@openpb/core"
import {
  defaultGraphiqlAssetsPath,
  graphiqlAsset,
  makeYoga,
  type QueryLimits,
  type TrustedDocumentsOptions,
} from "@openpb/graphql"
import { appRouter } from "@openpb/trpc"
import { fetchRequestHandler } from "@trpc/server/adapters/fetch"
import { Effect, type ManagedRuntime, Stream } from "effect"
import { type Context, Hono, type MiddlewareHandler } from "hono"
import { bodyLimit } from "hono/body-limit"
import { cors } from "hono/cors"
import { routePath } from "hono/route"
import { secureHeaders } from "hono/secure-headers"
import { letterPdf } from "./letterPdf.ts"
import { makeRateLimiter } from "./rateLimit.ts"
import { requestIdFrom } from "./requestId.ts"
import {
  type RequestLine,
  type RequestTrace,
  recordRequest,
  underRequest,
  useCasesOf,
} from "./requestTelemetry.ts"

export interface HttpAppOptions<R> {
  /** The process's one runtime, holding the deployment's services (store, policies). */
  readonly runtime: ManagedRuntime.ManagedRuntime<DeploymentServices | R, unknown>
  /** Who is calling. Returns undefined when the request proves no one. */
  readonly resolveActor: (request: Request) => Promise<Actor | undefined>
  /** Whether the deployment can serve (the database answers). */
  readonly readiness: Effect.Effect<boolean, never, DeploymentServices | R>
  /**
   * The other parts the deployment needs to serve, asked at each `/ready`: a scheduled runner,
   * the process itself once it is stopping. Any one not ready makes `/ready` answer 503.
   */
  readonly readinessChecks?: () => ReadonlyArray<ReadinessCheck>
  /** Production turns developer pages (GraphiQL) off. */
  readonly production: boolean
  /**
   * Browser origins allowed to call the APIs (CORS). None by default; `["*"]` allows any origin
   * (the APIs take bearer tokens, never cookies, so no credentials are allowed with it).
   */
  readonly corsOrigins?: ReadonlyArray<string>
  /** The largest request body accepted. Default 1 MiB. */
  readonly bodyLimitBytes?: number
  /** Requests a minute per actor; each call of a tRPC or GraphQL batch counts. Default 600. */
  readonly ratePerMinute?: number
  /** The most calls one tRPC batch may hold; a larger batch is refused with 400. Default 10. */
  readonly trpcMaxBatch?: number
  /**
   * GraphQL documents clients may send by id (`documentId` or
   * `extensions.persistedQuery.sha256Hash`); with `only`, no other document runs.
   */
  readonly trustedDocuments?: TrustedDocumentsOptions
  /** GraphQL depth, field and batch limits; each one left out takes its default. */
  readonly graphqlLimits?: Partial<QueryLimits>
  /** Where defects are reported, with the request id a caller can quote. */
  readonly logDefect?: (requestId: string, error: unknown) => void
  /**
   * Where requests refused for their form are reported (a body that is not JSON, a wrong content
   * type, an oversized batch): one line each, so a misbehaving client shows in the logs.
   */
  readonly logBadRequest?: (requestId: string, api: "trpc" | "graphql", reason: string) => void
  /**
   * Where every request's line goes once answered; none are written without it. The host passes
   * `logRequestLine` (one JSON line on standard output); tests and embedders choose.
   */
  readonly logRequest?: (line: RequestLine) => void
}

export interface ReadinessCheck {
  readonly name: string
  readonly ready: boolean
  /** What a person looking at `/ready` needs to know (a last run's time or error). */
  readonly detail?: string
}

type Env = { Variables: { requestId: string; trace: RequestTrace | undefined } }

/** The purpose a caller states for looking (`x-openpb-purpose`), recorded in the audit trail. */
const purposeOf = (request: Request): string | null => {
  const purpose = request.headers.get("x-openpb-purpose")?.trim()
  return purpose ? purpose.slice(0, 200) : null
}

const defaultLogDefect = (requestId: string, error: unknown) =>
  console.error(
    JSON.stringify({
      time: new Date().toISOString(),
      level: "error",
      requestId,
      error: String(error),
      stack: (error as Error)?.stack,
    }),
  )

const defaultLogBadRequest = (requestId: string, api: "trpc" | "graphql", reason: string) =>
  console.warn(
    JSON.stringify({
      time: new Date().toISOString(),
      level: "warn",
      event: "bad-request",
      requestId,
      api,
      reason: reason.slice(0, 300),
    }),
  )

/** Whether a request's body is declared JSON (`application/json`, parameters allowed). */
const sendsJson = (request: Request) =>
  /^application\/(graphql\+)?json\s*(;|$)/i.test(request.headers.get("content-type") ?? "")

/**
 * How many calls a tRPC request makes: `a,b,c?batch=1` is three. Commas are counted as sent,
 * plain or percent-encoded, without decoding the path (a malformed escape must not throw here).
 */
const trpcCalls = (url: URL) =>
  url.searchParams.get("batch") === "1"
    ? url.pathname.slice("/trpc/".length).split(/,|%2c/i).length
    : 1

const httpStatus = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
} as const

/** The HTTP face of a deployment: tRPC at /trpc, GraphQL at /graphql, health and readiness. */
export const makeHttpApp = <R>(options: HttpAppOptions<R>) => {
  const logDefect = options.logDefect ?? defaultLogDefect
  const logBadRequest = options.logBadRequest ?? defaultLogBadRequest
  const logRequest = options.logRequest ?? (() => {})
  const trpcMaxBatch = options.trpcMaxBatch ?? 10
  const yoga = makeYoga({
    production: options.production,
    onBadRequest: (requestId, reason) => logBadRequest(requestId, "graphql", reason),
    ...(options.trustedDocuments ? { trustedDocuments: options.trustedDocuments } : {}),
    ...(options.graphqlLimits ? { limits: options.graphqlLimits } : {}),
  })
  const app = new Hono<Env>()
  /** Each request's span and what it learns while it runs, by the request itself. */
  const traces = new WeakMap<Request, RequestTrace>()
  /** Who is calling, noted on the request's trace for its log line. */
  const actorOf = async (request: Request) => {
    const actor = await options.resolveActor(request)
    const trace = traces.get(request)
    if (trace !== undefined && actor !== undefined) trace.actor = actor
    return actor
  }

  const runFor =
    (
      actor: Actor,
      requestId: string,
      api: "trpc" | "graphql" | "http",
      request: Request,
    ): RunUseCase =>
    (effect) => {
      const trace = traces.get(request)
      if (trace !== undefined) trace.actor ??= actor
      return options.runtime
        .runPromise(
          effect.pipe(
            Effect.provideService(CurrentActor, actor),
            Effect.provideService(RequestContext, { api, requestId, purpose: purposeOf(request) }),
            (run) => (trace === undefined ? run : underRequest(trace)(run)),
          ),
        )
        .catch((error: unknown) => {
          if (!isCoreError(error)) logDefect(requestId, error)
          throw error
        })
    }

  const signIn = "Sign in: send a valid bearer token"
  const unauthorized = { error: { code: "UNAUTHORIZED", message: signIn } }
  /** The same refusal in GraphQL's response shape, so GraphQL clients can read it. */
  const unauthorizedGraphql = {
    errors: [{ message: signIn, extensions: { code: "UNAUTHORIZED" } }],
  }

  // Every request: its id, a server span the use cases it runs are children of, its metrics and
  // one log line once answered, successful or not.
  app.use("*", async (c, next) => {
    const requestId = requestIdFrom(c.req.header("x-request-id"))
    c.set("requestId", requestId)
    const started = performance.now()
    const method = c.req.method
    const matched = routePath(c, -1)
    const route = matched === "*" ? "(no route)" : matched
    let trace: RequestTrace | undefined
    const handled = Effect.useSpan(
      `${method} ${route}`,
      {
        kind: "server",
        attributes: {
          "http.request.method": method,
          "http.route": route,
          "openpb.request_id": requestId,
        },
      },
      (span) =>
        Effect.promise(async () => {
          trace = { span, children: [] }
          traces.set(c.req.raw, trace)
          c.set("trace", trace)
          await next()
          span.attribute("http.response.status_code", c.res.status)
        }).pipe(
          Effect.andThen(
            Effect.suspend(() => recordRequest(route, c.res.status, performance.now() - started)),
          ),
        ),
    )
    // Telemetry never fails a request: a failure once the request ran (a metric, say) is
    // dropped; a runtime that cannot run at all (its layers failed) is reported, and the request
    // is still answered, untraced.
    await options.runtime.runPromise(handled).catch((error: unknown) => {
      if (trace === undefined) logDefect(requestId, error)
    })
    if (trace === undefined) await next()
    c.header("x-request-id", requestId)
    logRequest({
      time: new Date().toISOString(),
      level: c.res.status >= 500 ? "error" : "info",
      event: "request",
      requestId,
      traceId: trace?.span.traceId ?? null,
      method,
      route,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      subject: trace?.actor?.subject ?? null,
      council: trace?.actor?.councilId ?? null,
      useCases: trace === undefined ? [] : useCasesOf(trace),
    })
  })

  app.use("*", secureHeaders())
  const corsOrigins = options.corsOrigins ?? []
  const anyOrigin = corsOrigins.length === 1 && corsOrigins[0] === "*"
  app.use(
    "*",
    cors({
      origin: anyOrigin ? "*" : [...corsOrigins],
      // The purpose header is the one the README invites a portal to send with each request.
      allowHeaders: ["authorization", "content-type", "x-request-id", "x-openpb-purpose"],
      exposeHeaders: ["x-request-id"],
    }),
  )
  app.use(
    "*",
    bodyLimit({
      maxSize: options.bodyLimitBytes ?? 1024 * 1024,
      onError: (c) =>
        c.json(
          { error: { code: "PAYLOAD_TOO_LARGE", message: "The request body is too large" } },
          413,
        ),
    }),
  )
  // The body limit hands on a new Request: the trace follows it.
  app.use("*", async (c, next) => {
    const trace = c.get("trace")
    if (trace !== undefined) traces.set(c.req.raw, trace)
    await next()
  })
  const allow = makeRateLimiter(options.ratePerMinute ?? 600)
  const tooMany = {
    error: { code: "TOO_MANY_REQUESTS", message: "Too many requests; try again shortly" },
  }
  const refuseTooMany = (c: Context, calls = 1) =>
    c.json(tooMany, 429, { "retry-after": String(allow.retryAfterSecondsFor(calls)) })
  const notJson = {
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: "Send the request body as JSON, with content-type application/json",
  }

  // Answers about people and their money are never kept by a browser or a shared cache.
  const noStore: MiddlewareHandler = async (c, next) => {
    await next()
    c.header("cache-control", "no-store")
  }
  app.use("/trpc/*", noStore)
  app.use("/graphql", noStore)
  app.use("/exports/*", noStore)
  app.use("/letters/*", noStore)

  app.get("/health", (c) => c.json({ status: "ok" }))

  app.get("/ready", async (c) => {
    const database = await options.runtime.runPromise(options.readiness).catch(() => false)
    const checks = [{ name: "database", ready: database }, ...(options.readinessChecks?.() ?? [])]
    const ready = checks.every((check) => check.ready)
    return c.json({ status: ready ? "ready" : "unavailable", checks }, ready ? 200 : 503)
  })

  app.all("/trpc/*", async (c) => {
    const requestId = c.get("requestId")
    const actor = await actorOf(c.req.raw)
    if (actor === undefined) return c.json(unauthorized, 401)
    if (c.req.method === "POST" && !sendsJson(c.req.raw)) {
      logBadRequest(requestId, "trpc", `content-type ${c.req.header("content-type") ?? "none"}`)
      return c.json({ error: notJson }, 415)
    }
    // A batch is refused whole before any call runs, and each call counts against the limit.
    const calls = trpcCalls(new URL(c.req.url))
    if (calls > trpcMaxBatch) {
      logBadRequest(requestId, "trpc", `a batch of ${calls} calls`)
      return c.json(
        {
          error: {
            code: "BAD_REQUEST",
            message: `A batch may hold at most ${trpcMaxBatch} calls; this one holds ${calls}`,
          },
        },
        400,
      )
    }
    if (!allow(`${actor.councilId}/${actor.subject}`, calls)) return refuseTooMany(c, calls)
    return fetchRequestHandler({
      endpoint: "/trpc",
      req: c.req.raw,
      router: appRouter,
      maxBatchSize: trpcMaxBatch,
      createContext: () => ({ run: runFor(actor, requestId, "trpc", c.req.raw), requestId }),
      // tRPC's own refusals (a body that is not JSON, an unknown procedure) leave a line; a
      // use case's refusals are answers, and its defects are logged where they are run.
      onError: ({ error }) => {
        if (error.code !== "INTERNAL_SERVER_ERROR" && !isCoreError(error.cause))
          logBadRequest(requestId, "trpc", error.message)
      },
    })
  })

  app.on(["GET", "POST"], "/graphql", async (c) => {
    const requestId = c.get("requestId")
    // GraphiQL's page itself holds no data; the queries it sends are checked like any other.
    const wantsGraphiql =
      c.req.method === "GET" && (c.req.header("accept") ?? "").includes("text/html")
    const actor = await actorOf(c.req.raw)
    if (actor === undefined && !(wantsGraphiql && !options.production)) {
      return c.json(unauthorizedGraphql, 401)
    }
    if (c.req.method === "POST" && !sendsJson(c.req.raw)) {
      logBadRequest(requestId, "graphql", `content-type ${c.req.header("content-type") ?? "none"}`)
      return c.json(
        { errors: [{ message: notJson.message, extensions: { code: notJson.code } }] },
        415,
      )
    }
    const key = actor && `${actor.councilId}/${actor.subject}`
    if (key !== undefined && !allow(key)) return refuseTooMany(c)
    const run: RunUseCase = actor
      ? runFor(actor, requestId, "graphql", c.req.raw)
      : () => Promise.reject(new Error("no actor for this request"))
    // Each operation of a batch after the first is counted once yoga has read the batch.
    const admitOperations = (operations: number) =>
      key === undefined || allow(key, operations)
        ? undefined
        : allow.retryAfterSecondsFor(operations)
    return yoga.fetch(c.req.raw, { run, requestId, admitOperations })
  })

  // GraphiQL's code, served here so its page needs no CDN; like the page, outside production only.
  if (!options.production) {
    app.get(`${defaultGraphiqlAssetsPath}/:asset`, async (c) => {
      const asset = await graphiqlAsset(c.req.param("asset"))
      if (!asset) return c.notFound()
      const headers = { etag: asset.etag, "cache-control": "no-cache" }
      if (c.req.header("if-none-match") === asset.etag) return c.body(null, 304, headers)
      return c.body(asset.body, 200, { ...headers, "content-type": asset.contentType })
    })
  }

  // A completed export's file, under the same rules as following its run over the APIs.
  app.get("/exports/:runId/file", async (c) => {
    const requestId = c.get("requestId")
    const actor = await actorOf(c.req.raw)
    if (actor === undefined) return c.json(unauthorized, 401)
    if (!allow(`${actor.councilId}/${actor.subject}`)) return refuseTooMany(c)
    try {
      const { run, bytes } = await runFor(
        actor,
        requestId,
        "http",
        c.req.raw,
      )(openExportFile({ runId: c.req.param("runId") }))
      return new Response(Stream.toReadableStream(bytes), {
        headers: {
          "content-type": formatContentType[run.format],
          "content-disposition": `attachment; filename="${run.exporterId}-${run.id}.${formatExtension[run.format]}"`,
          "x-openpb-export-rows": String(run.rowCount),
          "x-openpb-export-sha256": run.checksumSha256 ?? "",
          "x-request-id": requestId,
        },
      })
    } catch (error) {
      if (!isCoreError(error)) throw error
      return c.json({ error: describeCoreError(error) }, httpStatus[apiErrorCode(error)])
    }
  })

  // A decision's letter as a PDF, under the same rules as reading the decision over the APIs.
  app.get("/letters/:file", async (c) => {
    const requestId = c.get("requestId")
    const actor = await options.resolveActor(c.req.raw)
    if (actor === undefined) return c.json(unauthorized, 401)
    if (!allow(`${actor.councilId}/${actor.subject}`)) return refuseTooMany(c)
    const file = c.req.param("file")
    if (!file.endsWith(".pdf"))
      return c.json(
        { error: { code: "NOT_FOUND", message: "Letters are at /letters/{decisionId}.pdf" } },
        404,
      )
    try {
      const letter = await runFor(
        actor,
        requestId,
        "http",
        c.req.raw,
      )(
        getDecisionLetter({
          decisionId: file.slice(0, -".pdf".length),
          easyRead: c.req.query("easyRead") === "true",
        }),
      )
      return new Response(await letterPdf(letter), {
        headers: {
          "content-type": "application/pdf",
          "content-disposition": `inline; filename="decision-${letter.decisionId}.pdf"`,
          "x-request-id": requestId,
        },
      })
    } catch (error) {
      if (!isCoreError(error)) throw error
      return c.json({ error: describeCoreError(error) }, httpStatus[apiErrorCode(error)])
    }
  })

  app.notFound((c) =>
    c.json(
      { error: { code: "NOT_FOUND", message: `No route for ${c.req.method} ${c.req.path}` } },
      404,
    ),
  )

  app.onError((error, c) => {
    const requestId = c.get("requestId") ?? "unknown"
    logDefect(requestId, error)
    return c.json(
      { error: { code: "INTERNAL_SERVER_ERROR", message: "Unexpected error", requestId } },
      500,
    )
  })

  return app
}
