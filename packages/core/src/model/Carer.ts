import { Schema } from "effect"
import { ConsentScope } from "./ConsentScope.ts"
import { CouncilId, PersonId } from "./Ids.ts"
import { PersonName } from "./Person.ts"

const Uuid = Schema.String.check(Schema.isUUID(undefined, { message: "must be a UUID" }))
export const CarerId = Uuid.pipe(Schema.brand("CarerId"))
export type CarerId = typeof CarerId.Type

/**
 * A family member or friend who supports the person. They see or do only what the person has
 * consented to, scope by scope, while it stands; a nominated person manages a direct payment.
 */
export class Carer extends Schema.Class<Carer>("@openpb/core/Carer")({
  id: CarerId,
  councilId: CouncilId,
  personId: PersonId,
  name: PersonName,
  relationship: Schema.NonEmptyString,
  /** The carer's sign-in subject, when they have one. */
  subject: Schema.NullOr(Schema.NonEmptyString),
  /** What the person lets this carer see and do, each given and withdrawn on its own. */
  consentScopes: Schema.Array(ConsentScope),
  nominatedPerson: Schema.Boolean,
  version: Schema.Int,
}) {}
