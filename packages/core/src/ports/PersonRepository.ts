import { Context, type Effect, type Option } from "effect"
import type { CouncilId, PersonId } from "../model/Ids.ts"
import type { Person } from "../model/Person.ts"

/** Where people are kept. Every method is scoped to one council. */
export class PersonRepository extends Context.Service<
  PersonRepository,
  {
    insert(person: Person): Effect.Effect<void>
    findById(councilId: CouncilId, id: PersonId): Effect.Effect<Option.Option<Person>>
    /** Saves the person's changeable details (contact, language, interpreter, equality data). */
    update(person: Person): Effect.Effect<void>
    /** Records the person's research consent as it now stands. */
    setResearchConsent(councilId: CouncilId, id: PersonId, consent: boolean): Effect.Effect<void>
  }
>()("@openpb/core/PersonRepository") {}
