import { UnitOfWork } from "@openpb/core"
import { Effect, Layer } from "effect"
import { SqlClient } from "effect/sql"

/** One database transaction per command; a database failure inside it is a defect. */
export const UnitOfWorkSql = Layer.effect(
  UnitOfWork,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    return UnitOfWork.of({
      transaction: (effect) =>
        sql.withTransaction(effect).pipe(Effect.catchTag("SqlError", (error) => Effect.die(error))),
    })
  }),
)
