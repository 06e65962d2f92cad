import { Effect, Schema } from "effect"
import { authorize } from "../../access/authorize.ts"
import { CurrentActor } from "../../model/Actor.ts"
import { todayInLondon } from "../../model/CalendarDay.ts"
import { PersonId } from "../../model/Ids.ts"
import { decodeInput } from "../../model/Input.ts"
import { JourneyRepository } from "../../ports/JourneyRepository.ts"
import { contingencyActiveOn, JourneyId } from "../Journey.ts"
import { loadJourney } from "../steps.ts"

export const GetJourneyInput = Schema.Struct({ journeyId: JourneyId })
export type GetJourneyInput = typeof GetJourneyInput.Encoded

/** A journey, with whether its contingency uplift applies today (it ends by itself). */
export const getJourney = Effect.fn("getJourney")(function* (raw: unknown) {
  const { journeyId } = yield* decodeInput(GetJourneyInput)(raw)
  const journey = yield* loadJourney(journeyId, "journey.read")
  const today = yield* todayInLondon
  return { journey, contingencyActive: contingencyActiveOn(journey, today) }
})

export const JourneysOfPersonInput = Schema.Struct({ personId: PersonId })
export type JourneysOfPersonInput = typeof JourneysOfPersonInput.Encoded

/** A person's journeys, oldest first (a re-referral is a new journey). */
export const listJourneysOfPerson = Effect.fn("listJourneysOfPerson")(function* (raw: unknown) {
  const { personId } = yield* decodeInput(JourneysOfPersonInput)(raw)
  yield* authorize("journey.read", personId)
  const actor = yield* CurrentActor
  const journeys = yield* JourneyRepository
  return yield* journeys.listForPerson(actor.councilId, personId)
})
