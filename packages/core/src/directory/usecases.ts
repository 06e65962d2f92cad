import { Effect, Option, Schema } from "effect"
import { authorize } from "../access/authorize.ts"
import { type PlanLine, SpendingCategory } from "../journey/SupportPlan.ts"
import { CurrentActor } from "../model/Actor.ts"
import { newUuidV7 } from "../model/Ids.ts"
import { decodeInput, invalidAt } from "../model/Input.ts"
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  type Page,
  PageRequest,
} from "../model/Page.ts"
import { Label, Prose } from "../model/Text.ts"
import { nowIso } from "../model/Time.ts"
import { EventLog } from "../ports/EventLog.ts"
import { UnitOfWork } from "../ports/UnitOfWork.ts"
import { DirectoryEntry, DirectoryEntryKind, DirectoryEntryNotFound } from "./DirectoryEntry.ts"
import { DirectoryEntryId } from "./DirectoryEntryId.ts"
import { DirectoryRepository } from "./DirectoryRepository.ts"
import { directoryCsvColumns, servicesFromCsv } from "./OrukCsv.ts"
import { entryFromOruk, OrukFeed, type OrukService } from "./OrukFeed.ts"
import { postcodeDistrictOf } from "./Postcode.ts"

export const SearchDirectoryInput = Schema.Struct({
  ...PageRequest.fields,
  need: Schema.optionalKey(
    Label.annotate({
      description:
        'Free text: what the person needs or enjoys ("peer support", "gardening"); every word must match.',
    }),
  ),
  area: Schema.optionalKey(
    Label.annotate({
      description:
        "A postcode or postcode district (LS7 3AB, LS7), matched by district, or an area's name (Chapeltown).",
    }),
  ),
  language: Schema.optionalKey(
    Label.annotate({ description: "A language the service is offered in (Polish), any case." }),
  ),
  category: Schema.optionalKey(SpendingCategory),
  kind: Schema.optionalKey(DirectoryEntryKind),
})
export type SearchDirectoryInput = typeof SearchDirectoryInput.Encoded

const wordsOf = (text: string | undefined) =>
  (text ?? "")
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== "")

/**
 * The council's directory searched by need, area, language, category and kind, in name order a
 * page at a time. Anyone signed in to the council may read it: it lists services, not people.
 */
export const searchDirectory = Effect.fn("searchDirectory")(function* (raw: unknown = {}) {
  const input = yield* decodeInput(SearchDirectoryInput)(raw)
  yield* authorize("directory.read")
  let after: DirectoryEntryId | undefined
  if (input.after !== undefined) {
    const id = decodeCursor(input.after)
    if (id === undefined || !Schema.is(DirectoryEntryId)(id))
      return yield* invalidAt(["after"], "must be a cursor returned by a previous page")
    after = id
  }
  const district = input.area === undefined ? undefined : postcodeDistrictOf(input.area)
  const actor = yield* CurrentActor
  const limit = input.first ?? DEFAULT_PAGE_SIZE
  const rows = yield* (yield* DirectoryRepository).search(actor.councilId, {
    words: wordsOf(input.need),
    ...(district !== undefined
      ? { postcodeDistrict: district }
      : input.area === undefined
        ? {}
        : { areaName: input.area.trim() }),
    ...(input.language === undefined ? {} : { language: input.language.trim() }),
    ...(input.category === undefined ? {} : { category: input.category }),
    ...(input.kind === undefined ? {} : { kind: input.kind }),
    ...(after === undefined ? {} : { after }),
    limit: limit + 1,
  })
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  const page: Page<DirectoryEntry> = {
    items,
    endCursor: last ? encodeCursor(last.id) : null,
    hasNextPage: rows.length > limit,
  }
  return page
})

export const GetDirectoryEntryInput = Schema.Struct({ entryId: DirectoryEntryId })
export type GetDirectoryEntryInput = typeof GetDirectoryEntryInput.Encoded

/** One entry of the council's directory. */
export const getDirectoryEntry = Effect.fn("getDirectoryEntry")(function* (raw: unknown) {
  const input = yield* decodeInput(GetDirectoryEntryInput)(raw)
  yield* authorize("directory.read")
  const actor = yield* CurrentActor
  const found = yield* (yield* DirectoryRepository).findById(actor.councilId, input.entryId)
  if (Option.isNone(found)) return yield* new DirectoryEntryNotFound({ entryId: input.entryId })
  return found.value
})

/** A service of the feed that was not imported, and why. */
export const DirectoryRefusal = Schema.Struct({
  serviceId: Schema.String,
  reasons: Schema.Array(Schema.String),
}).annotate({ identifier: "DirectoryRefusal" })

/** What an import did: services added, updated, unchanged, and refused with their reasons. */
export const DirectoryImport = Schema.Struct({
  added: Schema.Int,
  updated: Schema.Int,
  unchanged: Schema.Int,
  refused: Schema.Array(DirectoryRefusal),
}).annotate({ identifier: "DirectoryImport" })
export type DirectoryImport = typeof DirectoryImport.Type

