import { Effect, Schema } from "effect"
import { decisionsAsSeen } from "../../access/finances.ts"
import { inCouncilWords } from "../../glossary/Glossary.ts"
import { councilGlossary } from "../../glossary/usecases.ts"
import { letterTitle } from "../../letters/letterWords.ts"
import { todayInLondon } from "../../model/CalendarDay.ts"
import { decodeInput } from "../../model/Input.ts"
import { DecisionRepository } from "../../ports/DecisionRepository.ts"
import { type JourneyInPlainWords, whatHappensNext, whereYouAre } from "../inPlainWords.ts"
import { JourneyId } from "../Journey.ts"
import { loadJourney } from "../steps.ts"

export const JourneyInPlainWordsInput = Schema.Struct({ journeyId: JourneyId })
export type JourneyInPlainWordsInput = typeof JourneyInPlainWordsInput.Encoded

/**
 * The journey as its person reads it, in the council's words: where they are, what happens next,
 * the next review, and the decisions about this journey or its budget they can still challenge
 * (not superseded, the deadline not passed), each with what it was about and by when.
 */
export const journeyInPlainWords = Effect.fn("journeyInPlainWords")(function* (raw: unknown) {
  const { journeyId } = yield* decodeInput(JourneyInPlainWordsInput)(raw)
  const journey = yield* loadJourney(journeyId, "journey.read")
  const today = yield* todayInLondon
  const glossary = yield* councilGlossary
  const words = (text: string) => inCouncilWords(text, glossary)
  const all = yield* decisionsAsSeen(
    journey.personId,
    yield* (yield* DecisionRepository).listForPerson(journey.councilId, journey.personId),
  )
  const superseded = new Set(all.flatMap((d) => (d.supersedes === null ? [] : [d.supersedes])))
  const nextReviewDue = journey.nextReviewDue
  const result: JourneyInPlainWords = {
    journeyId: journey.id,
    stage: journey.stage,
    whereYouAre: words(whereYouAre[journey.stage]),
    whatHappensNext: words(whatHappensNext(journey.stage, nextReviewDue)),
    nextReviewDue,
    decisionsYouCanChallenge: all
      .filter(
        (d) =>
          (d.subjectId === journey.id || d.subjectId === journey.budgetId) &&
          !superseded.has(d.id) &&
          d.challenge.deadline >= today,
      )
      .map((d) => ({
        decisionId: d.id,
        kind: d.kind,
        about: words(letterTitle[d.kind]),
        until: d.challenge.deadline,
      })),
  }
  return result
})
