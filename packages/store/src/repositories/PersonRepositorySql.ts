import { CouncilId, Person, PersonId, PersonRepository } from "@openpb/core"
import { Effect, Layer, Option } from "effect"
import { SqlClient } from "effect/sql"
import { instantToIso } from "./rows.ts"

interface PersonRow {
  readonly id: string
  readonly council_id: string
  readonly given_name: string
  readonly family_name: string
  readonly date_of_birth: string | null
  readonly created_at: unknown
}

const toPerson = (row: PersonRow) =>
  new Person({
    id: PersonId.make(row.id),
    councilId: CouncilId.make(row.council_id),
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    createdAt: instantToIso(row.created_at),
  })

export const PersonRepositorySql = Layer.effect(
  PersonRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    return PersonRepository.of({
      insert: (person) =>
        sql`INSERT INTO people (id, council_id, given_name, family_name, date_of_birth, created_at)
            VALUES (${person.id}, ${person.councilId}, ${person.givenName}, ${person.familyName},
                    ${person.dateOfBirth}::date, ${person.createdAt}::timestamptz)`.pipe(
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("PersonRepository.insert"),
        ),
      findById: (councilId, id) =>
        sql<PersonRow>`SELECT id, council_id, given_name, family_name,
                              date_of_birth::text AS date_of_birth, created_at
                       FROM people WHERE council_id = ${councilId} AND id = ${id}`.pipe(
          Effect.map((rows) => Option.map(Option.fromNullishOr(rows[0]), toPerson)),
          Effect.orDie,
          Effect.withSpan("PersonRepository.findById"),
        ),
    })
  }),
)
