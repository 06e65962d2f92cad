import {
  type AddCarerInput,
  addCarer,
  Carer,
  type CarerConsentInput,
  listCarers,
  type PersonRef,
  setCarerConsent,
} from "@openpb/core"
import { Effect, Schema } from "effect"
import { router, typedInput, useCaseProcedure } from "../trpc.ts"

const encodeCarer = Schema.encodeSync(Carer)

/** The person's circle: carers, and the consent the person gives and withdraws. */
export const carerRouter = router({
  add: useCaseProcedure("addCarer")
    .input(typedInput<AddCarerInput>())
    .mutation(({ ctx, input }) => ctx.run(addCarer(input).pipe(Effect.map((c) => encodeCarer(c))))),
  setConsent: useCaseProcedure("setCarerConsent")
    .input(typedInput<CarerConsentInput>())
    .mutation(({ ctx, input }) =>
      ctx.run(setCarerConsent(input).pipe(Effect.map((c) => encodeCarer(c)))),
    ),
  ofPerson: useCaseProcedure("listCarers")
    .input(typedInput<PersonRef>())
    .query(({ ctx, input }) =>
      ctx.run(listCarers(input).pipe(Effect.map((cs) => cs.map((c) => encodeCarer(c))))),
    ),
})
