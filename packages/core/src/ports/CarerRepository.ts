import { Context, type Effect, type Option } from "effect"
import type { Carer, CarerId } from "../model/Carer.ts"
import type { StaleVersion } from "../model/Errors.ts"
import type { CouncilId, PersonId } from "../model/Ids.ts"

export class CarerRepository extends Context.Service<
  CarerRepository,
  {
    insert(carer: Carer): Effect.Effect<void>
    update(carer: Carer): Effect.Effect<void, StaleVersion>
    findById(councilId: CouncilId, id: CarerId): Effect.Effect<Option.Option<Carer>>
    listForPerson(councilId: CouncilId, personId: PersonId): Effect.Effect<ReadonlyArray<Carer>>
  }
>()("@openpb/core/CarerRepository") {}
