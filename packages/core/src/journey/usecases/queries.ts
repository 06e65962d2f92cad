import { Effect, Schema } from "effect"
import { authorize } from "../../access/authorize.ts"
import { CurrentActor } from "../../model/Actor.ts"
import { todayInLondon } from "../../model/CalendarDay.ts"
import { PersonId } from "../../model/Ids.ts"
import { decodeInput, invalidAt } from "../../model/Input.ts"
import {
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  type Page,
  PageRequest,
} from "../../model/Page.ts"
import { JourneyRepository } from "../../ports/JourneyRepository.ts"
import { contingencyActiveOn, type Journey, JourneyId } from "../Journey.ts"
import { loadJourney } from "../steps.ts"
import { authorizeOnPerson } from "../../access/authorizeOnPerson.ts"
import { journeyAsSeen, journeysAsSeen } from "../../access/finances.ts"

export const GetJourneyInput = Schema.Struct({ journeyId: JourneyId })
export type GetJourneyInput = typeof GetJourneyInput.Encoded

/** A journey, with whether its contingency uplift applies today (it ends by itself). */
export const getJourney = Effect.fn("getJourney")(function* (raw: unknown) {
  const { journeyId } = yield* decodeInput(GetJourneyInput)(raw)
  const journey = yield* loadJourney(journeyId, "journey.read")
  const today = yield* todayInLondon
  return {
    journey: yield* journeyAsSeen(journey),
    contingencyActive: contingencyActiveOn(journey, today),
  }
})

export const JourneysOfPersonInput = Schema.Struct({ personId: PersonId })
export type JourneysOfPersonInput = typeof JourneysOfPersonInput.Encoded

/** A person's journeys, oldest first (a re-referral is a new journey). */
export const listJourneysOfPerson = Effect.fn("listJourneysOfPerson")(function* (raw: unknown) {
  const { personId } = yield* decodeInput(JourneysOfPersonInput)(raw)
  yield* authorizeOnPerson("journey.read", personId)
  const actor = yield* CurrentActor
  const journeys = yield* JourneyRepository
  return yield* journeysAsSeen(yield* journeys.listForPerson(actor.councilId, personId))
})

export const ListJourneysInput = PageRequest
export type ListJourneysInput = typeof ListJourneysInput.Encoded

/** The council's journeys, oldest first, a page at a time. */
export const listJourneys = Effect.fn("listJourneys")(function* (raw: unknown = {}) {
  const input = yield* decodeInput(ListJourneysInput)(raw)
  yield* authorize("journey.list")
  let afterId: string | undefined
  if (input.after !== undefined) {
    afterId = decodeCursor(input.after)
    if (afterId === undefined || !Schema.is(JourneyId)(afterId)) {
      return yield* invalidAt(["after"], "must be a cursor returned by a previous page")
    }
  }
  const actor = yield* CurrentActor
  const journeys = yield* JourneyRepository
  const limit = input.first ?? DEFAULT_PAGE_SIZE
  const rows = yield* journeys.list(actor.councilId, limit + 1, afterId)
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  const page: Page<Journey> = {
    items,
    endCursor: last ? encodeCursor(last.id) : null,
    hasNextPage: rows.length > limit,
  }
  return page
})
