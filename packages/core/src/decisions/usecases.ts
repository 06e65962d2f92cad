import { Effect, Option, Schema } from "effect"
import { decisionInCouncilWords } from "../glossary/decisionInCouncilWords.ts"
import { councilGlossary } from "../glossary/usecases.ts"
import { authorize, grantsFor } from "../access/authorize.ts"
import { CurrentActor } from "../model/Actor.ts"
import { addDays, todayInLondon } from "../model/CalendarDay.ts"
import { newUuidV7, PersonId } from "../model/Ids.ts"
import { decodeInput } from "../model/Input.ts"
import { Pence } from "../model/Money.ts"
import { Prose } from "../model/Text.ts"
import { nowIso } from "../model/Time.ts"
import { ChallengeRepository, DecisionRepository } from "../ports/DecisionRepository.ts"
import { EventLog } from "../ports/EventLog.ts"
import { JourneyRepository } from "../ports/JourneyRepository.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"
import {
  ChallengeClosed,
  ChallengeNotFound,
  DecisionNotFound,
  JourneyNotFound,
} from "../journey/JourneyErrors.ts"
import { JourneyId } from "../journey/Journey.ts"
import { byPerson, recordDecision } from "../journey/steps.ts"
import { Challenge, ChallengeId } from "./Challenge.ts"
import { applyUpheldChallenge } from "./upheld/index.ts"
import { CalendarDate } from "../model/Person.ts"
import { type Decision, DecisionId } from "./Decision.ts"
import { authorizeOnPerson } from "../access/authorizeOnPerson.ts"
import { authorizeDecisionRead, decisionsAsSeen } from "../access/finances.ts"

/** Days the council gives itself to answer a challenge. */
export const CHALLENGE_RESPONSE_DAYS = 28

export const findDecision = Effect.fnUntraced(function* (decisionId: DecisionId) {
  const actor = yield* CurrentActor
  const decisions = yield* DecisionRepository
  const found = yield* decisions.findById(actor.councilId, decisionId)
  if (Option.isNone(found)) return yield* new DecisionNotFound({ decisionId })
  return found.value
})

/** A decision another has replaced is not challenged again: the one in force is. */
const inForce = Effect.fnUntraced(function* (decision: Decision) {
  const decisions = yield* DecisionRepository
  const later = (yield* decisions.listForPerson(decision.councilId, decision.personId)).find(
    (d) => d.supersedes === decision.id,
  )
  if (later !== undefined)
    return yield* new ChallengeClosed({
      reason: `This decision was replaced on ${later.madeAt.slice(0, 10)} by decision ${later.id}; challenge that one instead.`,
    })
})

export const GetDecisionInput = Schema.Struct({ decisionId: DecisionId })
export type GetDecisionInput = typeof GetDecisionInput.Encoded

/** A decision with its reasons, the policy and version that made it, and how to challenge it. */
export const getDecision = Effect.fn("getDecision")(function* (raw: unknown) {
  const { decisionId } = yield* decodeInput(GetDecisionInput)(raw)
  const decision = yield* findDecision(decisionId)
  yield* authorizeDecisionRead("decision.read", decision)
  return decisionInCouncilWords(decision, yield* councilGlossary)
})

export const PersonRef = Schema.Struct({ personId: PersonId })
export type PersonRef = typeof PersonRef.Encoded

/** Every decision about a person, oldest first. */
export const listDecisions = Effect.fn("listDecisions")(function* (raw: unknown) {
  const { personId } = yield* decodeInput(PersonRef)(raw)
  yield* authorizeOnPerson("decision.read", personId)
  const actor = yield* CurrentActor
  const decisions = yield* DecisionRepository
  const glossary = yield* councilGlossary
  return (yield* decisionsAsSeen(
    personId,
    yield* decisions.listForPerson(actor.councilId, personId),
  )).map((decision) => decisionInCouncilWords(decision, glossary))
})

