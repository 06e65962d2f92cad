import type { Actor } from "@openpb/core"
import { Effect, Metric, Option, Tracer } from "effect"

/**
 * What one request leaves in the log: when, who (the actor's subject, an opaque id, never a
 * name), which use cases it ran, how it ended and how long it took. No input, no answer, no
 * query string: nothing about the people a request is about.
 */
export interface RequestLine {
  readonly time: string
  readonly level: "info" | "error"
  readonly event: "request"
  readonly requestId: string
  readonly traceId: string | null
  readonly method: string
  /** The route as registered (`/exports/:runId/file`), not the path, which may hold ids. */
  readonly route: string
  readonly status: number
  readonly durationMs: number
  readonly subject: string | null
  readonly council: string | null
  readonly useCases: ReadonlyArray<string>
}

/** Lines waiting for the current turn of the event loop to end. */
let pendingLines: Array<string> = []

const flushRequestLines = () => {
  if (pendingLines.length === 0) return
  const text = pendingLines.join("")
  pendingLines = []
  process.stdout.write(text)
}

let flushOnExit = false

/**
 * One JSON line per request on standard output. The lines of the requests answered in one turn
 * of the event loop are written together once it ends: a write to a pipe or a file is a system
 * call that blocks the process, and one per request was the largest single cost of a small read
 * after the database's own round trips. A line waits at most for that turn; the process writes
 * what is left when it exits.
 */
export const logRequestLine = (line: RequestLine) => {
  if (pendingLines.length === 0) setImmediate(flushRequestLines)
  pendingLines.push(`${JSON.stringify(line)}\n`)
  if (!flushOnExit) {
    flushOnExit = true
    process.once("exit", flushRequestLines)
  }
}

/** A request while it runs: its span, and what it learns of who called and what ran. */
export interface RequestTrace {
  readonly span: Tracer.Span
  readonly children: Array<Tracer.Span>
  actor?: Actor
}

/**
 * Runs a use case as a child of its request's span, so a request is one trace however many use
 * cases it runs (a GraphQL query may run several), and notes each span opened directly under
 * the request: the use cases, named by their own spans (`UseCase.<name>`, with the
 * `openpb.use_case` attribute), which `useCases.ts` derives from the contracts.
 */
export const underRequest =
  (trace: RequestTrace) =>
  <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
    Effect.flatMap(Effect.tracer, (inner) =>
      effect.pipe(
        Effect.withParentSpan(trace.span),
        Effect.withTracer(
          Tracer.make({
            span(options) {
              const span = inner.span(options)
              if (Option.isSome(options.parent) && options.parent.value === trace.span)
                trace.children.push(span)
              return span
            },
            context: inner.context,
          }),
        ),
      ),
    )

/** The use cases a request ran, in order, each named once. */
export const useCasesOf = (trace: RequestTrace): ReadonlyArray<string> => [
  ...new Set(
    trace.children.map((span) => {
      const name = span.attributes.get("openpb.use_case")
      return typeof name === "string" ? name : span.name
    }),
  ),
]

const requests = Metric.counter("openpb.http.requests", {
  description: "HTTP requests answered, by route and status",
  incremental: true,
})

const duration = Metric.histogram("openpb.http.request.duration", {
  description: "How long HTTP requests took to answer, in milliseconds, by route",
  boundaries: [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000],
})

/** Counts an answered request and records how long it took. */
export const recordRequest = (route: string, status: number, durationMs: number) =>
  Effect.andThen(
    Metric.update(Metric.withAttributes(requests, { route, status: String(status) }), 1),
    Metric.update(Metric.withAttributes(duration, { route }), durationMs),
  )
