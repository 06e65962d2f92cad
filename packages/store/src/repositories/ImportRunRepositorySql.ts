import {
  BudgetId,
  CouncilId,
  type ImportedRecord,
  ImportRowProblem,
  ImportRun,
  ImportRunId,
  ImportRunRepository,
  PersonId,
  Role,
} from "@openpb/core"
import { Effect, Layer, Option, Schema } from "effect"
import { SqlClient } from "effect/sql"
import { councilScope } from "../CouncilScope.ts"
import { instantToIso, parseJson, toSafeNumber } from "./rows.ts"

interface ImportRunRow {
  readonly id: string
  readonly council_id: string
  readonly kind: string
  readonly source_system: string
  readonly file_name: string | null
  readonly file_sha256: string
  readonly status: string
  readonly requested_by: string
  readonly total_rows: unknown
  readonly processed_rows: unknown
  readonly created_rows: unknown
  readonly updated_rows: unknown
  readonly unchanged_rows: unknown
  readonly failed_rows: unknown
  readonly problems: unknown
  readonly error: string | null
  readonly started_at: unknown
  readonly finished_at: unknown
}

interface ImportSourceRow {
  readonly council_id: string
  readonly source_system: string
  readonly source_id: string
  readonly person_id: string
  readonly carer_id: string | null
  readonly journey_id: string
  readonly budget_id: string | null
  readonly row_sha256: string
  readonly row_data: unknown
  readonly first_run_id: string
  readonly last_run_id: string
}

const decodeRoles = Schema.decodeUnknownSync(Schema.Array(Role))
const decodeRun = Schema.decodeUnknownSync(ImportRun)
const encodeProblems = Schema.encodeSync(Schema.Array(ImportRowProblem))

const toRun = (row: ImportRunRow): ImportRun =>
  decodeRun({
    id: row.id,
    councilId: row.council_id,
    kind: row.kind,
    sourceSystem: row.source_system,
    fileName: row.file_name,
    fileSha256: row.file_sha256,
    dryRun: false,
    status: row.status,
    requestedBy: row.requested_by,
    counts: {
      totalRows: toSafeNumber(row.total_rows),
      processedRows: toSafeNumber(row.processed_rows),
      created: toSafeNumber(row.created_rows),
      updated: toSafeNumber(row.updated_rows),
      unchanged: toSafeNumber(row.unchanged_rows),
      failed: toSafeNumber(row.failed_rows),
    },
    problems: parseJson(row.problems),
    error: row.error,
    startedAt: instantToIso(row.started_at),
    finishedAt: row.finished_at === null ? null : instantToIso(row.finished_at),
  })

const toRecord = (row: ImportSourceRow): ImportedRecord => ({
  councilId: CouncilId.make(row.council_id),
  sourceSystem: row.source_system,
  sourceId: row.source_id,
  personId: PersonId.make(row.person_id),
  carerId: row.carer_id,
  journeyId: row.journey_id,
  budgetId: row.budget_id === null ? null : BudgetId.make(row.budget_id),
  rowSha256: row.row_sha256,
  row: parseJson(row.row_data),
  firstRunId: ImportRunId.make(row.first_run_id),
  lastRunId: ImportRunId.make(row.last_run_id),
})

