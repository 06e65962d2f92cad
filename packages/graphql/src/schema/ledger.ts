import {
  allocateDue,
  budgetStatement,
  checkDirectPaymentSurplus,
  confirmRecovery,
  drawContingency,
  ledgerBalances,
  ledgerHistory,
  type Posting,
  recordAllocation,
  recordPayment,
  recordSpending,
  reversePosting,
  spendingAgainstPlan,
  submitDirectPaymentStatement,
  directPaymentStatementDue,
  type UseCaseName,
} from "@openpb/core"
import { builder } from "../builder.ts"
import { runsUseCase } from "../useCase.ts"
import { DecisionRef } from "./decision.ts"

const EntryRef = builder.objectRef<Posting["entries"][number]>("LedgerEntry").implement({
  description:
    "One line of a posting: a positive amount debits the account, a negative one credits it.",
  fields: (t) => ({ account: t.exposeString("account"), amountPence: t.exposeInt("amountPence") }),
})

const PostingRef = builder.objectRef<Posting>("Posting").implement({
  description: "A balanced set of ledger entries; never edited, only reversed.",
  fields: (t) => ({
    id: t.exposeID("id"),
    budgetId: t.exposeID("budgetId"),
    kind: t.exposeString("kind"),
    idempotencyKey: t.exposeString("idempotencyKey"),
    entries: t.field({ type: [EntryRef], resolve: (p) => p.entries }),
    effectiveDate: t.exposeString("effectiveDate"),
    memo: t.exposeString("memo"),
    details: t.field({ type: "JSON", resolve: (p) => p.details }),
    reverses: t.exposeID("reverses", { nullable: true }),
    decisionId: t.exposeID("decisionId", { nullable: true }),
    createdAt: t.exposeString("createdAt"),
  }),
})

const BalanceRef = builder
  .objectRef<{ account: string; balancePence: number }>("AccountBalance")
  .implement({
    fields: (t) => ({
      account: t.exposeString("account"),
      balancePence: t.exposeInt("balancePence"),
    }),
  })

builder.queryField("ledgerBalances", (t) =>
  t.field({
    extensions: runsUseCase("ledgerBalances"),
    type: [BalanceRef],
    args: { budgetId: t.arg.id({ required: true }) },
    resolve: async (_, args, ctx) =>
      (await ctx.run(ledgerBalances({ budgetId: args.budgetId }))).accounts,
  }),
)

builder.queryField("ledgerHistory", (t) =>
  t.field({
    extensions: runsUseCase("ledgerHistory"),
    type: [PostingRef],
    args: { budgetId: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => ctx.run(ledgerHistory({ budgetId: args.budgetId })),
  }),
)

builder.queryField("spendingAgainstPlan", (t) =>
  t.field({
    extensions: runsUseCase("spendingAgainstPlan"),
    type: "JSON",
    description: "Planned, spent and left per plan line and per spending category, in pence.",
    args: { budgetId: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => ctx.run(spendingAgainstPlan({ budgetId: args.budgetId })),
  }),
)

builder.queryField("budgetStatement", (t) =>
  t.field({
    extensions: runsUseCase("budgetStatement"),
    type: "JSON",
    description: "Opening balances, postings and closing balances for a date range.",
    args: {
      budgetId: t.arg.id({ required: true }),
      from: t.arg.string({ required: true }),
      to: t.arg.string({ required: true }),
    },
    resolve: (_, args, ctx) =>
      ctx.run(budgetStatement({ budgetId: args.budgetId, from: args.from, to: args.to })),
  }),
)

const postingMutations = {
  recordAllocation,
  recordPayment,
  recordSpending,
  drawContingency,
  reversePosting,
  confirmRecovery,
} as const satisfies Partial<Record<UseCaseName, unknown>>

for (const [name, useCase] of Object.entries(postingMutations)) {
  builder.mutationField(name, (t) =>
    t.field({
      extensions: runsUseCase(name as UseCaseName),
      type: PostingRef,
      description: `Ledger: ${name}. Send an idempotency key: a retried request posts once and returns the first result.`,
      args: { input: t.arg({ type: "JSON", required: true }) },
      resolve: (_, args, ctx) =>
        ctx.run((useCase as (raw: unknown) => ReturnType<typeof recordPayment>)(args.input)),
    }),
  )
}

builder.mutationField("allocateDue", (t) =>
  t.field({
    extensions: runsUseCase("allocateDue"),
    type: [PostingRef],
    args: { budgetId: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => ctx.run(allocateDue({ budgetId: args.budgetId })),
  }),
)

builder.mutationField("checkDirectPaymentSurplus", (t) =>
  t.field({
    extensions: runsUseCase("checkDirectPaymentSurplus"),
    type: DecisionRef,
    args: { input: t.arg({ type: "JSON", required: true }) },
    resolve: (_, args, ctx) => ctx.run(checkDirectPaymentSurplus(args.input)),
  }),
)

builder.mutationField("submitDirectPaymentStatement", (t) =>
  t.field({
    extensions: runsUseCase("submitDirectPaymentStatement"),
    type: "JSON",
    description: "A direct-payment holder's statement for a period.",
    args: { input: t.arg({ type: "JSON", required: true }) },
    resolve: (_, args, ctx) => ctx.run(submitDirectPaymentStatement(args.input)),
  }),
)

builder.queryField("directPaymentStatementDue", (t) =>
  t.field({
    extensions: runsUseCase("directPaymentStatementDue"),
    type: "JSON",
    description:
      "When the next direct-payment statement is due, and whether it is overdue (a monitoring work item).",
    args: { budgetId: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => ctx.run(directPaymentStatementDue({ budgetId: args.budgetId })),
  }),
)
