import { Context, type Effect, type Option } from "effect"
import type { StaleVersion } from "../model/Errors.ts"
import type { CouncilId, PersonId } from "../model/Ids.ts"
import type { Journey, JourneyId } from "../journey/Journey.ts"

/** Where journeys are kept. Every method is scoped to one council. */
export class JourneyRepository extends Context.Service<
  JourneyRepository,
  {
    insert(journey: Journey): Effect.Effect<void>
    /** Saves a changed journey whose stored version is `journey.version - 1`. */
    update(journey: Journey): Effect.Effect<void, StaleVersion>
    findById(councilId: CouncilId, id: JourneyId): Effect.Effect<Option.Option<Journey>>
    listForPerson(councilId: CouncilId, personId: PersonId): Effect.Effect<ReadonlyArray<Journey>>
    /** Open journeys whose practitioner is `subject`, earliest review due first. */
    caseload(councilId: CouncilId, subject: string): Effect.Effect<ReadonlyArray<Journey>>
    list(
      councilId: CouncilId,
      limit: number,
      afterId: string | undefined,
    ): Effect.Effect<ReadonlyArray<Journey>>
  }
>()("@openpb/core/JourneyRepository") {}
