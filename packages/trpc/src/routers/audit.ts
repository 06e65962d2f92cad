import { type PersonRef, type SearchAuditInput, searchAudit, whoSawMyRecord } from "@openpb/core"
import { router, typedInput, useCaseProcedure } from "../trpc.ts"

/** The audit trail: the auditor's search, and a person's view of who saw their record. */
export const auditRouter = router({
  search: useCaseProcedure("searchAudit")
    .input(typedInput<SearchAuditInput>())
    .query(({ ctx, input }) => ctx.run(searchAudit(input))),
  whoSawMyRecord: useCaseProcedure("whoSawMyRecord")
    .input(typedInput<PersonRef>())
    .query(({ ctx, input }) => ctx.run(whoSawMyRecord(input))),
})
