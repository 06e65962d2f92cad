import { Schema } from "effect"
import { ConsentScope } from "./ConsentScope.ts"
import { CalendarDate } from "./Person.ts"
import { CouncilId, PersonId } from "./Ids.ts"
import { PersonName } from "./Person.ts"
import { Label, Note } from "./Text.ts"

const Uuid = Schema.String.check(Schema.isUUID(undefined, { message: "must be a UUID" }))
export const CarerId = Uuid.pipe(Schema.brand("CarerId"))
export type CarerId = typeof CarerId.Type

/** What a carer said about the unpaid support they give, and when. */
export const CarerWillingness = Schema.Struct({
  willingAndAble: Schema.Boolean,
  hoursPerWeek: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 168 })),
  confirmedOn: CalendarDate,
  /** In the carer's words, as recorded. */
  note: Note,
}).annotate({ identifier: "CarerWillingness" })
export type CarerWillingness = typeof CarerWillingness.Type

/**
 * A family member or friend who supports the person. They see or do only what the person has
 * consented to, scope by scope, while it stands; a nominated person manages a direct payment.
 */
export class Carer extends Schema.Class<Carer>("@openpb/core/Carer")({
  id: CarerId,
  councilId: CouncilId,
  personId: PersonId,
  name: PersonName,
  relationship: Label,
  /** The carer's sign-in subject, when they have one. */
  subject: Schema.NullOr(Label),
  /** What the person lets this carer see and do, each given and withdrawn on its own. */
  consentScopes: Schema.Array(ConsentScope),
  nominatedPerson: Schema.Boolean,
  /**
   * The carer's own word on the unpaid support they give (Care Act s10(5)-(6), guidance 11.19):
   * a budget may count it only while they have said they are willing and able.
   */
  willingness: Schema.optionalKey(Schema.NullOr(CarerWillingness)),
  version: Schema.Int,
}) {}
