import { Context, type Effect } from "effect"
import type { Actor } from "../model/Actor.ts"
import type { ConsentScope } from "../model/ConsentScope.ts"
import type { PersonId } from "../model/Ids.ts"
import type { ContractedLine } from "./providerContracts.ts"

/** How an actor stands towards one person of their council. */
export interface PersonRelation {
  /** The actor is the person. */
  readonly self: boolean
  /** What the person has let the actor do as their carer (given and not withdrawn); empty for anyone else. */
  readonly carerScopes: ReadonlyArray<ConsentScope>
  /** The person is on the actor's caseload as their practitioner. */
  readonly caseload: boolean
  /** The actor is the adviser assigned to the person. */
  readonly assignedAdviser: boolean
  /** The person's budget lines an approved plan contracts the actor for as their provider. */
  readonly contractedLines: ReadonlyArray<ContractedLine>
}

export const noRelation: PersonRelation = {
  self: false,
  carerScopes: [],
  caseload: false,
  assignedAdviser: false,
  contractedLines: [],
}

/** Where the circle around each person is kept (carers and consent, practitioner, adviser, providers). */
export class Relationships extends Context.Service<
  Relationships,
  { relationTo(actor: Actor, personId: PersonId): Effect.Effect<PersonRelation> }
>()("@openpb/core/Relationships") {}
