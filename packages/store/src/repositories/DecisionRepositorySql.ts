import { Challenge, ChallengeRepository, Decision, DecisionRepository } from "@openpb/core"
import { Effect, Layer, Option, Schema } from "effect"
import { councilScope } from "../CouncilScope.ts"
import { SqlClient } from "effect/sql"
import { instantToIso, parseJson, updatedOne } from "./rows.ts"

interface DecisionRow {
  readonly id: string
  readonly council_id: string
  readonly person_id: string
  readonly subject_type: string
  readonly subject_id: string
  readonly kind: string
  readonly outcome: string
  readonly reasons: unknown
  readonly policy_id: string
  readonly policy_version: string
  readonly inputs: unknown
  readonly amounts: unknown
  readonly confirmed_by: string
  readonly made_at: unknown
  readonly challenge_how: string
  readonly challenge_deadline: string
  readonly challenge_routes: unknown
  readonly challenge_basis: unknown
  readonly supersedes: string | null
  readonly flags: ReadonlyArray<string>
  readonly allocation: unknown
}

const decodeDecision = Schema.decodeUnknownSync(Decision)

const toDecision = (row: DecisionRow) =>
  decodeDecision({
    id: row.id,
    councilId: row.council_id,
    personId: row.person_id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    kind: row.kind,
    outcome: row.outcome,
    reasons: parseJson(row.reasons),
    policy: { id: row.policy_id, version: row.policy_version },
    inputs: parseJson(row.inputs),
    amounts: parseJson(row.amounts),
    confirmedBy: row.confirmed_by,
    madeAt: instantToIso(row.made_at),
    challenge: {
      how: row.challenge_how,
      deadline: row.challenge_deadline,
      ...(row.challenge_routes == null ? {} : { routes: parseJson(row.challenge_routes) }),
      ...(row.challenge_basis == null ? {} : { basis: parseJson(row.challenge_basis) }),
    },
    supersedes: row.supersedes,
    flags: row.flags,
    allocation: parseJson(row.allocation),
  })

const decisionColumns = `id, council_id, person_id, subject_type, subject_id, kind, outcome, reasons, policy_id,
  policy_version, inputs, amounts, confirmed_by, made_at, challenge_how, challenge_deadline::text AS challenge_deadline,
  challenge_routes, challenge_basis, supersedes, flags, allocation`

export const DecisionRepositorySql = Layer.effect(
  DecisionRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { withCouncil } = councilScope(sql)
    return DecisionRepository.of({
      insert: (d) =>
        sql`INSERT INTO decisions (id, council_id, person_id, subject_type, subject_id, kind, outcome, reasons,
                                   policy_id, policy_version, inputs, amounts, confirmed_by, made_at, challenge_how,
                                   challenge_deadline, challenge_routes, challenge_basis, supersedes, flags, allocation)
            VALUES (${d.id}, ${d.councilId}, ${d.personId}, ${d.subjectType}, ${d.subjectId}, ${d.kind}, ${d.outcome},
                    ${JSON.stringify(d.reasons)}::jsonb, ${d.policy.id}, ${d.policy.version},
                    ${JSON.stringify(d.inputs)}::jsonb, ${JSON.stringify(d.amounts)}::jsonb, ${d.confirmedBy},
                    ${d.madeAt}::timestamptz, ${d.challenge.how}, ${d.challenge.deadline}::date,
                    ${d.challenge.routes === undefined ? null : JSON.stringify(d.challenge.routes)}::jsonb,
                    ${d.challenge.basis === undefined ? null : JSON.stringify(d.challenge.basis)}::jsonb, ${d.supersedes},
                    ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(d.flags)}::jsonb)),
                    ${JSON.stringify(d.allocation)}::jsonb)`.pipe(
          withCouncil(d.councilId),
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("DecisionRepository.insert"),
        ),
      findById: (councilId, id) =>
        sql<DecisionRow>`SELECT ${sql.literal(decisionColumns)} FROM decisions
                         WHERE council_id = ${councilId} AND id = ${id}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => Option.map(Option.fromNullishOr(rows[0]), toDecision)),
          Effect.orDie,
          Effect.withSpan("DecisionRepository.findById"),
        ),
      listForPerson: (councilId, personId) =>
        sql<DecisionRow>`SELECT ${sql.literal(decisionColumns)} FROM decisions
                         WHERE council_id = ${councilId} AND person_id = ${personId} ORDER BY id`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => rows.map(toDecision)),
          Effect.orDie,
          Effect.withSpan("DecisionRepository.listForPerson"),
        ),
    })
  }),
)

interface ChallengeRow {
  readonly id: string
  readonly council_id: string
  readonly person_id: string
  readonly decision_id: string
  readonly grounds: string
  readonly lodged_by: string
  readonly lodged_at: unknown
  readonly deadline: string
  readonly status: string
  readonly outcome_decision_id: string | null
  readonly version: number
}

const decodeChallenge = Schema.decodeUnknownSync(Challenge)
const toChallenge = (row: ChallengeRow) =>
  decodeChallenge({
    id: row.id,
    councilId: row.council_id,
    personId: row.person_id,
    decisionId: row.decision_id,
    grounds: row.grounds,
    lodgedBy: row.lodged_by,
    lodgedAt: instantToIso(row.lodged_at),
    deadline: row.deadline,
    status: row.status,
    outcomeDecisionId: row.outcome_decision_id,
    version: row.version,
  })

const challengeColumns = `id, council_id, person_id, decision_id, grounds, lodged_by, lodged_at,
  deadline::text AS deadline, status, outcome_decision_id, version`

export const ChallengeRepositorySql = Layer.effect(
  ChallengeRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { withCouncil } = councilScope(sql)
    return ChallengeRepository.of({
      insert: (c) =>
        sql`INSERT INTO challenges (id, council_id, person_id, decision_id, grounds, lodged_by, lodged_at, deadline,
                                    status, outcome_decision_id, version)
            VALUES (${c.id}, ${c.councilId}, ${c.personId}, ${c.decisionId}, ${c.grounds}, ${c.lodgedBy},
                    ${c.lodgedAt}::timestamptz, ${c.deadline}::date, ${c.status}, ${c.outcomeDecisionId}, ${c.version})`.pipe(
          withCouncil(c.councilId),
          Effect.asVoid,
          Effect.orDie,
          Effect.withSpan("ChallengeRepository.insert"),
        ),
      update: (c) =>
        sql<{
          id: string
        }>`UPDATE challenges SET status = ${c.status}, outcome_decision_id = ${c.outcomeDecisionId},
                              version = ${c.version}
                            WHERE council_id = ${c.councilId} AND id = ${c.id} AND version = ${c.version - 1}
                            RETURNING id`.pipe(
          withCouncil(c.councilId),
          Effect.orDie,
          Effect.flatMap(updatedOne("Challenge", c.id, c.version - 1)),
          Effect.withSpan("ChallengeRepository.update"),
        ),
      findById: (councilId, id) =>
        sql<ChallengeRow>`SELECT ${sql.literal(challengeColumns)} FROM challenges
                          WHERE council_id = ${councilId} AND id = ${id}`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => Option.map(Option.fromNullishOr(rows[0]), toChallenge)),
          Effect.orDie,
        ),
      listForPerson: (councilId, personId) =>
        sql<ChallengeRow>`SELECT ${sql.literal(challengeColumns)} FROM challenges
                          WHERE council_id = ${councilId} AND person_id = ${personId} ORDER BY id`.pipe(
          withCouncil(councilId),
          Effect.map((rows) => rows.map(toChallenge)),
          Effect.orDie,
        ),
    })
  }),
)
