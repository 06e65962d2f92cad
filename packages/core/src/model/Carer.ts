import { Schema } from "effect"
import { CouncilId, PersonId } from "./Ids.ts"
import { PersonName } from "./Person.ts"

const Uuid = Schema.String.check(Schema.isUUID(undefined, { message: "must be a UUID" }))
export const CarerId = Uuid.pipe(Schema.brand("CarerId"))
export type CarerId = typeof CarerId.Type

/**
 * A family member or friend who supports the person. They see the person's record only while
 * the person's consent stands; a nominated person manages a direct payment for them.
 */
export class Carer extends Schema.Class<Carer>("@openpb/core/Carer")({
  id: CarerId,
  councilId: CouncilId,
  personId: PersonId,
  name: PersonName,
  relationship: Schema.NonEmptyString,
  /** The carer's sign-in subject, when they have one. */
  subject: Schema.NullOr(Schema.NonEmptyString),
  consentToView: Schema.Boolean,
  nominatedPerson: Schema.Boolean,
  version: Schema.Int,
}) {}
