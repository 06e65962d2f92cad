import { Effect, Schema } from "effect"
import { authorize } from "../../access/authorize.ts"
import { caseloadAssignments } from "../../access/caseload.ts"
import { CurrentActor } from "../../model/Actor.ts"
import { todayInLondon } from "../../model/CalendarDay.ts"
import { decodeInput, invalidAt } from "../../model/Input.ts"
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  type Page,
  PageRequest,
} from "../../model/Page.ts"
import { CalendarDate } from "../../model/Person.ts"
import { type CaseloadKey, JourneyRepository } from "../../ports/JourneyRepository.ts"
import type { CaseloadEntry } from "../Caseload.ts"
import { JourneyId } from "../Journey.ts"

export const CaseloadInput = PageRequest
export type CaseloadInput = typeof CaseloadInput.Encoded

const keyText = (key: CaseloadKey) => `${key.nextReviewDue ?? "none"}|${key.journeyId}`

const keyOf = (text: string): CaseloadKey | undefined => {
  const [due, journeyId] = text.split("|")
  if (due === undefined || journeyId === undefined || !Schema.is(JourneyId)(journeyId))
    return undefined
  if (due !== "none" && !Schema.is(CalendarDate)(due)) return undefined
  return { nextReviewDue: due === "none" ? null : due, journeyId }
}

/**
 * The actor's caseload: their open journeys, earliest review due first, a page at a time, each
 * with the person, the stage, the next review and whether it is overdue.
 */
export const myCaseload = Effect.fn("myCaseload")(function* (raw: unknown = {}) {
  const input = yield* decodeInput(CaseloadInput)(raw)
  yield* authorize("caseload.read")
  let after: CaseloadKey | undefined
  if (input.after !== undefined) {
    after = keyOf(decodeCursor(input.after) ?? "")
    if (after === undefined)
      return yield* invalidAt(["after"], "must be a cursor returned by a previous page")
  }
  const actor = yield* CurrentActor
  const journeys = yield* JourneyRepository
  const today = yield* todayInLondon
  const limit = input.first ?? DEFAULT_PAGE_SIZE
  const rows = yield* journeys.caseload(actor.councilId, actor.subject, {
    ...(after === undefined ? {} : { after }),
    limit: limit + 1,
    // Access: only journeys whose person the actor may read one by one.
    as: caseloadAssignments(actor),
  })
  const items = rows.slice(0, limit).map(
    (row): CaseloadEntry => ({
      id: keyText(row),
      journeyId: row.journeyId,
      personId: row.personId,
      givenName: row.givenName,
      familyName: row.familyName,
      stage: row.stage,
      budgetId: row.budgetId,
      nextReviewDue: row.nextReviewDue,
      overdue: row.nextReviewDue !== null && row.nextReviewDue < today,
      contingencyUntil:
        row.contingencyUntil !== null && row.contingencyUntil >= today
          ? row.contingencyUntil
          : null,
    }),
  )
  const last = items.at(-1)
  const page: Page<CaseloadEntry> = {
    items,
    endCursor: last ? encodeCursor(last.id) : null,
    hasNextPage: rows.length > limit,
  }
  return page
})
