import {
  cancelExport,
  type GetExportRunInput,
  getExportRun,
  listExporters,
  type RunExportInput,
  startExport,
} from "@openpb/core"
import { router, typedInput, useCaseProcedure } from "../trpc.ts"

type RunRef = typeof GetExportRunInput.Encoded

/**
 * Exports: which exporters the caller may run, start one, follow it, cancel it. The file of a
 * completed run is downloaded over HTTP at `/exports/<run id>/file`, under the same rules.
 */
export const exportsRouter = router({
  exporters: useCaseProcedure("listExporters").query(({ ctx }) => ctx.run(listExporters())),
  start: useCaseProcedure("startExport")
    .input(typedInput<RunExportInput>())
    .mutation(({ ctx, input }) => ctx.run(startExport(input))),
  get: useCaseProcedure("getExportRun")
    .input(typedInput<RunRef>())
    .query(({ ctx, input }) => ctx.run(getExportRun(input))),
  cancel: useCaseProcedure("cancelExport")
    .input(typedInput<RunRef>())
    .mutation(({ ctx, input }) => ctx.run(cancelExport(input))),
})
