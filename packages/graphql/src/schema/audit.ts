import { type AuditEntry, searchAudit, whoSawMyRecord } from "@openpb/core"
import { builder } from "../builder.ts"
import { runsUseCase } from "../useCase.ts"

const AuditEntryRef = builder.objectRef<AuditEntry>("AuditEntry").implement({
  description:
    "One use of personal data: who, in which role, what, whose record, by which API, when, why.",
  fields: (t) => ({
    actorSubject: t.exposeString("actorSubject"),
    actorRoles: t.exposeStringList("actorRoles"),
    operation: t.exposeString("operation"),
    kind: t.exposeString("kind"),
    personId: t.exposeID("personId", { nullable: true }),
    api: t.exposeString("api"),
    requestId: t.exposeString("requestId"),
    purpose: t.exposeString("purpose", { nullable: true }),
    at: t.exposeString("at"),
  }),
})

const RecordViewRef = builder
  .objectRef<{
    who: string
    roles: ReadonlyArray<string>
    what: string
    kind: string
    when: string
    purpose: string | null
  }>("RecordView")
  .implement({
    description: "Someone who looked at or changed a person's record.",
    fields: (t) => ({
      who: t.exposeString("who"),
      roles: t.exposeStringList("roles"),
      what: t.exposeString("what"),
      kind: t.exposeString("kind"),
      when: t.exposeString("when"),
      purpose: t.exposeString("purpose", { nullable: true }),
    }),
  })

builder.queryField("auditTrail", (t) =>
  t.field({
    extensions: runsUseCase("searchAudit"),
    type: [AuditEntryRef],
    args: {
      personId: t.arg.id({ required: false }),
      actorSubject: t.arg.string({ required: false }),
      limit: t.arg.int({ required: false }),
    },
    resolve: (_, args, ctx) =>
      ctx.run(
        searchAudit({
          ...(args.personId ? { personId: args.personId } : {}),
          ...(args.actorSubject ? { actorSubject: args.actorSubject } : {}),
          ...(args.limit ? { limit: args.limit } : {}),
        }),
      ),
  }),
)

builder.queryField("whoSawMyRecord", (t) =>
  t.field({
    extensions: runsUseCase("whoSawMyRecord"),
    type: [RecordViewRef],
    args: { personId: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => ctx.run(whoSawMyRecord({ personId: args.personId })),
  }),
)
