import { Context, type Effect } from "effect"
import type { DomainEventInput } from "../model/DomainEvent.ts"

/** The append-only trail of domain events (the audit trail and the outbox). */
export class EventLog extends Context.Service<
  EventLog,
  {
    append(event: DomainEventInput): Effect.Effect<void>
  }
>()("@openpb/core/EventLog") {}
