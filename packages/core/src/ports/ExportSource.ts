import { Context, Effect, Option, Stream } from "effect"
import type { BudgetStatus, DeliveryMechanism } from "../model/Budget.ts"
import type { CouncilId } from "../model/Ids.ts"
import type { Journey } from "../journey/Journey.ts"
import type { Person } from "../model/Person.ts"

/** One keyset page: rows of one council whose key sorts after `afterId`, in key order. */
export interface KeysetPage {
  readonly councilId: CouncilId
  readonly afterId: string | undefined
  readonly limit: number
}

/** A budget as exports read it: flat, with its funding streams as one column each. */
export interface BudgetExportRecord {
  readonly id: string
  readonly councilId: string
  readonly personId: string
  readonly status: BudgetStatus
  readonly deliveryMechanism: DeliveryMechanism
  readonly amountPence: number
  readonly councilSocialCarePence: number
  readonly nhsHealthPence: number
  /** ISO-8601 UTC instant. */
  readonly createdAt: string
}

/** Which budgets an export reads: one council's, optionally narrowed. */
export interface BudgetExportFilter {
  readonly councilId: CouncilId
  /** Only budgets created on or after this London calendar date. */
  readonly createdFrom: string | undefined
  /** Only budgets created on or before this London calendar date. */
  readonly createdTo: string | undefined
  readonly statuses: ReadonlyArray<BudgetStatus> | undefined
  /** Read the budgets as known at the end of this London date; absent: as they are now. */
  readonly asAt?: string | undefined
}

export interface BudgetExportQuery extends BudgetExportFilter, KeysetPage {}

export interface PlanExportQuery extends KeysetPage {
  /** Read people and plans as known at the end of this London date; absent: as they are now. */
  readonly asAt?: string | undefined
}

/** A person with a plan, and their journeys that have one, oldest first (for the FHIR export). */
export interface PlanExportRecord {
  readonly person: Person
  readonly journeys: ReadonlyArray<{
    readonly journey: Journey
    /** The London date the plan in force was approved; null before an approval. */
    readonly approvedOn: string | null
  }>
}

/**
 * Reads for exports, a page at a time in key order. Keyset pages (`id > last`) cost the same
 * at the millionth row as at the first, where OFFSET pages slow down as they go; a deployment
 * may point this port at a read replica.
 */
export class ExportSource extends Context.Service<
  ExportSource,
  {
    budgets(query: BudgetExportQuery): Effect.Effect<ReadonlyArray<BudgetExportRecord>>
    /**
     * Every budget the filter names, in id order, as one stream: what a whole-council export
     * reads. On PostgreSQL it is one statement in one read-only snapshot, its rows flowing as
     * the encoder takes them (no page round trips, a consistent file); a store that cannot hold
     * a connection that long reads it a keyset page at a time.
     */
    budgetStream(filter: BudgetExportFilter): Stream.Stream<BudgetExportRecord>
    /** People with at least one journey with a plan, in person id order. */
    plans(query: PlanExportQuery): Effect.Effect<ReadonlyArray<PlanExportRecord>>
  }
>()("@openpb/core/ExportSource") {}

/**
 * Rows read page after page until a short page says there are no more. The next page is read
 * while the current one is written, so the database and the encoder work at the same time;
 * at most two pages are held.
 */
export const keysetStream = <A, E, R>(
  pageSize: number,
  readPage: (afterId: string | undefined, limit: number) => Effect.Effect<ReadonlyArray<A>, E, R>,
  keyOf: (row: A) => string,
): Stream.Stream<A, E, R> =>
  Stream.paginate(undefined as string | undefined, (afterId) =>
    readPage(afterId, pageSize).pipe(
      Effect.map((rows) => {
        const last = rows.at(-1)
        const next =
          rows.length < pageSize || last === undefined ? Option.none() : Option.some(keyOf(last))
        return [rows, next] as const
      }),
    ),
  ).pipe(Stream.bufferArray({ capacity: 1 }))
