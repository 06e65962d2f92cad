import { Contracts, invokeUseCaseForEach } from "@openpb/core"
import DataLoader from "dataloader"
import { Result } from "effect"
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
 * Each person a request's rows name is read once, and all of them together: the people the rows
 * of one list name are gathered while the list resolves and read by one run of the `getPerson`
 * use case per person, in one transaction (`invokeUseCaseForEach`), so its access rule and audit
 * record apply to the relation too, row by row, and a person refused is refused alone.
 */
const peopleOfRequest = new WeakMap<GraphqlContext, DataLoader<string, unknown>>()

const peopleLoader = (ctx: GraphqlContext) => {
  let loader = peopleOfRequest.get(ctx)
  if (loader === undefined) {
    loader = new DataLoader<string, unknown>(async (personIds) => {
      const answers = await ctx.run(
        invokeUseCaseForEach(
          Contracts.GetPerson,
          personIds.map((personId) => ({ personId })),
        ),
      )
      return answers.map((answer) =>
        Result.isSuccess(answer) ? answer.success : toError(answer.failure),
      )
    })
    peopleOfRequest.set(ctx, loader)
  }
  return loader
}

/** DataLoader rejects a key whose answer is an Error; core's tagged errors are Errors. */
const toError = (failure: unknown): Error =>
  failure instanceof Error ? failure : new Error(String(failure))

builder.objectField(BudgetRef, "person", (t) =>
  t.field({
    extensions: runsUseCase(Contracts.GetPerson.name),
    type: PersonRef as never,
    description: "The person who holds the budget (their record, under its own access rule).",
    resolve: (budget, _, ctx) =>
      peopleLoader(ctx).load(String((budget as { personId: unknown }).personId)) as never,
  }),
)
