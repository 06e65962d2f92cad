import {
  approvedLinesOf,
  type Journey,
  type ReturnsJourneyRecord,
  type ReturnsPlanLine,
  ReturnsSource,
} from "@openpb/core"
import { Effect, Layer } from "effect"
import { SqlClient } from "effect/sql"
import { councilScope } from "../CouncilScope.ts"
import { asAtTables } from "./asAt.ts"
import { parseJson } from "./rows.ts"

interface ReturnsJourneyRow {
  readonly id: string
  readonly council_id: string
  readonly person_id: string
  readonly stage: string
  readonly opened_on: string
  readonly updated_on: string
  readonly data: unknown
  readonly given_name: string
  readonly family_name: string
  readonly date_of_birth: string | null
  readonly nhs_number: string | null
  readonly contact: unknown
  readonly sex: string | null
  readonly ethnicity: string | null
  readonly research_consent: boolean
  readonly has_carer: boolean
  readonly decisions: unknown
}

interface DecisionDate {
  readonly id: string
  readonly outcome: string
  readonly on: string
}

const londonDate = (column: string) =>
  `to_char((${column} AT TIME ZONE 'Europe/London')::date, 'YYYY-MM-DD')`

/**
 * A journey with its person, whether a carer is recorded, and the London date and outcome of
 * each of the person's decisions (steps point at decisions; the decision holds when it was made).
 * Both subqueries name the council so they use the (council_id, person_id) indexes.
 */
const SELECT = `j.id::text AS id, j.council_id, j.person_id::text AS person_id, j.stage, j.data,
  ${londonDate("j.opened_at")} AS opened_on, ${londonDate("j.updated_at")} AS updated_on,
  p.given_name, p.family_name, to_char(p.date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
  p.nhs_number, p.contact, p.sex, p.ethnicity, p.research_consent,
  EXISTS (SELECT 1 FROM carers c WHERE c.council_id = j.council_id AND c.person_id = j.person_id) AS has_carer,
  (SELECT coalesce(jsonb_agg(jsonb_build_object('id', d.id::text, 'outcome', d.outcome,
            'on', ${londonDate("d.made_at")})), '[]'::jsonb)
     FROM decisions d WHERE d.council_id = j.council_id AND d.person_id = j.person_id) AS decisions`

const toRecord = (row: ReturnsJourneyRow): ReturnsJourneyRecord => {
  const journey = parseJson<typeof Journey.Encoded>(row.data)
  const decisions = new Map(
    parseJson<ReadonlyArray<DecisionDate>>(row.decisions).map((d) => [d.id, d]),
  )
  const decided = (id: string | null | undefined) =>
    id === null || id === undefined ? undefined : decisions.get(id)
  const eligibility = decided(journey.eligibilityDecisionId)
  const domains = new Map(
    (journey.plans.at(-1)?.content.outcomes ?? []).map((o) => [o.id, o.domain as string]),
  )
  return {
    id: row.id,
    councilId: row.council_id,
    person: {
      id: row.person_id,
      givenName: row.given_name,
      familyName: row.family_name,
      dateOfBirth: row.date_of_birth,
      nhsNumber: row.nhs_number,
      address: parseJson<{ address: string | null }>(row.contact).address ?? null,
      sex: row.sex,
      ethnicity: row.ethnicity,
      researchConsent: row.research_consent,
      hasCarer: row.has_carer,
    },
    stage: row.stage,
    openedOn: row.opened_on,
    requestedOn: journey.requestedOn ?? row.opened_on,
    updatedOn: row.updated_on,
    referralSource: journey.referral.source,
    caresFor: journey.caresFor ?? null,
    assessment: journey.assessment
      ? {
          from: journey.assessment.period.from,
          to: journey.assessment.period.to,
          detentions: journey.assessment.detentions,
          healthGrounds: journey.assessment.healthGrounds,
        }
      : journey.carerAssessment
        ? {
            from: journey.carerAssessment.period.from,
            to: journey.carerAssessment.period.to,
            detentions: [],
            healthGrounds: [],
          }
        : null,
    eligibility: eligibility ? { outcome: eligibility.outcome, decidedOn: eligibility.on } : null,
    informationAndAdviceGiven: journey.informationAndAdvice !== undefined,
    financialAssessedOn: decided(journey.financial?.decisionId)?.on ?? null,
    healthEligible: journey.healthEligible,
    approvedOn: decided(journey.approved?.decisionId)?.on ?? null,
    approvedLines: approvedLinesOf(journey).map(
      (l): ReturnsPlanLine => ({
        id: l.id,
        category: l.category,
        fundingStream: l.fundingStream,
        deliveryMechanism: l.deliveryMechanism,
        unitCostPence: l.unitCostPence,
        unitsPerPeriod: l.unitsPerPeriod,
        frequency: l.frequency,
      }),
    ),
    suspendedFrom: journey.suspension?.from ?? null,
    reviews: journey.reviews.map((r) => ({
      id: r.id,
      trigger: r.trigger,
      dueDate: r.dueDate,
      status: r.status,
      completedOn: r.completedOn,
      outcome: r.outcome,
      attainments: r.progress.map((p) => ({
        outcomeId: p.outcomeId,
        domain: domains.get(p.outcomeId) ?? null,
        attainment: p.attainment,
      })),
      wellbeing: r.wellbeing
        ? { instrument: r.wellbeing.instrument, scored: r.wellbeing.scored }
        : null,
    })),
    ending: journey.ending ? { reason: journey.ending.reason, on: journey.ending.on } : null,
  }
}

export const ReturnsSourceSql = Layer.effect(
  ReturnsSource,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { withCouncil } = councilScope(sql)
    return ReturnsSource.of({
      journeys: (q) =>
        sql<ReturnsJourneyRow>`${asAtTables(sql, q.councilId, q.asAt, ["journeys", "people", "carers"], { table: "journeys", id: q.afterId })}SELECT ${sql.literal(SELECT)}
          FROM journeys j JOIN people p ON p.id = j.person_id
          WHERE j.council_id = ${q.councilId}
          ${q.afterId === undefined ? sql`` : sql`AND j.id > ${q.afterId}::uuid`}
          ${q.openedOnOrBefore === undefined ? sql`` : sql`AND j.opened_at < ((${q.openedOnOrBefore}::date + 1)::timestamp AT TIME ZONE 'Europe/London')`}
          ${q.researchConsentOnly ? sql`AND p.research_consent` : sql``}
          ORDER BY j.id LIMIT ${q.limit}`.pipe(
          withCouncil(q.councilId),
          Effect.map((rows) => rows.map(toRecord)),
          Effect.orDie,
          Effect.withSpan("ReturnsSource.journeys"),
        ),
    })
  }),
)
