import {
  type Budget,
  createBudget,
  encodeCursor,
  getBudget,
  getPerson,
  listBudgets,
} from "@openpb/core"
import { builder } from "../builder.ts"
import { runsUseCase } from "../useCase.ts"
import { BudgetStatusEnum, DeliveryMechanismEnum, FundingStreamKindEnum } from "./enums.ts"
import { PersonRef, withoutNulls } from "./person.ts"

const FundingStreamRef = builder
  .objectRef<Budget["fundingStreams"][number]>("FundingStream")
  .implement({
    fields: (t) => ({
      stream: t.field({ type: FundingStreamKindEnum, resolve: (s) => s.stream }),
      amountPence: t.exposeInt("amountPence"),
    }),
  })

export const BudgetRef = builder.objectRef<Budget>("Budget").implement({
  description: "A personal budget; its amount is the sum of its funding streams, in pence.",
  fields: (t) => ({
    id: t.exposeID("id"),
    personId: t.exposeID("personId"),
    person: t.field({
      type: PersonRef,
      resolve: (budget, _, ctx) => ctx.run(getPerson({ personId: budget.personId })),
    }),
    status: t.field({ type: BudgetStatusEnum, resolve: (b) => b.status }),
    amountPence: t.exposeInt("amountPence"),
    fundingStreams: t.field({ type: [FundingStreamRef], resolve: (b) => b.fundingStreams }),
    deliveryMechanism: t.field({
      type: DeliveryMechanismEnum,
      resolve: (b) => b.deliveryMechanism,
    }),
    version: t.exposeInt("version"),
    createdAt: t.exposeString("createdAt", { description: "ISO-8601 instant, UTC" }),
  }),
})

const FundingStreamInputRef = builder.inputType("FundingStreamInput", {
  fields: (t) => ({
    stream: t.field({ type: FundingStreamKindEnum, required: true }),
    amountPence: t.int({ required: true }),
  }),
})

const CreateBudgetInputRef = builder.inputType("CreateBudgetInput", {
  fields: (t) => ({
    personId: t.id({ required: true }),
    amountPence: t.int({ required: true }),
    fundingStreams: t.field({ type: [FundingStreamInputRef], required: true }),
    deliveryMechanism: t.field({ type: DeliveryMechanismEnum, required: true }),
  }),
})

builder.queryField("budget", (t) =>
  t.field({
    extensions: runsUseCase("getBudget"),
    type: BudgetRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => ctx.run(getBudget({ budgetId: args.id })),
  }),
)

builder.queryField("budgets", (t) =>
  t.connection({
    extensions: runsUseCase("listBudgets"),
    type: BudgetRef,
    description: "The council's budgets, oldest first.",
    resolve: async (_, args, ctx) => {
      const page = await ctx.run(
        listBudgets(withoutNulls({ first: args.first, after: args.after })),
      )
      return {
        edges: page.items.map((node) => ({
          node,
          cursor: encodeCursor(node.id),
        })),
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: args.after !== null && args.after !== undefined,
          startCursor: page.items[0] ? encodeCursor(page.items[0].id) : null,
          endCursor: page.endCursor,
        },
      }
    },
  }),
)

builder.mutationField("createBudget", (t) =>
  t.field({
    extensions: runsUseCase("createBudget"),
    type: BudgetRef,
    args: { input: t.arg({ type: CreateBudgetInputRef, required: true }) },
    resolve: (_, args, ctx) => ctx.run(createBudget(args.input)),
  }),
)
