import { Context, type Effect, type Option } from "effect"
import type {
  ImportCounts,
  ImportRowProblem,
  ImportRun,
  ImportRunId,
} from "../imports/ImportRun.ts"
import type { Role } from "../model/Actor.ts"
import type { BudgetId, CouncilId, PersonId } from "../model/Ids.ts"

/**
 * Which records one source record became: the mark every imported record carries (its source
 * system and id, the run that first brought it in and the run that last changed it), and the row
 * as it was last imported, so a re-import writes only what changed.
 */
export interface ImportedRecord {
  readonly councilId: CouncilId
  readonly sourceSystem: string
  readonly sourceId: string
  readonly personId: PersonId
  readonly carerId: string | null
  readonly journeyId: string
  readonly budgetId: BudgetId | null
  readonly rowSha256: string
  /** The typed row as last imported (its encoded form). */
  readonly row: unknown
  readonly firstRunId: ImportRunId
  readonly lastRunId: ImportRunId
}

export interface ImportRunOutcome {
  readonly status: "completed" | "failed"
  readonly counts: ImportCounts
  readonly problems: ReadonlyArray<ImportRowProblem>
  readonly error: string | null
  readonly finishedAt: string
}

/** A running import's file, and the roles it was asked with: what its job runs from. */
export interface ImportFile {
  readonly csv: string
  readonly requestedRoles: ReadonlyArray<Role>
}

/** Where import runs and the source of every imported record are kept, one council at a time. */
export class ImportRunRepository extends Context.Service<
  ImportRunRepository,
  {
    insert(run: ImportRun): Effect.Effect<void>
    /** The counts and problems so far, so another process can show a running import's progress. */
    progress(
      councilId: CouncilId,
      id: ImportRunId,
      counts: ImportCounts,
      problems: ReadonlyArray<ImportRowProblem>,
    ): Effect.Effect<void>
    /** Ends a running run; a run that has already ended is left as it was. */
    finish(councilId: CouncilId, id: ImportRunId, outcome: ImportRunOutcome): Effect.Effect<void>
    findById(councilId: CouncilId, id: ImportRunId): Effect.Effect<Option.Option<ImportRun>>
    /** The council's runs, newest first. */
    list(councilId: CouncilId, limit: number): Effect.Effect<ReadonlyArray<ImportRun>>
    /** The records already imported from these source ids of one system. */
    imported(
      councilId: CouncilId,
      sourceSystem: string,
      sourceIds: ReadonlyArray<string>,
    ): Effect.Effect<ReadonlyMap<string, ImportedRecord>>
    /** The people of the council already holding any of these NHS numbers. */
    peopleByNhsNumber(
      councilId: CouncilId,
      nhsNumbers: ReadonlyArray<string>,
    ): Effect.Effect<ReadonlyMap<string, PersonId>>
    /** Keeps a run's file for its job, inside the caller's transaction. */
    saveFile(councilId: CouncilId, id: ImportRunId, file: ImportFile): Effect.Effect<void>
    findFile(councilId: CouncilId, id: ImportRunId): Effect.Effect<Option.Option<ImportFile>>
    /** Forgets a run's file once the run has ended. */
    dropFile(councilId: CouncilId, id: ImportRunId): Effect.Effect<void>
    /** Records (or replaces) which records a source record became, inside the caller's transaction. */
    saveImported(record: ImportedRecord): Effect.Effect<void>
  }
>()("@openpb/core/ImportRunRepository") {}
