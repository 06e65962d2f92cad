import { Schema } from "effect"

/**
 * A directory entry's id in OpenPB (a UUIDv7 given at its first import); the feed's own id for
 * the service is kept beside it as `sourceId`. On its own so a plan line can name an entry
 * without the directory's model depending on the plan's.
 */
export const DirectoryEntryId = Schema.String.check(
  Schema.isUUID(undefined, { message: "must be a UUID" }),
).pipe(Schema.brand("DirectoryEntryId"))
export type DirectoryEntryId = typeof DirectoryEntryId.Type
