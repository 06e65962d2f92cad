import { Option } from "effect"

/** The messages of an error and of what caused it, outermost first. */
const messagesOf = (error: unknown, depth = 0): ReadonlyArray<string> => {
  if (depth > 5 || error === undefined || error === null) return []
  const message =
    error instanceof Error || (typeof error === "object" && "message" in error)
      ? String((error as { readonly message: unknown }).message)
      : String(error)
  const cause = typeof error === "object" && "cause" in error ? error.cause : undefined
  return [message, ...messagesOf(cause, depth + 1)]
}

/**
 * Why a start failed, in one line: the error and its causes (a database's "failed to connect"
 * says nothing without the refused connection or the missing password under it), each said
 * once, with no stack. A `DATABASE_URL` with no password is allowed (a database may trust the
 * connection); when the database asks for one, the line says where it goes.
 */
export const describeStartFailure = (
  error: unknown,
  config?: { readonly databaseUrl: Option.Option<string> },
): string => {
  const line = [
    ...new Set(
      messagesOf(error)
        .map((message) => message.replace(/\s+/g, " ").trim())
        .filter(Boolean),
    ),
  ].join(": ")
  const url = config === undefined ? undefined : Option.getOrUndefined(config.databaseUrl)
  return url !== undefined &&
    URL.canParse(url) &&
    new URL(url).password === "" &&
    /password/i.test(line)
    ? `${line} (DATABASE_URL names no password: give it as postgres://user:password@host:5432/database, or let the database trust this connection)`
    : line
}
