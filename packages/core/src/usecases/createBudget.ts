import { Effect, Option, Schema } from "effect"
import { authorize } from "../access/authorize.ts"
import { CurrentActor } from "../model/Actor.ts"
import { Budget, DeliveryMechanism, FundingStream } from "../model/Budget.ts"
import { PersonNotFound } from "../model/Errors.ts"
import { BudgetId, newUuidV7, PersonId } from "../model/Ids.ts"
import { decodeInput, invalidAt } from "../model/Input.ts"
import { Pence, sumPence } from "../model/Money.ts"
import { nowIso } from "../model/Time.ts"
import { BudgetRepository } from "../ports/BudgetRepository.ts"
import { EventLog } from "../ports/EventLog.ts"
import { PersonRepository } from "../ports/PersonRepository.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"

export const CreateBudgetInput = Schema.Struct({
  personId: PersonId,
  amountPence: Pence,
  fundingStreams: Schema.Array(FundingStream).check(
    Schema.isMinLength(1, { message: "must name at least one funding stream" }),
  ),
  deliveryMechanism: DeliveryMechanism,
})
export type CreateBudgetInput = typeof CreateBudgetInput.Encoded

/** Checks the rules that span fields: streams are distinct and add up to the amount. */
const checkFundingStreams = (input: typeof CreateBudgetInput.Type) => {
  const seen = new Set<string>()
  for (const [index, stream] of input.fundingStreams.entries()) {
    if (seen.has(stream.stream)) {
      return Effect.fail(
        invalidAt(["fundingStreams", index, "stream"], "each funding stream may appear once"),
      )
    }
    seen.add(stream.stream)
  }
  const total = sumPence(input.fundingStreams.map((s) => s.amountPence))
  return total === input.amountPence
    ? Effect.void
    : Effect.fail(
        invalidAt(
          ["fundingStreams"],
          `the funding streams add up to ${total} pence but the budget is ${input.amountPence} pence`,
        ),
      )
}

/** Creates an indicative budget for a person of the actor's council. */
export const createBudget = Effect.fn("createBudget")(function* (raw: unknown) {
  const input = yield* decodeInput(CreateBudgetInput)(raw)
  yield* checkFundingStreams(input)
  // Which part of a mixed budget is held how is said by its approved plan's lines; a budget
  // created on its own has none, so it is held one way.
  if (input.deliveryMechanism === "mixed")
    return yield* invalidAt(
      ["deliveryMechanism"],
      "a budget is mixed only through the lines of its approved plan: give the one way it is held",
    )
  const actor = yield* CurrentActor
  const people = yield* PersonRepository
  const budgets = yield* BudgetRepository
  const events = yield* EventLog
  const uow = yield* UnitOfWork
  const budget = new Budget({
    id: BudgetId.make(yield* newUuidV7),
    councilId: actor.councilId,
    personId: input.personId,
    status: "indicative",
    amountPence: input.amountPence,
    fundingStreams: input.fundingStreams,
    deliveryMechanism: input.deliveryMechanism,
    version: 1,
    createdAt: yield* nowIso,
  })
  return yield* uow.transaction(
    Effect.gen(function* () {
      // Council-wide, but the audit row names whose budget it is.
      yield* authorize("budget.create", input.personId)
      const person = yield* people.findById(actor.councilId, input.personId)
      if (Option.isNone(person)) return yield* new PersonNotFound({ personId: input.personId })
      yield* budgets.insert(budget)
      yield* events.append({
        councilId: actor.councilId,
        type: "BudgetCreated",
        aggregateType: "Budget",
        aggregateId: budget.id,
        actorSubject: actor.subject,
        payload: { personId: budget.personId, amountPence: budget.amountPence },
      })
      return budget
    }),
  )
})
