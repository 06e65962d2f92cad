import { Effect, Option } from "effect"
import type { Action } from "../access/AccessTable.ts"
import { authorize } from "../access/authorize.ts"
import { CurrentActor } from "../model/Actor.ts"
import { todayInLondon } from "../model/CalendarDay.ts"
import {
  Decision,
  type AllocationItem,
  type DecisionFlag,
  DecisionId,
  type DecisionKind,
  type DecisionOutcome,
  type PolicyRef,
  type Reason,
} from "../decisions/Decision.ts"
import { newUuidV7 } from "../model/Ids.ts"
import { nowIso } from "../model/Time.ts"
import { ChallengeRoutePolicy, type ChallengeRouteInput } from "../policies/ChallengeRoutePolicy.ts"
import { DecisionRepository } from "../ports/DecisionRepository.ts"
import { EventLog } from "../ports/EventLog.ts"
import { JourneyRepository } from "../ports/JourneyRepository.ts"
import { IllegalTransition, JourneyNotFound } from "./JourneyErrors.ts"
import { Journey, type JourneyId } from "./Journey.ts"
import type { JourneyStage } from "./JourneyStage.ts"
import { canMove } from "./JourneyStage.ts"

/** A journey of the actor's council that the actor may act on with `action`. */
export const loadJourney = Effect.fnUntraced(function* (journeyId: JourneyId, action: Action) {
  const actor = yield* CurrentActor
  const journeys = yield* JourneyRepository
  const found = yield* journeys.findById(actor.councilId, journeyId)
  if (Option.isNone(found)) return yield* new JourneyNotFound({ journeyId })
  yield* authorize(action, found.value.personId)
  return found.value
})

/** Checks the state machine allows the move; the error names where the journey is. */
export const checkMove = (journey: Journey, to: JourneyStage, command: string) =>
  canMove(journey.stage, to)
    ? Effect.void
    : Effect.fail(
        new IllegalTransition({
          journeyId: journey.id,
          current: journey.stage,
          attempted: to,
          command,
        }),
      )

/** Checks the journey is in one of `stages` for a command that does not move it. */
export const checkIn = (journey: Journey, stages: ReadonlyArray<JourneyStage>, command: string) =>
  stages.includes(journey.stage)
    ? Effect.void
    : Effect.fail(
        new IllegalTransition({
          journeyId: journey.id,
          current: journey.stage,
          attempted: journey.stage,
          command,
        }),
      )

type JourneyFields = ConstructorParameters<typeof Journey>[0]

/** Saves the next version of a journey and appends its event, inside the caller's transaction. */
export const saveJourney = Effect.fnUntraced(function* (
  before: Journey,
  changes: Partial<Omit<JourneyFields, "id" | "councilId" | "personId" | "version">>,
  event: { readonly type: string; readonly payload?: Record<string, unknown> },
) {
  const actor = yield* CurrentActor
  const journeys = yield* JourneyRepository
  const events = yield* EventLog
  const after = new Journey({
    ...before,
    ...changes,
    version: before.version + 1,
    updatedAt: yield* nowIso,
  })
  yield* journeys.update(after)
  yield* events.append({
    councilId: after.councilId,
    type: event.type,
    aggregateType: "Journey",
    aggregateId: after.id,
    actorSubject: actor.subject,
    payload: { stage: after.stage, version: after.version, ...event.payload },
  })
  return after
})

export interface DecisionDraft {
  readonly journey: Journey
  readonly kind: DecisionKind
  readonly outcome: DecisionOutcome
  readonly reasons: readonly [Reason, ...Array<Reason>]
  readonly policy: PolicyRef
  readonly inputs: Record<string, unknown>
  readonly amounts?: Record<string, number>
  readonly supersedes?: DecisionId | null
  readonly subject?: { readonly type: "journey" | "budget" | "challenge"; readonly id: string }
  /** Whether NHS money is in the decision; the journey's health eligibility when not given. */
  readonly healthFunded?: boolean
  /** What a manager must look at before it takes effect (none when not given). */
  readonly flags?: ReadonlyArray<DecisionFlag>
  /** The amount's itemised lines, when the decision set one by them. */
  readonly allocation?: ReadonlyArray<AllocationItem>
}

/**
 * How, and by when, a decision can be challenged: every route the deployment's rules open, the
 * latest deadline among them standing.
 */
const challengeRoute = Effect.fnUntraced(function* (input: ChallengeRouteInput) {
  const policy = yield* ChallengeRoutePolicy
  const [first, ...rest] = yield* policy.routes(input)
  if (first === undefined)
    return yield* Effect.die(
      new Error(`No rule of this deployment says how to challenge a ${input.kind} decision`),
    )
  const all = [first, ...rest]
  return {
    how: all.map((r) => r.how).join(" "),
    deadline: all.map((r) => r.deadline).reduce((a, b) => (a > b ? a : b)),
    routes: all.map((r) => r.route),
    basis: all.flatMap((r) => r.reasons.map((reason) => reason.text)),
  }
})

/** Records an immutable decision with its reasons, policy and challenge route, and its event. */
export const recordDecision = Effect.fnUntraced(function* (draft: DecisionDraft) {
  const actor = yield* CurrentActor
  const decisions = yield* DecisionRepository
  const events = yield* EventLog
  const today = yield* todayInLondon
  const decision = new Decision({
    id: DecisionId.make(yield* newUuidV7),
    councilId: draft.journey.councilId,
    personId: draft.journey.personId,
    subjectType: draft.subject?.type ?? "journey",
    subjectId: draft.subject?.id ?? draft.journey.id,
    kind: draft.kind,
    outcome: draft.outcome,
    reasons: draft.reasons,
    policy: draft.policy,
    inputs: draft.inputs,
    amounts: draft.amounts ?? {},
    confirmedBy: actor.subject,
    madeAt: yield* nowIso,
    challenge: yield* challengeRoute({
      kind: draft.kind,
      decidedOn: today,
      healthFunded: draft.healthFunded ?? draft.journey.healthEligible,
    }),
    supersedes: draft.supersedes ?? null,
    flags: draft.flags ?? [],
    allocation: draft.allocation ?? [],
  })
  yield* decisions.insert(decision)
  yield* events.append({
    councilId: decision.councilId,
    type: "DecisionRecorded",
    aggregateType: "Decision",
    aggregateId: decision.id,
    actorSubject: actor.subject,
    payload: {
      kind: decision.kind,
      outcome: decision.outcome,
      policy: decision.policy,
      subjectId: decision.subjectId,
    },
  })
  return decision
})

/** The reference a decision made by a person rather than a policy records. */
export const byPerson = (role: string): PolicyRef => ({
  id: `openpb/human-${role}`,
  version: "1.0.0",
})
