import { Context, type Effect, type Option } from "effect"
import type { CouncilId } from "../model/Ids.ts"
import type { ExportRun, ExportRunId, ExportRunStatus } from "../reporting/ExportRun.ts"

export interface ExportRunOutcome {
  readonly status: Exclude<ExportRunStatus, "running">
  readonly rowCount: number
  readonly byteCount: number
  readonly checksumSha256: string | null
  readonly location: string | null
  readonly error: string | null
  readonly finishedAt: string
}

/** Where export runs are recorded. Every method is scoped to one council. */
export class ExportRunRepository extends Context.Service<
  ExportRunRepository,
  {
    insert(run: ExportRun): Effect.Effect<void>
    /** Rows written so far, so another process can show a running export's progress. */
    progress(councilId: CouncilId, id: ExportRunId, rowCount: number): Effect.Effect<void>
    /** Ends a running run; a run that has already ended is left as it was. */
    finish(councilId: CouncilId, id: ExportRunId, outcome: ExportRunOutcome): Effect.Effect<void>
    findById(councilId: CouncilId, id: ExportRunId): Effect.Effect<Option.Option<ExportRun>>
  }
>()("@openpb/core/ExportRunRepository") {}
