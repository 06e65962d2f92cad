import { Person, PersonRepository } from "@openpb/core"
import { Effect, Layer, Option, Schema } from "effect"
import { councilScope } from "../CouncilScope.ts"
import { SqlClient } from "effect/sql"
import { instantToIso, parseJson } from "./rows.ts"

export interface PersonRow {
  readonly id: string
  readonly council_id: string
  readonly given_name: string
  readonly family_name: string
  readonly date_of_birth: string | null
  readonly created_at: unknown
  readonly nhs_number: string | null
  readonly contact: unknown
  readonly preferred_language: string | null
  readonly interpreter_needed: boolean
  readonly ethnicity: string | null
  readonly sex: string | null
  readonly equality_consented: boolean
  readonly research_consent: boolean
  readonly own_statement: string | null
}

const decodePerson = Schema.decodeUnknownSync(Person)

/** The select list `toPerson` reads (the table's columns, the date of birth as text). */
export const PERSON_COLUMNS = `id, council_id, given_name, family_name, date_of_birth::text AS date_of_birth,
  created_at, nhs_number, contact, preferred_language, interpreter_needed,
  ethnicity, sex, equality_consented, research_consent, own_statement`

export const toPerson = (row: PersonRow) =>
  decodePerson({
    id: row.id,
    councilId: row.council_id,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    createdAt: instantToIso(row.created_at),
    nhsNumber: row.nhs_number,
    contact: parseJson(row.contact),
    preferredLanguage: row.preferred_language,
    interpreterNeeded: row.interpreter_needed,
    equality: row.equality_consented ? { ethnicity: row.ethnicity, sex: row.sex } : null,
    researchConsent: row.research_consent,
    ownStatement: row.own_statement,
  })

export const PersonRepositorySql = Layer.effect(
  PersonRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { withCouncil } = councilScope(sql)
    return PersonRepository.of({
      insert: (person) =>
        sql`INSERT INTO people (id, council_id, given_name, family_name, date_of_birth, created_at, nhs_number,
                                contact, preferred_language, interpreter_needed, ethnicity, sex,
                                equality_consented, research_consent)
            VALUES (${person.id}, ${person.councilId}, ${person.givenName}, ${person.familyName},
                    ${person.dateOfBirth}::date, ${person.createdAt}::timestamptz, ${person.nhsNumber},
                    ${JSON.stringify(person.contact)}::jsonb, ${person.preferredLanguage},
                    ${person.interpreterNeeded}, ${person.equality?.ethnicity ?? null},
                    ${person.equality?.sex ?? null}, ${person.equality !== null}, ${person.researchConsent})`.pipe(
          withCouncil(person.councilId),
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("PersonRepository.insert"),
        ),
      findById: (councilId, id) =>
        sql<PersonRow>`SELECT ${sql.literal(PERSON_COLUMNS)}
                       FROM people WHERE council_id = ${councilId} AND id = ${id}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => Option.map(Option.fromNullishOr(rows[0]), toPerson)),
          Effect.orDie,
          Effect.withSpan("PersonRepository.findById"),
        ),
      update: (person) =>
        sql`UPDATE people SET contact = ${JSON.stringify(person.contact)}::jsonb,
                              preferred_language = ${person.preferredLanguage},
                              interpreter_needed = ${person.interpreterNeeded},
                              ethnicity = ${person.equality?.ethnicity ?? null},
                              sex = ${person.equality?.sex ?? null},
                              equality_consented = ${person.equality !== null},
                              own_statement = ${person.ownStatement ?? null}
            WHERE council_id = ${person.councilId} AND id = ${person.id}`.pipe(
          withCouncil(person.councilId),
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("PersonRepository.update"),
        ),
      setResearchConsent: (councilId, id, consent) =>
        sql`UPDATE people SET research_consent = ${consent} WHERE council_id = ${councilId} AND id = ${id}`.pipe(
          withCouncil(councilId),
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("PersonRepository.setResearchConsent"),
        ),
    })
  }),
)
