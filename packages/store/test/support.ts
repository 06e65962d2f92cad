import { Actor, CouncilId, CurrentActor } from "@openpb/core"
import { Layer } from "effect"

export const councilA = CouncilId.make("northmere")
export const councilB = CouncilId.make("southfold")

export const actorIn = (councilId: CouncilId) =>
  Layer.succeed(
    CurrentActor,
    new Actor({ subject: `test-admin@${councilId}`, roles: ["council-admin"], councilId }),
  )
