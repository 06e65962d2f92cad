import { Schema } from "effect"
import { CouncilId } from "./Ids.ts"

/** One change to the domain, appended in the same transaction as the change itself. */
export const DomainEventInput = Schema.Struct({
  councilId: CouncilId,
  type: Schema.NonEmptyString,
  aggregateType: Schema.NonEmptyString,
  aggregateId: Schema.String,
  actorSubject: Schema.String,
  payload: Schema.Record(Schema.String, Schema.Unknown),
})
export type DomainEventInput = typeof DomainEventInput.Type
