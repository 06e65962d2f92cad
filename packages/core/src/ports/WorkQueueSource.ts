import { Context, type Effect } from "effect"
import type { DecisionFlag } from "../decisions/Decision.ts"
import type { CouncilId } from "../model/Ids.ts"
import type { WorkItemKind } from "../work/WorkItem.ts"

/** One thing waiting on the council, as stored: what, by when, whose, and what it is about. */
export interface WorkQueueRow {
  readonly kind: WorkItemKind
  /** London calendar date it is due (or closes). */
  readonly dueDate: string
  readonly journeyId: string | null
  readonly personId: string
  /** The practitioner the journey is assigned to, if any. */
  readonly assignee: string | null
  /** The review, challenge, decision or journey the item is about. */
  readonly subjectId: string
  /** The review clock for a review; the decision kind for a challenge; otherwise null. */
  readonly detail: string | null
  /** The flags of the decision it is about (a surplus proposal's), else none. */
  readonly flags: ReadonlyArray<DecisionFlag>
}

export interface WorkQueueFilter {
  readonly kinds: ReadonlyArray<WorkItemKind>
  readonly assignee?: string
  /** Only items due on or before this day. */
  readonly dueBy?: string
  /** Only items carrying at least one of these flags. */
  readonly flags?: ReadonlyArray<DecisionFlag>
  /** Keyset: items after this one in (dueDate, kind, subjectId) order. */
  readonly after?: { readonly dueDate: string; readonly kind: string; readonly subjectId: string }
  readonly limit: number
  /** How often a direct-payment statement is due, in weeks (the monitoring policy's). */
  readonly statementEveryWeeks: number
  /** Weeks without spending from a direct-payment account before a no-spend check is due. */
  readonly noSpendWeeks?: number | undefined
}

/**
 * What is waiting across the council, read straight from the store in due-date order: reviews
 * due, challenges awaiting an answer, plans awaiting approval, contingency uplifts ending, surplus
 * proposals whose window for the person's answer closes, direct-payment statements due, direct-payment accounts with no spending for too long. Only open items: a completed review, an
 * answered challenge, a decided plan, a withdrawn or recovered proposal drop out.
 */
export class WorkQueueSource extends Context.Service<
  WorkQueueSource,
  {
    items(councilId: CouncilId, filter: WorkQueueFilter): Effect.Effect<ReadonlyArray<WorkQueueRow>>
  }
>()("@openpb/core/WorkQueueSource") {}
