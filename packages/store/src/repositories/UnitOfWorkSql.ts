import { UnitOfWork } from "@openpb/core"
import { Effect, Layer } from "effect"
import { SqlClient } from "effect/sql"
import { councilScope } from "../CouncilScope.ts"

/**
 * One database transaction per command; a database failure inside it is a defect. The
 * command's first statement sets its council, and the rest of the transaction keeps it.
 */
export const UnitOfWorkSql = Layer.effect(
  UnitOfWork,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { transaction } = councilScope(sql)
    return UnitOfWork.of({
      transaction: (effect) =>
        transaction(effect).pipe(Effect.catchTag("SqlError", (error) => Effect.die(error))),
    })
  }),
)
