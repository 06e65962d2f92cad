import { Effect, Schema } from "effect"
import { DecisionFlag } from "../decisions/Decision.ts"
import { authorize } from "../access/authorize.ts"
import { CurrentActor } from "../model/Actor.ts"
import { todayInLondon } from "../model/CalendarDay.ts"
import { decodeInput, invalidAt } from "../model/Input.ts"
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  type Page,
  PageRequest,
} from "../model/Page.ts"
import { CalendarDate } from "../model/Person.ts"
import { PersonId } from "../model/Ids.ts"
import { WorkQueueSource, type WorkQueueRow } from "../ports/WorkQueueSource.ts"
import { DirectPaymentMonitoringPolicy } from "../policies/DirectPaymentMonitoringPolicy.ts"
import { type WorkItem, WorkItemKind } from "./WorkItem.ts"

export const WorkQueueInput = Schema.Struct({
  ...PageRequest.fields,
  /** Only these kinds (all when absent). */
  kinds: Schema.optionalKey(Schema.Array(WorkItemKind)),
  /** Only items of journeys assigned to this practitioner. */
  assignee: Schema.optionalKey(Schema.NonEmptyString),
  /** Only items due on or before this day. */
  dueBy: Schema.optionalKey(CalendarDate),
  /** Only items flagged for a manager with one of these (late-monitoring proposals). */
  flags: Schema.optionalKey(Schema.Array(DecisionFlag)),
})
export type WorkQueueInput = typeof WorkQueueInput.Encoded

/** Why each kind of item is due when it is, in the words a worker reads. */
const ruleOf = (row: WorkQueueRow): string => {
  switch (row.kind) {
    case "review-due":
      return `The ${row.detail ?? "scheduled"} review is due by ${row.dueDate} under the review policy's clock.`
    case "challenge-response":
      return `A challenge to a ${row.detail ?? ""} decision awaits the council's answer, due by ${row.dueDate}.`
    case "plan-approval":
      return `A plan submitted on ${row.dueDate} awaits an approver's decision.`
    case "contingency-ending":
      return `The contingency uplift ends on ${row.dueDate}; check the person is ready.`
    case "recovery-window":
      return `The person's time to answer a surplus proposal ends on ${row.dueDate}; nothing is recovered before then.${
        row.flags.includes("late-monitoring")
          ? " It looks at money held longer than the monitoring limit: a manager must confirm any recovery, with reasons."
          : ""
      }`
    case "statement-due":
      return `A direct-payment statement is due by ${row.dueDate}, one period after the last (the monitoring policy's statement period).`
    case "no-spending":
      return `No spending from the direct-payment account has been recorded ${row.detail === null ? "since the payments began" : `since ${row.detail}`}; by ${row.dueDate} (the monitoring policy's no-spend period) ask the person whether the payments still meet their needs (Care and Support (Direct Payments) Regulations 2014 reg 7). Nothing is recovered for this alone.`
  }
}

/** A work item's id: the same item due on another day is another item (and another reminder). */
export const workItemIdOf = (row: { dueDate: string; kind: string; subjectId: string }) =>
  `${row.dueDate}|${row.kind}|${row.subjectId}`

/**
 * The council's work queue: every open item of every journey, earliest due first, a page at a
 * time, filtered by kind, assignee and due date.
 */
export const workQueue = Effect.fn("workQueue")(function* (raw: unknown = {}) {
  const input = yield* decodeInput(WorkQueueInput)(raw)
  yield* authorize("journey.list")
  let after: { dueDate: string; kind: string; subjectId: string } | undefined
  if (input.after !== undefined) {
    const [dueDate, kind, subjectId] = (decodeCursor(input.after) ?? "").split("|")
    if (
      dueDate === undefined ||
      kind === undefined ||
      subjectId === undefined ||
      !Schema.is(CalendarDate)(dueDate) ||
      !Schema.is(WorkItemKind)(kind)
    )
      return yield* invalidAt(["after"], "must be a cursor returned by a previous page")
    after = { dueDate, kind, subjectId }
  }
  const actor = yield* CurrentActor
  const source = yield* WorkQueueSource
  const monitoring = yield* DirectPaymentMonitoringPolicy
  const today = yield* todayInLondon
  const limit = input.first ?? DEFAULT_PAGE_SIZE
  const rows = yield* source.items(actor.councilId, {
    kinds: input.kinds ?? WorkItemKind.literals,
    ...(input.assignee === undefined ? {} : { assignee: input.assignee }),
    ...(input.dueBy === undefined ? {} : { dueBy: input.dueBy }),
    ...(input.flags === undefined ? {} : { flags: input.flags }),
    ...(after === undefined ? {} : { after }),
    limit: limit + 1,
    statementEveryWeeks: yield* monitoring.statementEveryWeeks,
    noSpendWeeks:
      monitoring.noSpendWeeks === undefined ? undefined : yield* monitoring.noSpendWeeks,
  })
  const items = rows.slice(0, limit).map(
    (row): WorkItem => ({
      id: workItemIdOf(row),
      kind: row.kind,
      dueDate: row.dueDate,
      overdue: row.dueDate < today,
      rule: ruleOf(row),
      journeyId: row.journeyId,
      personId: PersonId.make(row.personId),
      assignee: row.assignee,
      subjectId: row.subjectId,
      flags: row.flags,
    }),
  )
  const last = items.at(-1)
  const page: Page<WorkItem> = {
    items,
    endCursor: last ? encodeCursor(last.id) : null,
    hasNextPage: rows.length > limit,
  }
  return page
})
