import {
  type ExportContext,
  keysetStream,
  type ReturnsJourneyRecord,
  ReturnsSource,
} from "@openpb/plugin-sdk"
import { Stream } from "effect"

/** Journeys per database read: each carries its whole history, so pages stay modest. */
export const JOURNEYS_PAGE_SIZE = 1_000

/**
 * Every journey of the council opened on or before a date, a page at a time, as recorded now or,
 * given `asAt`, as known at the end of that day.
 */
export const journeysOpenedBy = (
  councilId: ExportContext["councilId"],
  date: string,
  asAt?: string,
): Stream.Stream<ReturnsJourneyRecord, never, ReturnsSource> =>
  Stream.unwrap(
    ReturnsSource.useSync((source) =>
      keysetStream(
        JOURNEYS_PAGE_SIZE,
        (afterId, limit) =>
          source.journeys({
            councilId,
            afterId,
            limit,
            openedOnOrBefore: date,
            researchConsentOnly: false,
            asAt,
          }),
        (j) => j.id,
      ),
    ),
  )
