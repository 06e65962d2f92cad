import { Schema } from "effect"

export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 100

/** Opaque cursor: the base64url text of the last item's sort key. */
export const Cursor = Schema.String.check(
  Schema.isPattern(/^[A-Za-z0-9_-]{1,200}$/, {
    message: "must be a cursor returned by a previous page",
  }),
)

export const PageRequest = Schema.Struct({
  first: Schema.optionalKey(
    Schema.Int.check(
      Schema.isBetween(
        { minimum: 1, maximum: MAX_PAGE_SIZE },
        { message: `must be between 1 and ${MAX_PAGE_SIZE}` },
      ),
    ),
  ),
  after: Schema.optionalKey(Cursor),
})
export type PageRequest = typeof PageRequest.Type

export interface Page<A> {
  readonly items: ReadonlyArray<A>
  readonly endCursor: string | null
  readonly hasNextPage: boolean
}

export const encodeCursor = (key: string): string =>
  btoa(key).replaceAll("+", "-").replaceAll("/", "_").replaceAll("=", "")

/** The sort key inside a cursor, or undefined when the text is not one of ours. */
export const decodeCursor = (cursor: string): string | undefined => {
  try {
    return atob(cursor.replaceAll("-", "+").replaceAll("_", "/"))
  } catch {
    return undefined
  }
}
