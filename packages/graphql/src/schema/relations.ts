import { Contracts, invokeUseCase } from "@openpb/core"
import { builder } from "../builder.ts"
import type { GraphqlContext } from "../context.ts"
import { rootShape } from "../derive/shape.ts"
import { objectRef } from "../derive/types.ts"
import { runsUseCase } from "../useCase.ts"

const shapeOf = (contract: {
  readonly output: { readonly ast: Parameters<typeof rootShape>[0] }
}) => {
  const shape = rootShape(contract.output.ast, "Relation")
  if (shape.kind !== "object") throw new Error("a relation's ends are objects")
  return shape
}

const PersonRef = objectRef(shapeOf(Contracts.GetPerson))
const BudgetRef = objectRef(shapeOf(Contracts.GetBudget))

/**
 * One read of each person per request, however many budgets in a list name them: the read runs
 * the `getPerson` use case, so its access rule and audit record apply to the relation too.
 */
const peopleOfRequest = new WeakMap<GraphqlContext, Map<string, Promise<unknown>>>()

const personOf = (personId: string, ctx: GraphqlContext) => {
  const cache = peopleOfRequest.get(ctx) ?? new Map<string, Promise<unknown>>()
  peopleOfRequest.set(ctx, cache)
  const cached = cache.get(personId)
  if (cached !== undefined) return cached
  const read = ctx.run(invokeUseCase(Contracts.GetPerson, { personId }))
  cache.set(personId, read)
  return read
}

builder.objectField(BudgetRef, "person", (t) =>
  t.field({
    extensions: runsUseCase(Contracts.GetPerson.name),
    type: PersonRef as never,
    description: "The person who holds the budget (their record, under its own access rule).",
    resolve: (budget, _, ctx) =>
      personOf(String((budget as { personId: unknown }).personId), ctx) as never,
  }),
)