/** Every challenge a person has lodged, oldest first. */
export const listChallenges = Effect.fn("listChallenges")(function* (raw: unknown) {
  const { personId } = yield* decodeInput(PersonRef)(raw)
  yield* authorizeOnPerson("challenge.read", personId)
  const actor = yield* CurrentActor
  const challenges = yield* ChallengeRepository
  return yield* challenges.listForPerson(actor.councilId, personId)
})

export const LodgeChallengeInput = Schema.Struct({
  decisionId: DecisionId,
  grounds: Prose,
})
export type LodgeChallengeInput = typeof LodgeChallengeInput.Encoded

/** The person (or their carer, or someone supporting them) contests a decision. */
export const lodgeChallenge = Effect.fn("lodgeChallenge")(function* (raw: unknown) {
  const input = yield* decodeInput(LodgeChallengeInput)(raw)
  const actor = yield* CurrentActor
  const challenges = yield* ChallengeRepository
  const events = yield* EventLog
  const uow = yield* UnitOfWork
  const today = yield* todayInLondon
  const lodgedAt = yield* nowIso
  const id = ChallengeId.make(yield* newUuidV7)
  return yield* uow.transaction(
    Effect.gen(function* () {
      const decision = yield* findDecision(input.decisionId)
      yield* authorizeDecisionRead("challenge.lodge", decision)
      yield* inForce(decision)
      if (today > decision.challenge.deadline) {
        return yield* new ChallengeClosed({
          reason: `The time to challenge this decision ended on ${decision.challenge.deadline}; ask the council to look again anyway, or complain to the ombudsman.`,
        })
      }
      const challenge = new Challenge({
        id,
        councilId: decision.councilId,
        personId: decision.personId,
        decisionId: decision.id,
        grounds: input.grounds,
        lodgedBy: actor.subject,
        lodgedAt,
        deadline: addDays(today, CHALLENGE_RESPONSE_DAYS),
        status: "lodged",
        outcomeDecisionId: null,
        version: 1,
      })
      yield* challenges.insert(challenge)
      yield* events.append({
        councilId: challenge.councilId,
        type: "ChallengeLodged",
        aggregateType: "Challenge",
        aggregateId: challenge.id,
        actorSubject: actor.subject,
        payload: { decisionId: decision.id, kind: decision.kind },
      })
      return challenge
    }),
  )
})

const loadChallenge = Effect.fnUntraced(function* (challengeId: ChallengeId) {
  const actor = yield* CurrentActor
  const challenges = yield* ChallengeRepository
  const found = yield* challenges.findById(actor.councilId, challengeId)
  if (Option.isNone(found)) return yield* new ChallengeNotFound({ challengeId })
  return found.value
})

/**
 * The challenge a reviewer takes up, checked against the person it is about, so the audit row
 * names them and the review appears in their "who saw my record". Someone whose role may not
 * resolve challenges is refused before anything is looked up, so no id's existence shows.
 */
const challengeToResolve = Effect.fnUntraced(function* (challengeId: ChallengeId) {
  if (grantsFor(yield* CurrentActor, "challenge.resolve").length === 0)
    yield* authorize("challenge.resolve")
  const challenge = yield* loadChallenge(challengeId)
  yield* authorize("challenge.resolve", challenge.personId)
  return challenge
})

const saveChallenge = Effect.fnUntraced(function* (
  before: Challenge,
  changes: Partial<Challenge>,
  type: string,
) {
  const actor = yield* CurrentActor
  const challenges = yield* ChallengeRepository
  const events = yield* EventLog
  const after = new Challenge({ ...before, ...changes, version: before.version + 1 })
  yield* challenges.update(after)
  yield* events.append({
    councilId: after.councilId,
    type,
    aggregateType: "Challenge",
    aggregateId: after.id,
    actorSubject: actor.subject,
    payload: { status: after.status },
  })
  return after
})

export const ChallengeRef = Schema.Struct({ challengeId: ChallengeId })
export type ChallengeRef = typeof ChallengeRef.Encoded