type Refusal = typeof DirectoryRefusal.Type

/**
 * Writes a feed's services to the council's directory in one transaction: each is added, or
 * updates the entry of the same feed id, or is left as it is when nothing changed. A service
 * that cannot be listed is refused with its reasons and the rest written; `refusedBefore` are
 * those refused before they were services at all (a CSV row that could not be read).
 */
const importServices = Effect.fnUntraced(function* (
  services: ReadonlyArray<OrukService>,
  refusedBefore: ReadonlyArray<Refusal>,
  source: "json" | "csv",
) {
  const actor = yield* CurrentActor
  const directory = yield* DirectoryRepository
  const events = yield* EventLog
  const at = yield* nowIso
  const report = { added: 0, updated: 0, unchanged: 0, refused: [...refusedBefore] }
  const seen = new Set<string>()
  return yield* (yield* UnitOfWork).transaction(
    Effect.gen(function* () {
      for (const service of services) {
        if (seen.has(service.id)) {
          report.refused.push({
            serviceId: service.id,
            reasons: ["id: the feed lists this service more than once; the first was imported"],
          })
          continue
        }
        seen.add(service.id)
        const made = entryFromOruk(service)
        if ("reasons" in made) {
          report.refused.push({ serviceId: service.id, reasons: made.reasons })
          continue
        }
        const entry = new DirectoryEntry({
          ...made.entry,
          id: DirectoryEntryId.make(yield* newUuidV7),
          councilId: actor.councilId,
          updatedAt: at,
        })
        report[yield* directory.upsert(entry)] += 1
      }
      const result: DirectoryImport = report
      yield* events.append({
        councilId: actor.councilId,
        type: "DirectoryImported",
        aggregateType: "Directory",
        aggregateId: actor.councilId,
        actorSubject: actor.subject,
        payload: {
          source,
          added: result.added,
          updated: result.updated,
          unchanged: result.unchanged,
          refused: result.refused.map((r) => r.serviceId),
        },
      })
      return result
    }),
  )
})

/**
 * Imports an Open Referral UK feed into the council's directory, in one transaction: each
 * service is added, or updates the entry of the same feed id, or is left as it is when nothing
 * changed, so importing the same feed twice changes nothing. A service that cannot be listed is
 * refused with its reasons and the rest imported; a feed that is not one is refused whole.
 */
export const importDirectory = Effect.fn("importDirectory")(function* (raw: unknown) {
  const feed = yield* decodeInput(OrukFeed)(raw)
  yield* authorize("directory.import")
  return yield* importServices(feed.content, [], "json")
})

export const ImportDirectoryCsvInput = Schema.Struct({
  csv: Prose.annotate({
    description: `The directory as CSV: a header row naming some of ${directoryCsvColumns.join(", ")} (id and name required), then one service a row; lists separated by semicolons.`,
  }),
})
export type ImportDirectoryCsvInput = typeof ImportDirectoryCsvInput.Encoded

/**
 * Imports the council's directory from a CSV file with the feed's fields (one service a row),
 * by the same rules and in the same way as a feed: a row that cannot be listed is refused with
 * its reasons; a file that cannot be read as a directory (broken quoting, an unknown column) is
 * refused whole, naming the line or column, and nothing is written.
 */
export const importDirectoryCsv = Effect.fn("importDirectoryCsv")(function* (raw: unknown) {
  const input = yield* decodeInput(ImportDirectoryCsvInput)(raw)
  const read = servicesFromCsv(input.csv)
  if ("message" in read) return yield* invalidAt(read.path, read.message)
  yield* authorize("directory.import")
  const services = read.rows.flatMap((row) => ("service" in row ? [row.service] : []))
  const refused = read.rows.flatMap((row) =>
    "reasons" in row ? [{ serviceId: row.serviceId, reasons: row.reasons }] : [],
  )
  return yield* importServices(services, refused, "csv")
})

/**
 * A plan whose lines name directory entries must name entries of the council's directory: the
 * first line naming another is refused as bad input at `plan.lines.<n>.directoryEntryId`.
 */
export const checkDirectoryLinks = Effect.fnUntraced(function* (lines: ReadonlyArray<PlanLine>) {
  const named = lines.flatMap((line) =>
    line.directoryEntryId === undefined ? [] : [line.directoryEntryId],
  )
  if (named.length === 0) return
  const actor = yield* CurrentActor
  const existing = new Set(yield* (yield* DirectoryRepository).existing(actor.councilId, named))
  const index = lines.findIndex(
    (line) => line.directoryEntryId !== undefined && !existing.has(line.directoryEntryId),
  )
  if (index >= 0)
    return yield* invalidAt(
      ["plan", "lines", index, "directoryEntryId"],
      `no entry of the council's directory has the id ${lines[index]?.directoryEntryId}`,
    )
})
