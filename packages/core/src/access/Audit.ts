import { IsoInstant, nowIso } from "../model/Time.ts"
import { Context, Effect, Schema } from "effect"
import { CurrentActor } from "../model/Actor.ts"
import { CouncilId } from "../model/Ids.ts"

/** Which door a request came in by, and its id, set by the server for each request. */
export class RequestContext extends Context.Service<
  RequestContext,
  {
    readonly api: "trpc" | "graphql" | "http" | "cli" | "system"
    readonly requestId: string
    /** Why the actor is looking, where their role must say (e.g. an auditor's case reference). */
    readonly purpose: string | null
  }
>()("@openpb/core/RequestContext") {}

export const AuditEntry = Schema.Struct({
  councilId: CouncilId,
  actorSubject: Schema.String,
  actorRoles: Schema.Array(Schema.String),
  operation: Schema.String,
  kind: Schema.Literals(["read", "write"]),
  personId: Schema.NullOr(Schema.String),
  api: Schema.String,
  requestId: Schema.String,
  purpose: Schema.NullOr(Schema.String),
  at: IsoInstant,
}).annotate({ identifier: "AuditEntry" })
export type AuditEntry = typeof AuditEntry.Type

/**
 * The append-only audit trail. A write is recorded in the same transaction as the change (so a
 * failed command leaves no record of a change that did not happen). A read is stored before
 * `recordRead` returns, so before the answer leaves: a process killed after answering has
 * already recorded what it showed.
 */
export class AuditLog extends Context.Service<
  AuditLog,
  {
    recordWrite(entry: AuditEntry): Effect.Effect<void>
    recordRead(entry: AuditEntry): Effect.Effect<void>
    /** Several reads in one statement: a list names each person it showed, one row each. */
    recordReads(entries: ReadonlyArray<AuditEntry>): Effect.Effect<void>
    search(query: {
      readonly councilId: CouncilId
      readonly personId?: string
      readonly actorSubject?: string
      readonly limit: number
    }): Effect.Effect<ReadonlyArray<AuditEntry>>
    /**
     * Waits for reads still on their way to storage. Reads are stored as they are recorded, so
     * nothing waits; kept for callers that flush before searching.
     */
    readonly flush: Effect.Effect<void>
  }
>()("@openpb/core/AuditLog") {}

export const noRequestContext = { api: "system" as const, requestId: "none", purpose: null }

export const currentRequest = Effect.map(Effect.serviceOption(RequestContext), (option) =>
  option._tag === "Some" ? option.value : noRequestContext,
)

/**
 * Records that a list showed these people: one read row per person, so each appears in "who
 * saw my record", stored before the list is answered. A list use case calls it with the page it
 * is about to return (its access check has already recorded the list itself, naming no one).
 */
export const recordShown = Effect.fnUntraced(function* (
  operation: string,
  personIds: Iterable<string>,
) {
  const actor = yield* CurrentActor
  const request = yield* currentRequest
  const at = yield* nowIso
  const entries = [...new Set(personIds)].map(
    (personId): AuditEntry => ({
      councilId: actor.councilId,
      actorSubject: actor.subject,
      actorRoles: actor.roles,
      operation,
      kind: "read",
      personId,
      api: request.api,
      requestId: request.requestId,
      purpose: request.purpose,
      at,
    }),
  )
  if (entries.length > 0) yield* (yield* AuditLog).recordReads(entries)
})

/** Every person a value names: each `personId` in it, at any depth (a page's items, say). */
export const personIdsIn = (value: unknown): ReadonlySet<string> => {
  const found = new Set<string>()
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item)
    } else if (typeof node === "object" && node !== null) {
      for (const [key, field] of Object.entries(node)) {
        if (key === "personId" && typeof field === "string") found.add(field)
        else visit(field)
      }
    }
  }
  visit(value)
  return found
}

/**
 * Runs a query with its audit entries held back, then stores them in one statement once it has
 * answered, before the answer leaves. A query refused or failing part-way (a person of another
 * council not found after the access check) leaves no row claiming it showed anything. Every
 * entry is a read whatever its action's name (`audit.own-record`, `ledger.monitor`): a query
 * changes nothing.
 */
export const auditAsQuery = <A, E, R>(query: Effect.Effect<A, E, R>) =>
  Effect.gen(function* () {
    const log = yield* AuditLog
    const held: Array<AuditEntry> = []
    const hold = (entries: ReadonlyArray<AuditEntry>) =>
      Effect.sync(() => {
        for (const entry of entries) held.push({ ...entry, kind: "read" })
      })
    const answer = yield* Effect.provideService(
      query,
      AuditLog,
      AuditLog.of({
        recordWrite: (entry) => hold([entry]),
        recordRead: (entry) => hold([entry]),
        recordReads: hold,
        search: log.search,
        flush: log.flush,
      }),
    )
    yield* log.recordReads(held)
    return answer
  })
