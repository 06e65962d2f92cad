import { Effect, Option, Schema } from "effect"
import { authorize } from "../../access/authorize.ts"
import { CurrentActor } from "../../model/Actor.ts"
import { londonDateOf } from "../../model/CalendarDay.ts"
import { PersonNotFound } from "../../model/Errors.ts"
import { PersonId } from "../../model/Ids.ts"
import { decodeInput } from "../../model/Input.ts"
import { DecisionRepository } from "../../ports/DecisionRepository.ts"
import { JourneyRepository } from "../../ports/JourneyRepository.ts"
import { PersonRepository } from "../../ports/PersonRepository.ts"
import { fhirPersonPlans, type PlannedJourney } from "./planToFhir.ts"

export const FhirPlansOfPersonInput = Schema.Struct({ personId: PersonId })
export type FhirPlansOfPersonInput = typeof FhirPlansOfPersonInput.Encoded

/**
 * A person's support plans as FHIR R4 (Patient, CarePlans, Goals), to whoever may read their
 * journeys and record. The same mapping as the council's NDJSON export.
 */
export const fhirPlansOfPerson = Effect.fn("fhirPlansOfPerson")(function* (raw: unknown) {
  const { personId } = yield* decodeInput(FhirPlansOfPersonInput)(raw)
  // The Patient is the person's record and the CarePlans their journeys: both grants, which
  // today reach the same readers, so neither can widen without the other being asked.
  yield* authorize("journey.read", personId)
  yield* authorize("person.read", personId)
  const actor = yield* CurrentActor
  const found = yield* (yield* PersonRepository).findById(actor.councilId, personId)
  if (Option.isNone(found)) return yield* new PersonNotFound({ personId })
  const journeys = yield* (yield* JourneyRepository).listForPerson(actor.councilId, personId)
  const decisions = yield* DecisionRepository
  const planned: Array<PlannedJourney> = []
  for (const journey of journeys) {
    if (journey.plans.length === 0) continue
    const approval =
      journey.approved === null
        ? Option.none()
        : yield* decisions.findById(actor.councilId, journey.approved.decisionId)
    planned.push({
      journey,
      approvedOn: Option.match(approval, {
        onNone: () => null,
        onSome: (decision) => londonDateOf(decision.madeAt),
      }),
    })
  }
  return fhirPersonPlans(found.value, planned)
})
