import { Context, type Effect, type Option } from "effect"
import type { SpendingCategory } from "../journey/SupportPlan.ts"
import type { CouncilId } from "../model/Ids.ts"
import type { DirectoryEntry, DirectoryEntryKind } from "./DirectoryEntry.ts"
import type { DirectoryEntryId } from "./DirectoryEntryId.ts"

/** What a directory search asks for; every filter given must hold. */
export interface DirectoryFilter {
  /** Words each of which must appear in the entry's name, description, organisation, eligibility, cultural fit or keywords. */
  readonly words: ReadonlyArray<string>
  /** A postcode district (`LS7`), matched against the districts of the entry's locations. */
  readonly postcodeDistrict?: string
  /** An area's name, matched (ignoring case) against the entry's areas. */
  readonly areaName?: string
  /** A language, matched ignoring case. */
  readonly language?: string
  readonly category?: SpendingCategory
  readonly kind?: DirectoryEntryKind
  /** Keyset: entries after this one in (name, id) order. */
  readonly after?: DirectoryEntryId
  readonly limit: number
}

/** What an import did with one service. */
export type DirectoryUpsert = "added" | "updated" | "unchanged"

/** The council's directory of providers, personal assistants and community activities. */
export class DirectoryRepository extends Context.Service<
  DirectoryRepository,
  {
    search(
      councilId: CouncilId,
      filter: DirectoryFilter,
    ): Effect.Effect<ReadonlyArray<DirectoryEntry>>
    findById(
      councilId: CouncilId,
      id: DirectoryEntryId,
    ): Effect.Effect<Option.Option<DirectoryEntry>>
    /** Which of these ids are entries of the council's directory. */
    existing(
      councilId: CouncilId,
      ids: ReadonlyArray<DirectoryEntryId>,
    ): Effect.Effect<ReadonlyArray<DirectoryEntryId>>
    /**
     * Adds the entry, or updates the council's entry with the same `sourceId` (keeping its id)
     * when its content differs; an entry whose content is the same is left as it is.
     */
    upsert(entry: DirectoryEntry): Effect.Effect<DirectoryUpsert>
  }
>()("@openpb/core/DirectoryRepository") {}