/** Someone independent of the decision starts looking at the challenge. */
export const reviewChallenge = Effect.fn("reviewChallenge")(function* (raw: unknown) {
  const { challengeId } = yield* decodeInput(ChallengeRef)(raw)
  const uow = yield* UnitOfWork
  return yield* uow.transaction(
    Effect.gen(function* () {
      const challenge = yield* challengeToResolve(challengeId)
      if (challenge.status !== "lodged")
        return yield* new ChallengeClosed({
          reason: `The challenge is already ${challenge.status}`,
        })
      return yield* saveChallenge(challenge, { status: "under-review" }, "ChallengeUnderReview")
    }),
  )
})

export const ResolveChallengeInput = Schema.Struct({
  challengeId: ChallengeId,
  result: Schema.Literals(["upheld", "partly-upheld", "not-upheld"]),
  reasons: Schema.NonEmptyArray(Prose),
  /**
   * For an indicative budget challenged with success (in whole or part): the new yearly amount.
   * For a surplus proposal upheld in part: what may still be recovered.
   */
  newAmountPence: Schema.optionalKey(Pence),
  /** For a budget amount: the day the new amount counts from (the challenged decision's day if absent). */
  effectiveFrom: Schema.optionalKey(CalendarDate),
})
export type ResolveChallengeInput = typeof ResolveChallengeInput.Encoded

/**
 * Resolves a challenge, in the complaints regulations' words. Not upheld: the decision stands.
 * Upheld (or partly upheld): a new decision supersedes the original and takes effect.
 */
export const resolveChallenge = Effect.fn("resolveChallenge")(function* (raw: unknown) {
  const input = yield* decodeInput(ResolveChallengeInput)(raw)
  const actor = yield* CurrentActor
  const journeys = yield* JourneyRepository
  const uow = yield* UnitOfWork
  const today = yield* todayInLondon
  return yield* uow.transaction(
    Effect.gen(function* () {
      const challenge = yield* challengeToResolve(input.challengeId)
      if (challenge.status !== "lodged" && challenge.status !== "under-review") {
        return yield* new ChallengeClosed({
          reason: `The challenge is already ${challenge.status}`,
        })
      }
      const original = yield* findDecision(challenge.decisionId)
      yield* inForce(original)
      // A decision about a budget (a surplus proposal) belongs to the journey holding that budget.
      const journeyFound =
        original.subjectType === "journey"
          ? yield* journeys.findById(actor.councilId, JourneyId.make(original.subjectId))
          : original.subjectType === "budget"
            ? Option.fromNullishOr(
                (yield* journeys.listForPerson(actor.councilId, original.personId)).find(
                  (j) => j.budgetId === original.subjectId,
                ),
              )
            : Option.none()
      if (Option.isNone(journeyFound))
        return yield* new JourneyNotFound({ journeyId: original.subjectId })
      let journey = journeyFound.value
      const [first, ...rest] = input.reasons
      const reasons = [
        { criterion: "challenge/result", met: input.result !== "not-upheld", text: first },
        ...rest.map((text) => ({
          criterion: "challenge/result",
          met: input.result !== "not-upheld",
          text,
        })),
      ] as const
      const outcome = yield* recordDecision({
        journey,
        kind: "challenge-outcome",
        outcome: input.result,
        reasons: [reasons[0], ...reasons.slice(1)],
        policy: byPerson("reviewer"),
        inputs: {
          challengeId: challenge.id,
          grounds: challenge.grounds,
          originalDecisionId: original.id,
        },
        subject: { type: "challenge", id: challenge.id },
      })
      if (input.result !== "not-upheld")
        journey = yield* applyUpheldChallenge(journey, {
          challenge,
          original,
          result: input.result,
          reasons: [reasons[0], ...reasons.slice(1)],
          newAmountPence: input.newAmountPence,
          effectiveFrom: input.effectiveFrom,
          today,
        })
      return yield* saveChallenge(
        challenge,
        { status: input.result, outcomeDecisionId: outcome.id },
        "ChallengeResolved",
      )
    }),
  )
})
