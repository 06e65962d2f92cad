import { Context, type Effect, type Option } from "effect"
import type { Challenge, ChallengeId } from "../decisions/Challenge.ts"
import type { Decision, DecisionId } from "../decisions/Decision.ts"
import type { StaleVersion } from "../model/Errors.ts"
import type { CouncilId, PersonId } from "../model/Ids.ts"

/** Decisions are insert-only: a decision is never edited, a new one supersedes it. */
export class DecisionRepository extends Context.Service<
  DecisionRepository,
  {
    insert(decision: Decision): Effect.Effect<void>
    findById(councilId: CouncilId, id: DecisionId): Effect.Effect<Option.Option<Decision>>
    listForPerson(councilId: CouncilId, personId: PersonId): Effect.Effect<ReadonlyArray<Decision>>
  }
>()("@openpb/core/DecisionRepository") {}

export class ChallengeRepository extends Context.Service<
  ChallengeRepository,
  {
    insert(challenge: Challenge): Effect.Effect<void>
    update(challenge: Challenge): Effect.Effect<void, StaleVersion>
    findById(councilId: CouncilId, id: ChallengeId): Effect.Effect<Option.Option<Challenge>>
    listForPerson(councilId: CouncilId, personId: PersonId): Effect.Effect<ReadonlyArray<Challenge>>
  }
>()("@openpb/core/ChallengeRepository") {}
