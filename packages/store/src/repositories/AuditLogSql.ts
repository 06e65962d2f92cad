import { type AuditEntry, AuditLog } from "@openpb/core"
import { Array as Arr, Effect, Layer, Semaphore } from "effect"
import { councilScope } from "../CouncilScope.ts"
import { SqlClient } from "effect/sql"
import { instantToIso } from "./rows.ts"

interface AuditRow {
  readonly council_id: string
  readonly actor_subject: string
  readonly actor_roles: ReadonlyArray<string> | string
  readonly operation: string
  readonly kind: "read" | "write"
  readonly person_id: string | null
  readonly api: string
  readonly request_id: string
  readonly purpose: string | null
  readonly at: unknown
}

const toRow = (e: AuditEntry) => ({
  council_id: e.councilId,
  actor_subject: e.actorSubject,
  actor_roles: e.actorRoles,
  operation: e.operation,
  kind: e.kind,
  person_id: e.personId,
  api: e.api,
  request_id: e.requestId,
  purpose: e.purpose,
  at: e.at,
})

const parseRoles = (roles: ReadonlyArray<string> | string) =>
  typeof roles === "string"
    ? roles
        .replace(/^\{|\}$/g, "")
        .split(",")
        .filter(Boolean)
    : roles

/**
 * The audit trail on SQL. Writes go in with the caller's transaction; reads are queued in
 * memory and written in batches every quarter of a second (and when the layer closes), so a
 * read costs no extra round trip.
 */
export const AuditLogSql = Layer.effect(
  AuditLog,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { transaction, useCouncil, withCouncil } = councilScope(sql)
    let queued: Array<AuditEntry> = []
    // One statement text whatever the batch's size: the rows travel as one JSON parameter.
    // A VALUES list per size would be a different prepared statement for every batch size,
    // each kept (with its text) by every pooled connection and by its backend.
    const insert = (entries: Arr.NonEmptyReadonlyArray<AuditEntry>) =>
      sql`INSERT INTO audit_log (council_id, actor_subject, actor_roles, operation, kind, person_id,
                                 api, request_id, purpose, at)
          SELECT council_id, actor_subject, actor_roles, operation, kind, person_id, api,
                 request_id, purpose, at
          FROM jsonb_to_recordset(${JSON.stringify(Arr.map(entries, toRow))}::jsonb)
            AS entry(council_id text, actor_subject text, actor_roles text[], operation text,
                     kind text, person_id text, api text, request_id text, purpose text,
                     at timestamptz)`.pipe(Effect.asVoid)
    // One flush at a time: a flush that finds the queue already taken by the timer's flush
    // waits for it to commit, so once any flush returns, every read recorded before it is stored.
    const oneAtATime = yield* Semaphore.make(1)
    // One transaction for the batch, each council's reads inserted under that council.
    const flush = Effect.suspend(() => {
      const batch = queued
      queued = []
      if (batch.length === 0) return Effect.void
      const byCouncil = Object.values(Arr.groupBy(batch, (entry) => entry.councilId))
      return transaction(
        Effect.forEach(
          byCouncil,
          (entries) => Effect.andThen(useCouncil(entries[0].councilId), insert(entries)),
          { discard: true },
        ),
      ).pipe(Effect.orDie)
    }).pipe(oneAtATime.withPermits(1), Effect.withSpan("AuditLog.flush"))
    yield* Effect.forkScoped(Effect.forever(Effect.sleep("250 millis").pipe(Effect.andThen(flush))))
    yield* Effect.addFinalizer(() => flush)
    return AuditLog.of({
      recordWrite: (entry) =>
        insert([entry]).pipe(
          withCouncil(entry.councilId),
          Effect.orDie,
          Effect.withSpan("AuditLog.recordWrite"),
        ),
      recordRead: (entry) =>
        Effect.suspend(() => {
          queued.push(entry)
          return queued.length >= 1_000 ? flush : Effect.void
        }),
      flush,
      search: ({ councilId, personId, actorSubject, limit }) =>
        flush.pipe(
          Effect.andThen(
            sql<AuditRow>`SELECT council_id, actor_subject, actor_roles, operation, kind, person_id, api, request_id,
                                 purpose, at
                          FROM audit_log WHERE council_id = ${councilId}
                          ${personId === undefined ? sql`` : sql`AND person_id = ${personId}`}
                          ${actorSubject === undefined ? sql`` : sql`AND actor_subject = ${actorSubject}`}
                          ORDER BY position DESC LIMIT ${limit}`.pipe(withCouncil(councilId)),
          ),
          Effect.map((rows) =>
            rows.map(
              (r): AuditEntry => ({
                councilId: r.council_id as AuditEntry["councilId"],
                actorSubject: r.actor_subject,
                actorRoles: parseRoles(r.actor_roles),
                operation: r.operation,
                kind: r.kind,
                personId: r.person_id,
                api: r.api,
                requestId: r.request_id,
                purpose: r.purpose,
                at: instantToIso(r.at),
              }),
            ),
          ),
          Effect.orDie,
        ),
    })
  }),
)
