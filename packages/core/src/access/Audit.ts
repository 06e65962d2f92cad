import { IsoInstant } from "../model/Time.ts"
import { Context, Effect, Schema } from "effect"
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
 * failed command leaves no record of a change that did not happen); reads are queued and
 * written in batches, off the read path.
 */
export class AuditLog extends Context.Service<
  AuditLog,
  {
    recordWrite(entry: AuditEntry): Effect.Effect<void>
    recordRead(entry: AuditEntry): Effect.Effect<void>
    search(query: {
      readonly councilId: CouncilId
      readonly personId?: string
      readonly actorSubject?: string
      readonly limit: number
    }): Effect.Effect<ReadonlyArray<AuditEntry>>
    /** Writes out queued reads now (tests and shutdown). */
    readonly flush: Effect.Effect<void>
  }
>()("@openpb/core/AuditLog") {}

export const noRequestContext = { api: "system" as const, requestId: "none", purpose: null }

export const currentRequest = Effect.map(Effect.serviceOption(RequestContext), (option) =>
  option._tag === "Some" ? option.value : noRequestContext,
)
