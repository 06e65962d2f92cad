import { Schema } from "effect"
import { DecisionFlag } from "../decisions/Decision.ts"
import { CalendarDate } from "../model/Person.ts"
import { PersonId } from "../model/Ids.ts"

export const WorkItemKind = Schema.Literals([
  "review-due",
  "challenge-response",
  "plan-approval",
  "contingency-ending",
  "recovery-window",
  "statement-due",
  "no-spending",
]).annotate({ identifier: "WorkItemKind" })
export type WorkItemKind = typeof WorkItemKind.Type

/** One thing waiting on the council: what, by when, under which rule, and whose it is. */
export const WorkItem = Schema.Struct({
  /** The item with its due date: a new id when the day it is due moves. */
  id: Schema.NonEmptyString,
  kind: WorkItemKind,
  dueDate: CalendarDate,
  /** Due before today. */
  overdue: Schema.Boolean,
  /** Why it is due then, in plain words. */
  rule: Schema.NonEmptyString,
  journeyId: Schema.NullOr(Schema.String),
  personId: PersonId,
  assignee: Schema.NullOr(Schema.String),
  /** The review, challenge, decision or journey it is about. */
  subjectId: Schema.String,
  /** What a manager must look at first (a surplus proposal flagged for late monitoring). */
  flags: Schema.Array(DecisionFlag),
}).annotate({ identifier: "WorkItem" })
export type WorkItem = typeof WorkItem.Type
