import { Context, type Effect, Schema } from "effect"
import { DecisionKind, PolicyRef, Reason } from "../decisions/Decision.ts"
import { CalendarDate } from "../model/Person.ts"

/** The decision a route is asked for: its kind, the day it was made, whether NHS money is in it. */
export const ChallengeRouteInput = Schema.Struct({
  kind: DecisionKind,
  decidedOn: CalendarDate,
  healthFunded: Schema.Boolean,
}).annotate({ identifier: "ChallengeRouteInput" })
export type ChallengeRouteInput = typeof ChallengeRouteInput.Type

/**
 * One way to contest a decision: what to do, the last day to do it, the route's name, and the
 * rule that sets them.
 */
export const ChallengeRouteAnswer = Schema.Struct({
  route: Schema.NonEmptyString,
  how: Schema.NonEmptyString,
  deadline: CalendarDate,
  reasons: Schema.NonEmptyArray(Reason),
  policy: PolicyRef,
}).annotate({ identifier: "ChallengeRouteAnswer" })
export type ChallengeRouteAnswer = typeof ChallengeRouteAnswer.Type

/**
 * How, and by when, a decision can be challenged, as the deployment's rules say (complaints
 * regulations, an NHS reconsideration, a nation's ombudsman procedure). Every route open to the
 * person is given; the latest deadline among them stands.
 */
export class ChallengeRoutePolicy extends Context.Service<
  ChallengeRoutePolicy,
  { routes(input: ChallengeRouteInput): Effect.Effect<ReadonlyArray<ChallengeRouteAnswer>> }
>()("@openpb/core/ChallengeRoutePolicy") {}
