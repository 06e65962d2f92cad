import { Effect, Option, Schema } from "effect"
import { CurrentActor } from "../model/Actor.ts"
import { addDays, todayInLondon } from "../model/CalendarDay.ts"
import { BudgetId } from "../model/Ids.ts"
import { decodeInput, invalidAt } from "../model/Input.ts"
import { SignedPence } from "../model/Money.ts"
import { CalendarDate } from "../model/Person.ts"
import { Note } from "../model/Text.ts"
import { EventLog } from "../ports/EventLog.ts"
import { LedgerRepository } from "../ports/LedgerRepository.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"
import { DirectPaymentMonitoringPolicy } from "../policies/DirectPaymentMonitoringPolicy.ts"
import { budgetForLedger } from "./post.ts"

export const StatementReturnInput = Schema.Struct({
  budgetId: BudgetId,
  periodEnd: CalendarDate,
  /** The direct-payment account's balance on the statement, in pence. */
  closingBalancePence: SignedPence,
  receipts: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
  note: Schema.optionalKey(Note),
})
export type StatementReturnInput = typeof StatementReturnInput.Encoded

/** The holder of a direct payment sends in a statement for a period. */
export const submitDirectPaymentStatement = Effect.fn("submitDirectPaymentStatement")(function* (
  raw: unknown,
) {
  const input = yield* decodeInput(StatementReturnInput)(raw)
  const events = yield* EventLog
  const actor = yield* CurrentActor
  const uow = yield* UnitOfWork
  const today = yield* todayInLondon
  if (input.periodEnd > today)
    return yield* invalidAt(["periodEnd"], "a statement covers a period that has ended")
  return yield* uow.transaction(
    Effect.gen(function* () {
      const budget = yield* budgetForLedger(input.budgetId, "ledger.spend")
      yield* events.append({
        councilId: budget.councilId,
        type: "DirectPaymentStatementReceived",
        aggregateType: "Budget",
        aggregateId: budget.id,
        actorSubject: actor.subject,
        payload: { ...input, receivedOn: today },
      })
      return { budgetId: budget.id, periodEnd: input.periodEnd, receivedOn: today }
    }),
  )
})

/**
 * The monitoring work item: whether a budget's direct-payment statement is overdue, by the
 * policy's statement frequency, counted from the last statement (or the allocations' start).
 */
export const directPaymentStatementDue = Effect.fn("directPaymentStatementDue")(function* (
  raw: unknown,
) {
  const { budgetId } = yield* decodeInput(Schema.Struct({ budgetId: BudgetId }))(raw)
  const budget = yield* budgetForLedger(budgetId, "ledger.monitor")
  const policy = yield* DirectPaymentMonitoringPolicy
  const ledger = yield* LedgerRepository
  const today = yield* todayInLondon
  const weeks = yield* policy.statementEveryWeeks
  const schedule = yield* ledger.schedule(budget.councilId, budget.id)
  const last = yield* ledger.lastStatement(budget.councilId, budget.id)
  const from = Option.getOrUndefined(last) ?? Option.getOrUndefined(schedule)?.startDate
  if (from === undefined) return { budgetId: budget.id, dueOn: null, overdue: false }
  const dueOn = addDays(from, weeks * 7)
  return {
    budgetId: budget.id,
    lastStatement: Option.getOrNull(last),
    dueOn,
    overdue: dueOn < today,
  }
})
