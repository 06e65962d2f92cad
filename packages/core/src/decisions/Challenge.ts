import { IsoInstant } from "../model/Time.ts"
import { Schema } from "effect"
import { CouncilId, PersonId } from "../model/Ids.ts"
import { CalendarDate } from "../model/Person.ts"
import { Prose } from "../model/Text.ts"
import { DecisionId } from "./Decision.ts"

const Uuid = Schema.String.check(Schema.isUUID(undefined, { message: "must be a UUID" }))
export const ChallengeId = Uuid.pipe(Schema.brand("ChallengeId"))
export type ChallengeId = typeof ChallengeId.Type

export const ChallengeStatus = Schema.Literals([
  "lodged",
  "under-review",
  "upheld",
  "partly-upheld",
  "not-upheld",
]).annotate({ identifier: "ChallengeStatus" })
export type ChallengeStatus = typeof ChallengeStatus.Type

/**
 * A person (or carer) contesting a decision. The words are the complaints regulations': upheld
 * means the person's challenge succeeds (partly-upheld: in part), not-upheld that the decision
 * stands.
 */
export class Challenge extends Schema.Class<Challenge>("@openpb/core/Challenge")({
  id: ChallengeId,
  councilId: CouncilId,
  personId: PersonId,
  decisionId: DecisionId,
  grounds: Prose,
  lodgedBy: Schema.String,
  lodgedAt: IsoInstant,
  deadline: CalendarDate,
  status: ChallengeStatus,
  outcomeDecisionId: Schema.NullOr(DecisionId),
  version: Schema.Int,
}) {}
