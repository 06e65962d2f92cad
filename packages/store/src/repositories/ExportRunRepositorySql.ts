import { ExportRun, ExportRunRepository } from "@openpb/core"
import { Effect, Layer, Option, Schema } from "effect"
import { SqlClient } from "effect/sql"
import { councilScope } from "../CouncilScope.ts"
import { instantToIso, parseJson, toSafeNumber } from "./rows.ts"

interface ExportRunRow {
  readonly id: string
  readonly council_id: string
  readonly requested_by: string
  readonly requested_roles: unknown
  readonly exporter_id: string
  readonly exporter_version: string
  readonly parameters: unknown
  readonly format: string
  readonly status: string
  readonly row_count: unknown
  readonly byte_count: unknown
  readonly checksum_sha256: string | null
  readonly location: string | null
  readonly error: string | null
  readonly started_at: unknown
  readonly finished_at: unknown
}

const decodeRun = Schema.decodeUnknownSync(ExportRun)

const toRun = (row: ExportRunRow): ExportRun =>
  decodeRun({
    id: row.id,
    councilId: row.council_id,
    requestedBy: row.requested_by,
    requestedRoles: parseJson(row.requested_roles),
    exporterId: row.exporter_id,
    exporterVersion: row.exporter_version,
    parameters: parseJson(row.parameters),
    format: row.format,
    status: row.status,
    rowCount: toSafeNumber(row.row_count),
    byteCount: toSafeNumber(row.byte_count),
    checksumSha256: row.checksum_sha256,
    location: row.location,
    error: row.error,
    startedAt: instantToIso(row.started_at),
    finishedAt: row.finished_at === null ? null : instantToIso(row.finished_at),
  })

export const ExportRunRepositorySql = Layer.effect(
  ExportRunRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { withCouncil } = councilScope(sql)
    return ExportRunRepository.of({
      insert: (run) =>
        sql`INSERT INTO export_runs (id, council_id, requested_by, requested_roles, exporter_id,
                                     exporter_version, parameters, format, status, row_count,
                                     byte_count, started_at)
            VALUES (${run.id}, ${run.councilId}, ${run.requestedBy},
                    ${JSON.stringify(run.requestedRoles)}::jsonb, ${run.exporterId},
                    ${run.exporterVersion}, ${JSON.stringify(run.parameters)}::jsonb, ${run.format},
                    ${run.status}, ${run.rowCount}, ${run.byteCount},
                    ${run.startedAt}::timestamptz)`.pipe(
          withCouncil(run.councilId),
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("ExportRunRepository.insert"),
        ),
      progress: (councilId, id, rowCount) =>
        sql`UPDATE export_runs SET row_count = ${rowCount}
            WHERE council_id = ${councilId} AND id = ${id} AND status = 'running'`.pipe(
          withCouncil(councilId),
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("ExportRunRepository.progress"),
        ),
      finish: (councilId, id, outcome) =>
        sql`UPDATE export_runs
            SET status = ${outcome.status}, row_count = ${outcome.rowCount},
                byte_count = ${outcome.byteCount}, checksum_sha256 = ${outcome.checksumSha256},
                location = ${outcome.location}, error = ${outcome.error},
                finished_at = ${outcome.finishedAt}::timestamptz
            WHERE council_id = ${councilId} AND id = ${id} AND status = 'running'`.pipe(
          withCouncil(councilId),
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("ExportRunRepository.finish"),
        ),
      findById: (councilId, id) =>
        sql<ExportRunRow>`SELECT * FROM export_runs WHERE council_id = ${councilId} AND id = ${id}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => Option.map(Option.fromNullishOr(rows[0]), toRun)),
          Effect.orDie,
          Effect.withSpan("ExportRunRepository.findById"),
        ),
    })
  }),
)
