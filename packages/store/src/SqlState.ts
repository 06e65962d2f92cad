import {
  AuthenticationError,
  AuthorizationError,
  ConnectionError,
  ConstraintError,
  DeadlockError,
  LockTimeoutError,
  SerializationError,
  SqlSyntaxError,
  StatementTimeoutError,
  type SqlErrorReason,
  UniqueViolation,
  UnknownError,
} from "effect/sql/SqlError"

interface ReasonProps {
  readonly cause: unknown
  readonly message: string
  readonly operation: string
}

/**
 * Classifies a PostgreSQL SQLSTATE into effect's SQL error reasons, the same way
 * `@effect/sql-pg` does, so PGlite and PostgreSQL fail alike.
 */
export const classifySqlState = (
  code: string | undefined,
  constraint: string | undefined,
  props: ReasonProps,
): SqlErrorReason => {
  if (code === undefined) return new UnknownError(props)
  if (code.startsWith("08")) return new ConnectionError(props)
  if (code.startsWith("28")) return new AuthenticationError(props)
  if (code === "42501") return new AuthorizationError(props)
  if (code.startsWith("42")) return new SqlSyntaxError(props)
  if (code === "23505")
    return new UniqueViolation({ ...props, constraint: constraint || "unknown" })
  if (code.startsWith("23")) return new ConstraintError(props)
  if (code === "40P01") return new DeadlockError(props)
  if (code === "40001") return new SerializationError(props)
  if (code === "55P03") return new LockTimeoutError(props)
  if (code === "57014") return new StatementTimeoutError(props)
  return new UnknownError(props)
}
