import {
  type GetPersonInput,
  getPerson,
  Person,
  type RegisterPersonInput,
  registerPerson,
} from "@openpb/core"
import { Effect, Schema } from "effect"
import { procedure, router, typedInput } from "../trpc.ts"

const encodePerson = Schema.encodeSync(Person)

export const personRouter = router({
  register: procedure
    .input(typedInput<RegisterPersonInput>())
    .mutation(({ ctx, input }) => ctx.run(registerPerson(input).pipe(Effect.map(encodePerson)))),
  get: procedure
    .input(typedInput<GetPersonInput>())
    .query(({ ctx, input }) => ctx.run(getPerson(input).pipe(Effect.map(encodePerson)))),
})
