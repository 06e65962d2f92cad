import {
  type Actor,
  Carer,
  CarerRepository,
  ConsentScope,
  Journey,
  linesContractedTo,
  noRelation,
  type PersonId,
  Relationships,
} from "@openpb/core"
import { Effect, Layer, Option, Schema } from "effect"
import { parseJson, updatedOne } from "./rows.ts"
import { councilScope } from "../CouncilScope.ts"
import { SqlClient } from "effect/sql"

interface CarerRow {
  readonly id: string
  readonly council_id: string
  readonly person_id: string
  readonly name: string
  readonly relationship: string
  readonly subject: string | null
  readonly consent_scopes: ReadonlyArray<string>
  readonly nominated_person: boolean
  readonly willingness: unknown
  readonly version: number
}

const decodeCarer = Schema.decodeUnknownSync(Carer)
const decodeScopes = Schema.decodeUnknownSync(Schema.Array(ConsentScope))
const toCarer = (row: CarerRow) =>
  decodeCarer({
    id: row.id,
    councilId: row.council_id,
    personId: row.person_id,
    name: row.name,
    relationship: row.relationship,
    subject: row.subject,
    consentScopes: row.consent_scopes,
    nominatedPerson: row.nominated_person,
    ...(row.willingness === null ? {} : { willingness: parseJson(row.willingness) }),
    version: row.version,
  })

export const CarerRepositorySql = Layer.effect(
  CarerRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { withCouncil } = councilScope(sql)
    // Sent as one JSON parameter: both drivers bind it the same way.
    const scopesArray = (c: Carer) =>
      sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(c.consentScopes)}::jsonb))`
    return CarerRepository.of({
      insert: (c) =>
        sql`INSERT INTO carers (id, council_id, person_id, name, relationship, subject, consent_scopes,
                                nominated_person, version)
            VALUES (${c.id}, ${c.councilId}, ${c.personId}, ${c.name}, ${c.relationship}, ${c.subject},
                    ${scopesArray(c)}, ${c.nominatedPerson}, ${c.version})`.pipe(
          withCouncil(c.councilId),
          Effect.asVoid,
          Effect.orDie,
        ),
      update: (c) =>
        sql<{
          id: string
        }>`UPDATE carers SET consent_scopes = ${scopesArray(c)},
                              willingness = ${c.willingness === undefined || c.willingness === null ? null : JSON.stringify(c.willingness)}::jsonb, nominated_person = ${c.nominatedPerson},
                              subject = ${c.subject}, version = ${c.version}
                            WHERE council_id = ${c.councilId} AND id = ${c.id} AND version = ${c.version - 1}
                            RETURNING id`.pipe(
          withCouncil(c.councilId),
          Effect.orDie,
          Effect.flatMap(updatedOne("Carer", c.id, c.version - 1)),
        ),
      findById: (councilId, id) =>
        sql<CarerRow>`SELECT * FROM carers WHERE council_id = ${councilId} AND id = ${id}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => Option.map(Option.fromNullishOr(rows[0]), toCarer)),
          Effect.orDie,
        ),
      listForPerson: (councilId, personId) =>
        sql<CarerRow>`SELECT * FROM carers WHERE council_id = ${councilId} AND person_id = ${personId} ORDER BY id`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => rows.map(toCarer)),
          Effect.orDie,
        ),
    })
  }),
)

const decodeJourney = Schema.decodeUnknownSync(Journey)

/**
 * How an actor stands towards a person, read from carers and journeys in one query (and, for a
 * provider, the person's journeys whose approved plans name it, to find the lines it holds).
 */
export const RelationshipsSql = Layer.effect(
  Relationships,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { withCouncil } = councilScope(sql)
    const contractedLines = (actor: Actor, personId: PersonId) =>
      actor.has("provider")
        ? sql<{ data: unknown }>`
            SELECT data FROM journeys WHERE council_id = ${actor.councilId} AND person_id = ${personId}
               AND ${actor.subject} = ANY(contracted_providers)`.pipe(
            withCouncil(actor.councilId),
            Effect.map((rows) =>
              rows.flatMap((row) =>
                linesContractedTo(decodeJourney(parseJson(row.data)), actor.subject),
              ),
            ),
            Effect.orDie,
          )
        : Effect.succeed([])
    return Relationships.of({
      relationTo: (actor, personId) =>
        sql<{
          carer_scopes: ReadonlyArray<string> | null
          caseload: boolean
          assigned_adviser: boolean
        }>`
          SELECT
            (SELECT array_agg(DISTINCT scope) FROM carers, unnest(consent_scopes) AS scope
              WHERE council_id = ${actor.councilId} AND person_id = ${personId}
                AND subject = ${actor.subject}) AS carer_scopes,
            EXISTS (SELECT 1 FROM journeys WHERE council_id = ${actor.councilId} AND person_id = ${personId}
                      AND practitioner = ${actor.subject}) AS caseload,
            EXISTS (SELECT 1 FROM journeys WHERE council_id = ${actor.councilId} AND person_id = ${personId}
                      AND adviser = ${actor.subject}) AS assigned_adviser`.pipe(
          withCouncil(actor.councilId),
          Effect.orDie,
          Effect.flatMap((rows) =>
            Effect.map(contractedLines(actor, personId), (lines) => ({
              ...noRelation,
              self: actor.personId === personId && actor.has("person"),
              carerScopes: actor.has("carer") ? decodeScopes(rows[0]?.carer_scopes ?? []) : [],
              caseload: Boolean(rows[0]?.caseload),
              assignedAdviser: Boolean(rows[0]?.assigned_adviser),
              contractedLines: lines,
            })),
          ),
          Effect.withSpan("Relationships.relationTo"),
        ),
    })
  }),
)
