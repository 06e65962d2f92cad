import { getPerson, type Person, registerPerson } from "@openpb/core"
import { builder } from "../builder.ts"
import { runsUseCase } from "../useCase.ts"

export const PersonRef = builder.objectRef<Person>("Person").implement({
  description: "A person who uses mental health services and may hold a budget.",
  fields: (t) => ({
    id: t.exposeID("id"),
    givenName: t.exposeString("givenName"),
    familyName: t.exposeString("familyName"),
    dateOfBirth: t.exposeString("dateOfBirth", { nullable: true, description: "YYYY-MM-DD" }),
    createdAt: t.exposeString("createdAt", { description: "ISO-8601 instant, UTC" }),
    nhsNumber: t.exposeString("nhsNumber", { nullable: true }),
    preferredLanguage: t.exposeString("preferredLanguage", { nullable: true }),
    interpreterNeeded: t.exposeBoolean("interpreterNeeded"),
    researchConsent: t.exposeBoolean("researchConsent"),
  }),
})

const RegisterPersonInputRef = builder.inputType("RegisterPersonInput", {
  fields: (t) => ({
    givenName: t.string({ required: true }),
    familyName: t.string({ required: true }),
    dateOfBirth: t.string({ required: false, description: "YYYY-MM-DD" }),
    nhsNumber: t.string({ required: false, description: "10 digits; the check digit is verified" }),
    preferredLanguage: t.string({ required: false }),
    interpreterNeeded: t.boolean({ required: false }),
    researchConsent: t.boolean({ required: false }),
    contact: t.field({ type: "JSON", required: false, description: "{ phone, email, address }" }),
    equality: t.field({
      type: "JSON",
      required: false,
      description: "{ ethnicity (NHS ethnic category code), sex }, only with the person's consent",
    }),
  }),
})

/** GraphQL hands absent optional fields as null or leaves them out; core wants them left out. */
export const withoutNulls = <T extends Record<string, unknown>>(input: T) =>
  Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== null && value !== undefined),
  )

builder.queryField("person", (t) =>
  t.field({
    extensions: runsUseCase("getPerson"),
    type: PersonRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => ctx.run(getPerson({ personId: args.id })),
  }),
)

builder.mutationField("registerPerson", (t) =>
  t.field({
    extensions: runsUseCase("registerPerson"),
    type: PersonRef,
    args: { input: t.arg({ type: RegisterPersonInputRef, required: true }) },
    resolve: (_, args, ctx) => ctx.run(registerPerson(withoutNulls(args.input))),
  }),
)
