import { Context, type Effect, type Option } from "effect"
import type { StaleVersion } from "../model/Errors.ts"
import type { CouncilId, PersonId } from "../model/Ids.ts"
import type { Journey, JourneyId } from "../journey/Journey.ts"
import type { JourneyStage } from "../journey/JourneyStage.ts"

/** Who a journey names, for a caseload to match its owner as. */
export type CaseloadAssignment = "practitioner" | "adviser"

/** A caseload's order: the next review (none due sorts last), then the journey. */
export interface CaseloadKey {
  readonly nextReviewDue: string | null
  readonly journeyId: string
}

export interface CaseloadRow extends CaseloadKey {
  readonly personId: string
  readonly givenName: string
  readonly familyName: string
  readonly stage: JourneyStage
  readonly budgetId: string | null
  readonly contingencyUntil: string | null
}

/** Where journeys are kept. Every method is scoped to one council. */
export class JourneyRepository extends Context.Service<
  JourneyRepository,
  {
    insert(journey: Journey): Effect.Effect<void>
    /** Saves a changed journey whose stored version is `journey.version - 1`. */
    update(journey: Journey): Effect.Effect<void, StaleVersion>
    findById(councilId: CouncilId, id: JourneyId): Effect.Effect<Option.Option<Journey>>
    listForPerson(councilId: CouncilId, personId: PersonId): Effect.Effect<ReadonlyArray<Journey>>
    /**
     * A page of the open journeys whose practitioner or adviser is `subject` (only those named
     * in `as`, when given), earliest review due first (none due last), then by id: only the
     * fields a caseload shows.
     */
    caseload(
      councilId: CouncilId,
      subject: string,
      page: {
        readonly after?: CaseloadKey
        readonly limit: number
        readonly as?: ReadonlyArray<CaseloadAssignment>
      },
    ): Effect.Effect<ReadonlyArray<CaseloadRow>>
    list(
      councilId: CouncilId,
      limit: number,
      afterId: string | undefined,
    ): Effect.Effect<ReadonlyArray<Journey>>
  }
>()("@openpb/core/JourneyRepository") {}
