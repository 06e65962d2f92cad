import { Context, type Effect } from "effect"
import type { DomainEventInput } from "../model/DomainEvent.ts"

/** The append-only trail of domain events (the audit trail and the outbox). */
export class EventLog extends Context.Service<
  EventLog,
  {
    append(event: DomainEventInput): Effect.Effect<void>
    /**
     * Appends each event whose aggregate has no event of its type yet, inside the caller's
     * transaction, and answers how many it appended: for what must happen once (a reminder of
     * one work item). Calls for the same council and type wait for each other's transaction, so
     * two at once never both append for one aggregate.
     */
    appendOnce(events: ReadonlyArray<DomainEventInput>): Effect.Effect<number>
  }
>()("@openpb/core/EventLog") {}
