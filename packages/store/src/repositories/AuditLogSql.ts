import { type AuditEntry, AuditLog } from "@openpb/core"
import { Array as Arr, Effect, Layer } from "effect"
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
 * The audit trail on SQL. Every entry is stored before its record call returns: a write in the
 * caller's transaction (committed with the change or not at all), a read in the caller's
 * transaction when one is open, else in a short one of its own. Nothing waits in memory, so a
 * process killed right after answering has already recorded what it showed. Rows go to the
 * month's partition of `audit_log`; `audit_log_add_partitions` creates the coming months' ahead
 * of time (the default partition takes anything outside them).
 */
export const AuditLogSql = Layer.effect(
  AuditLog,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { transaction, useCouncil, withCouncil } = councilScope(sql)
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
    // Entries of several councils (a system job's) go in together, each under its own council.
    const record = (entries: ReadonlyArray<AuditEntry>) => {
      if (!Arr.isReadonlyArrayNonEmpty(entries)) return Effect.void
      const byCouncil = Object.values(Arr.groupBy(entries, (entry) => entry.councilId))
      if (byCouncil.length === 1) return insert(entries).pipe(withCouncil(entries[0].councilId))
      return transaction(
        Effect.forEach(
          byCouncil,
          (group) => Effect.andThen(useCouncil(group[0].councilId), insert(group)),
          { discard: true },
        ),
      )
    }
    // The coming months' partitions exist well before their first row, checked at start and
    // daily. A failure costs no row: the default partition takes what has no month of its own.
    const addPartitions = sql`SELECT audit_log_add_partitions(12)`.pipe(
      Effect.asVoid,
      Effect.catch((error) =>
        Effect.logWarning("The audit trail's coming partitions were not created", error),
      ),
    )
    yield* addPartitions
    yield* Effect.forkScoped(Effect.forever(Effect.andThen(Effect.sleep("1 day"), addPartitions)))
    return AuditLog.of({
      recordWrite: (entry) =>
        record([entry]).pipe(Effect.orDie, Effect.withSpan("AuditLog.recordWrite")),
      recordRead: (entry) =>
        record([entry]).pipe(Effect.orDie, Effect.withSpan("AuditLog.recordRead")),
      recordReads: (entries) =>
        record(entries).pipe(Effect.orDie, Effect.withSpan("AuditLog.recordReads")),
      flush: Effect.void,
      search: ({ councilId, personId, actorSubject, limit }) =>
        sql<AuditRow>`SELECT council_id, actor_subject, actor_roles, operation, kind, person_id, api, request_id,
                                 purpose, at
                          FROM audit_log WHERE council_id = ${councilId}
                          ${personId === undefined ? sql`` : sql`AND person_id = ${personId}`}
                          ${actorSubject === undefined ? sql`` : sql`AND actor_subject = ${actorSubject}`}
                          ORDER BY position DESC LIMIT ${limit}`.pipe(
          withCouncil(councilId),
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
