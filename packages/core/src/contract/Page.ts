import { Schema } from "effect"

/** A page of a list as both APIs return it (GraphQL wraps it as a Relay connection). */
export const PageOf = <S extends Schema.Top>(item: S, identifier: string) =>
  Schema.Struct({
    items: Schema.Array(item),
    endCursor: Schema.NullOr(Schema.String),
    hasNextPage: Schema.Boolean,
  }).annotate({ identifier })
