import { Effect, Option, Schema } from "effect"
import { authorize } from "../access/authorize.ts"
import { CurrentActor } from "../model/Actor.ts"
import { decodeInput } from "../model/Input.ts"
import { ExportRunRepository } from "../ports/ExportRunRepository.ts"
import { ExportRunNotFound } from "./ExportErrors.ts"
import { ExportRunId } from "./ExportRun.ts"

export const GetExportRunInput = Schema.Struct({ runId: ExportRunId })

/**
 * One export run, to follow its progress or fetch its file: for the person who started it, and
 * for the council's administrators and auditors. Anyone else is told it does not exist, so run
 * ids reveal nothing.
 */
export const getExportRun = Effect.fn("getExportRun")(function* (raw: unknown) {
  const { runId } = yield* decodeInput(GetExportRunInput)(raw)
  yield* authorize("export.read")
  const actor = yield* CurrentActor
  const run = yield* (yield* ExportRunRepository).findById(actor.councilId, runId)
  const visible = Option.filter(
    run,
    (r) =>
      r.requestedBy === actor.subject ||
      actor.has("council-admin") ||
      actor.has("auditor") ||
      actor.has("system"),
  )
  if (Option.isNone(visible)) return yield* new ExportRunNotFound({ runId })
  return visible.value
})
