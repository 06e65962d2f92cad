import { Effect } from "effect"
import type { RemindersJob } from "../jobs/Jobs.ts"
import { addDays, todayInLondon } from "../model/CalendarDay.ts"
import type { DomainEventInput } from "../model/DomainEvent.ts"
import { EventLog } from "../ports/EventLog.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"
import { WorkQueueSource } from "../ports/WorkQueueSource.ts"
import { DirectPaymentMonitoringPolicy } from "../policies/DirectPaymentMonitoringPolicy.ts"
import type { WorkItemKind } from "./WorkItem.ts"
import { workItemIdOf } from "./workQueue.ts"

/** What a reminder is sent for: the work that falls due on a clock rather than on a request. */
export const reminderKinds: ReadonlyArray<WorkItemKind> = [
  "review-due",
  "statement-due",
  "no-spending",
]

const PAGE = 500

/**
 * One `ReminderDue` event for each review, direct-payment statement and no-spend check of the
 * council due within `withinDays` days or overdue, for subscribed systems to act on by
 * webhook. Once an item: its id carries its due date, so an item already reminded gets no
 * second event, and one whose due date moves (a review rescheduled) is a new item, reminded
 * again. The payload is ids, the kind and the due date: no one's personal details.
 */
export const runRemindersJob = Effect.fn("runRemindersJob")(function* (job: RemindersJob) {
  const source = yield* WorkQueueSource
  const events = yield* EventLog
  const monitoring = yield* DirectPaymentMonitoringPolicy
  const today = yield* todayInLondon
  const statementEveryWeeks = yield* monitoring.statementEveryWeeks
  const noSpendWeeks =
    monitoring.noSpendWeeks === undefined ? undefined : yield* monitoring.noSpendWeeks
  const dueBy = addDays(today, job.withinDays)
  let after: { dueDate: string; kind: string; subjectId: string } | undefined
  let due = 0
  let reminded = 0
  for (;;) {
    const rows = yield* source.items(job.councilId, {
      kinds: reminderKinds,
      dueBy,
      limit: PAGE,
      statementEveryWeeks,
      noSpendWeeks,
      ...(after === undefined ? {} : { after }),
    })
    const batch = rows.map(
      (row): DomainEventInput => ({
        councilId: job.councilId,
        type: "ReminderDue",
        aggregateType: "work-item",
        aggregateId: workItemIdOf(row),
        actorSubject: "system:reminders",
        payload: {
          itemId: workItemIdOf(row),
          kind: row.kind,
          dueDate: row.dueDate,
          overdue: row.dueDate < today,
          subjectId: row.subjectId,
          journeyId: row.journeyId,
          personId: row.personId,
        },
      }),
    )
    due += rows.length
    // A page at a time, each in its own transaction: a run stopped part way has sent what it
    // committed, and the next run sends the rest.
    if (batch.length > 0)
      reminded += yield* (yield* UnitOfWork).transaction(events.appendOnce(batch))
    const last = rows.at(-1)
    if (last === undefined || rows.length < PAGE) break
    after = last
  }
  return { due, reminded }
})
