import { type PersonRef, type SearchAuditInput, searchAudit, whoSawMyRecord } from "@openpb/core"
import { procedure, router, typedInput } from "../trpc.ts"

/** The audit trail: the auditor's search, and a person's view of who saw their record. */
export const auditRouter = router({
  search: procedure
    .input(typedInput<SearchAuditInput>())
    .query(({ ctx, input }) => ctx.run(searchAudit(input))),
  whoSawMyRecord: procedure
    .input(typedInput<PersonRef>())
    .query(({ ctx, input }) => ctx.run(whoSawMyRecord(input))),
})
