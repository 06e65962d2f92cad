import {
  type GetPersonInput,
  getPerson,
  Person,
  type RegisterPersonInput,
  registerPerson,
} from "@openpb/core"
import { Effect, Schema } from "effect"
import { router, typedInput, useCaseProcedure } from "../trpc.ts"

const encodePerson = Schema.encodeSync(Person)

export const personRouter = router({
  register: useCaseProcedure("registerPerson")
    .input(typedInput<RegisterPersonInput>())
    .mutation(({ ctx, input }) => ctx.run(registerPerson(input).pipe(Effect.map(encodePerson)))),
  get: useCaseProcedure("getPerson")
    .input(typedInput<GetPersonInput>())
    .query(({ ctx, input }) => ctx.run(getPerson(input).pipe(Effect.map(encodePerson)))),
})
