import {
  DirectoryEntry,
  DirectoryEntryContent,
  type DirectoryEntryId,
  DirectoryRepository,
  type DirectoryUpsert,
} from "@openpb/core"
import { Effect, Layer, Option, Schema } from "effect"
import { SqlClient } from "effect/sql"
import { councilScope } from "../CouncilScope.ts"
import { instantToIso, parseJson } from "./rows.ts"

interface EntryRow {
  readonly id: string
  readonly council_id: string
  readonly data: unknown
  readonly updated_at: unknown
}

const decodeEntry = Schema.decodeUnknownSync(DirectoryEntry)
const encodeContent = Schema.encodeSync(DirectoryEntryContent)

const toEntry = (row: EntryRow) =>
  decodeEntry({
    ...parseJson<object>(row.data),
    id: row.id,
    councilId: row.council_id,
    updatedAt: instantToIso(row.updated_at),
  })

/** The entry's content, without the id, council and time the table keeps in columns. */
const contentOf = (entry: DirectoryEntry) => {
  const { id: _id, councilId: _council, updatedAt: _at, ...content } = entry
  return encodeContent(content)
}

const lower = (values: ReadonlyArray<string>) => values.map((v) => v.toLowerCase())

/** Everything free text is matched against, in lower case. */
const searchTextOf = (entry: DirectoryEntry) =>
  [
    entry.name,
    entry.description,
    entry.organisation.name,
    entry.eligibility ?? "",
    entry.fees ?? "",
    ...entry.culturalFit,
    ...entry.keywords,
    ...entry.languages,
    ...entry.areas,
  ]
    .join("\n")
    .toLowerCase()

/** A LIKE pattern matching the text anywhere, its own `%`, `_` and `\` taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

export const DirectoryRepositorySql = Layer.effect(
  DirectoryRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { withCouncil } = councilScope(sql)
    // Sent as one JSON parameter: both drivers bind it the same way.
    const textArray = (values: ReadonlyArray<string>) =>
      sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`
    return DirectoryRepository.of({
      search: (councilId, filter) =>
        sql<EntryRow>`
          SELECT id, council_id, data, updated_at FROM directory_entries
           WHERE council_id = ${councilId}
             ${filter.words.reduce((and, word) => sql`${and} AND search_text LIKE ${containing(word)}`, sql``)}
             ${filter.postcodeDistrict === undefined ? sql`` : sql`AND ${filter.postcodeDistrict.toUpperCase()} = ANY(postcode_districts)`}
             ${filter.areaName === undefined ? sql`` : sql`AND ${filter.areaName.toLowerCase()} = ANY(areas)`}
             ${filter.language === undefined ? sql`` : sql`AND ${filter.language.toLowerCase()} = ANY(languages)`}
             ${filter.category === undefined ? sql`` : sql`AND ${filter.category} = ANY(categories)`}
             ${filter.kind === undefined ? sql`` : sql`AND kind = ${filter.kind}`}
             ${
               filter.after === undefined
                 ? sql``
                 : sql`AND (name COLLATE "C", id) > (SELECT name COLLATE "C", id FROM directory_entries
                                                      WHERE council_id = ${councilId} AND id = ${filter.after})`
             }
           ORDER BY name COLLATE "C", id
           LIMIT ${filter.limit}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => rows.map(toEntry)),
          Effect.orDie,
          Effect.withSpan("DirectoryRepository.search"),
        ),
      findById: (councilId, id) =>
        sql<EntryRow>`SELECT id, council_id, data, updated_at FROM directory_entries
                       WHERE council_id = ${councilId} AND id = ${id}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => Option.map(Option.fromNullishOr(rows[0]), toEntry)),
          Effect.orDie,
        ),
      existing: (councilId, ids) =>
        sql<{ id: string }>`SELECT id::text AS id FROM directory_entries
                             WHERE council_id = ${councilId} AND id::text IN ${sql.in(ids)}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => rows.map((row) => row.id as DirectoryEntryId)),
          Effect.orDie,
        ),
      upsert: (entry) =>
        // One statement: a new service is inserted; a known one is updated only when its
        // document differs (jsonb compares by value), and is otherwise not touched at all.
        sql<{ inserted: boolean }>`
          INSERT INTO directory_entries (id, council_id, source_id, kind, name, data, languages,
                                         postcode_districts, areas, categories, search_text, updated_at)
          VALUES (${entry.id}, ${entry.councilId}, ${entry.sourceId}, ${entry.kind}, ${entry.name},
                  ${JSON.stringify(contentOf(entry))}::jsonb, ${textArray(lower(entry.languages))},
                  ${textArray(entry.locations.flatMap((l) => (l.postcodeDistrict === null ? [] : [l.postcodeDistrict])))},
                  ${textArray(lower(entry.areas))}, ${textArray(entry.categories)},
                  ${searchTextOf(entry)}, ${entry.updatedAt}::timestamptz)
          ON CONFLICT (council_id, source_id) DO UPDATE
             SET kind = EXCLUDED.kind, name = EXCLUDED.name, data = EXCLUDED.data,
                 languages = EXCLUDED.languages, postcode_districts = EXCLUDED.postcode_districts,
                 areas = EXCLUDED.areas, categories = EXCLUDED.categories,
                 search_text = EXCLUDED.search_text, updated_at = EXCLUDED.updated_at
           WHERE directory_entries.data IS DISTINCT FROM EXCLUDED.data
          RETURNING (xmax::text = '0') AS inserted`.pipe(
          withCouncil(entry.councilId),
          Effect.map((rows): DirectoryUpsert => {
            const [row] = rows
            if (row === undefined) return "unchanged"
            return row.inserted ? "added" : "updated"
          }),
          Effect.orDie,
        ),
    })
  }),
)