export const ImportRunRepositorySql = Layer.effect(
  ImportRunRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { withCouncil } = councilScope(sql)
    return ImportRunRepository.of({
      insert: (run) =>
        sql`INSERT INTO import_runs (id, council_id, kind, source_system, file_name, file_sha256,
                                     status, requested_by, total_rows, started_at)
            VALUES (${run.id}, ${run.councilId}, ${run.kind}, ${run.sourceSystem}, ${run.fileName},
                    ${run.fileSha256}, ${run.status}, ${run.requestedBy}, ${run.counts.totalRows},
                    ${run.startedAt}::timestamptz)`.pipe(
          withCouncil(run.councilId),
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("ImportRunRepository.insert"),
        ),
      progress: (councilId, id, counts, problems) =>
        sql`UPDATE import_runs
            SET processed_rows = ${counts.processedRows}, created_rows = ${counts.created},
                updated_rows = ${counts.updated}, unchanged_rows = ${counts.unchanged},
                failed_rows = ${counts.failed},
                problems = ${JSON.stringify(encodeProblems(problems))}::jsonb
            -- Batches may finish out of order: progress never goes back.
            WHERE council_id = ${councilId} AND id = ${id} AND status = 'running'
              AND processed_rows <= ${counts.processedRows}`.pipe(
          withCouncil(councilId),
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("ImportRunRepository.progress"),
        ),
      finish: (councilId, id, outcome) =>
        sql`UPDATE import_runs
            SET status = ${outcome.status}, processed_rows = ${outcome.counts.processedRows},
                created_rows = ${outcome.counts.created}, updated_rows = ${outcome.counts.updated},
                unchanged_rows = ${outcome.counts.unchanged}, failed_rows = ${outcome.counts.failed},
                problems = ${JSON.stringify(encodeProblems(outcome.problems))}::jsonb,
                error = ${outcome.error}, finished_at = ${outcome.finishedAt}::timestamptz
            WHERE council_id = ${councilId} AND id = ${id} AND status = 'running'`.pipe(
          withCouncil(councilId),
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("ImportRunRepository.finish"),
        ),
      findById: (councilId, id) =>
        sql<ImportRunRow>`SELECT * FROM import_runs WHERE council_id = ${councilId} AND id = ${id}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => Option.map(Option.fromNullishOr(rows[0]), toRun)),
          Effect.orDie,
          Effect.withSpan("ImportRunRepository.findById"),
        ),
      list: (councilId, limit) =>
        sql<ImportRunRow>`SELECT * FROM import_runs WHERE council_id = ${councilId}
                          ORDER BY started_at DESC, id DESC LIMIT ${limit}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => rows.map(toRun)),
          Effect.orDie,
          Effect.withSpan("ImportRunRepository.list"),
        ),
      imported: (councilId, sourceSystem, sourceIds) =>
        sql<ImportSourceRow>`SELECT * FROM import_sources
                             WHERE council_id = ${councilId} AND source_system = ${sourceSystem}
                               AND source_id IN ${sql.in(sourceIds)}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => new Map(rows.map((row) => [row.source_id, toRecord(row)] as const))),
          Effect.orDie,
          Effect.withSpan("ImportRunRepository.imported"),
        ),
      peopleByNhsNumber: (councilId, nhsNumbers) =>
        sql<{ id: string; nhs_number: string }>`SELECT id, nhs_number FROM people
                             WHERE council_id = ${councilId}
                               AND nhs_number IN ${sql.in(nhsNumbers)}`.pipe(
          withCouncil(councilId),
          Effect.map(
            (rows) => new Map(rows.map((row) => [row.nhs_number, PersonId.make(row.id)] as const)),
          ),
          Effect.orDie,
          Effect.withSpan("ImportRunRepository.peopleByNhsNumber"),
        ),
      saveFile: (councilId, id, file) =>
        sql`INSERT INTO import_files (run_id, council_id, requested_roles, csv)
            VALUES (${id}, ${councilId}, ${JSON.stringify(file.requestedRoles)}::jsonb,
                    ${file.csv})`.pipe(
          withCouncil(councilId),
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("ImportRunRepository.saveFile"),
        ),
      findFile: (councilId, id) =>
        sql<{ requested_roles: unknown; csv: string }>`SELECT requested_roles, csv
            FROM import_files WHERE council_id = ${councilId} AND run_id = ${id}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) =>
            Option.map(Option.fromNullishOr(rows[0]), (row) => ({
              csv: row.csv,
              requestedRoles: decodeRoles(parseJson(row.requested_roles)),
            })),
          ),
          Effect.orDie,
          Effect.withSpan("ImportRunRepository.findFile"),
        ),
      dropFile: (councilId, id) =>
        sql`DELETE FROM import_files WHERE council_id = ${councilId} AND run_id = ${id}`.pipe(
          withCouncil(councilId),
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("ImportRunRepository.dropFile"),
        ),
      saveImported: (record) =>
        sql`INSERT INTO import_sources (council_id, source_system, source_id, person_id, carer_id,
                                        journey_id, budget_id, row_sha256, row_data, first_run_id,
                                        last_run_id)
            VALUES (${record.councilId}, ${record.sourceSystem}, ${record.sourceId},
                    ${record.personId}, ${record.carerId}, ${record.journeyId}, ${record.budgetId},
                    ${record.rowSha256}, ${JSON.stringify(record.row)}::jsonb,
                    ${record.firstRunId}, ${record.lastRunId})
            ON CONFLICT (council_id, source_system, source_id) DO UPDATE
              SET carer_id = EXCLUDED.carer_id, row_sha256 = EXCLUDED.row_sha256,
                  row_data = EXCLUDED.row_data, last_run_id = EXCLUDED.last_run_id
              -- A record is only ever the one the first run made: a second run that raced the
              -- first to create it finds nothing to update and fails its row.
              WHERE import_sources.person_id = EXCLUDED.person_id
            RETURNING 1`.pipe(
          withCouncil(record.councilId),
          Effect.flatMap((rows) =>
            rows.length === 1
              ? Effect.void
              : Effect.die(
                  new Error(
                    `source record ${record.sourceId} was imported by another run meanwhile`,
                  ),
                ),
          ),
          Effect.orDie,
          Effect.withSpan("ImportRunRepository.saveImported"),
        ),
    })
  }),
)
