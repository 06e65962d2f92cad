import {
  type AllocateDueInput,
  type AllocationInput,
  allocateDue,
  type BudgetRef,
  budgetStatement,
  type ConfirmRecoveryInput,
  type ContingencyDrawInput,
  checkDirectPaymentSurplus,
  confirmRecovery,
  Decision,
  drawContingency,
  ledgerBalances,
  ledgerHistory,
  type PaymentInput,
  Posting,
  type ReversalInput,
  recordAllocation,
  recordPayment,
  recordSpending,
  reversePosting,
  type SpendingInput,
  type StatementInput,
  type SurplusCheckInput,
  spendingAgainstPlan,
  type StatementReturnInput,
  submitDirectPaymentStatement,
  directPaymentStatementDue,
} from "@openpb/core"
import { Effect, Schema } from "effect"
import { procedure, router, typedInput } from "../trpc.ts"

const encodePosting = Schema.encodeSync(Posting)
const encodeDecision = Schema.encodeSync(Decision)
const posting = Effect.map((p: Posting) => encodePosting(p))

/** The budget's money: postings with idempotency keys, balances, statements, monitoring. */
export const ledgerRouter = router({
  allocate: procedure
    .input(typedInput<AllocationInput>())
    .mutation(({ ctx, input }) => ctx.run(recordAllocation(input).pipe(posting))),
  allocateDue: procedure
    .input(typedInput<AllocateDueInput>())
    .mutation(({ ctx, input }) =>
      ctx.run(allocateDue(input).pipe(Effect.map((ps) => ps.map((p) => encodePosting(p))))),
    ),
  pay: procedure
    .input(typedInput<PaymentInput>())
    .mutation(({ ctx, input }) => ctx.run(recordPayment(input).pipe(posting))),
  spend: procedure
    .input(typedInput<SpendingInput>())
    .mutation(({ ctx, input }) => ctx.run(recordSpending(input).pipe(posting))),
  drawContingency: procedure
    .input(typedInput<ContingencyDrawInput>())
    .mutation(({ ctx, input }) => ctx.run(drawContingency(input).pipe(posting))),
  reverse: procedure
    .input(typedInput<ReversalInput>())
    .mutation(({ ctx, input }) => ctx.run(reversePosting(input).pipe(posting))),
  checkSurplus: procedure
    .input(typedInput<SurplusCheckInput>())
    .mutation(({ ctx, input }) =>
      ctx.run(checkDirectPaymentSurplus(input).pipe(Effect.map((d) => encodeDecision(d)))),
    ),
  confirmRecovery: procedure
    .input(typedInput<ConfirmRecoveryInput>())
    .mutation(({ ctx, input }) => ctx.run(confirmRecovery(input).pipe(posting))),
  submitStatement: procedure
    .input(typedInput<StatementReturnInput>())
    .mutation(({ ctx, input }) => ctx.run(submitDirectPaymentStatement(input))),
  statementDue: procedure
    .input(typedInput<BudgetRef>())
    .query(({ ctx, input }) => ctx.run(directPaymentStatementDue(input))),
  balances: procedure
    .input(typedInput<BudgetRef>())
    .query(({ ctx, input }) => ctx.run(ledgerBalances(input))),
  spendingAgainstPlan: procedure
    .input(typedInput<BudgetRef>())
    .query(({ ctx, input }) => ctx.run(spendingAgainstPlan(input))),
  statement: procedure
    .input(typedInput<StatementInput>())
    .query(({ ctx, input }) =>
      ctx.run(
        budgetStatement(input).pipe(
          Effect.map((s) => ({ ...s, postings: s.postings.map((p) => encodePosting(p)) })),
        ),
      ),
    ),
  history: procedure
    .input(typedInput<BudgetRef>())
    .query(({ ctx, input }) =>
      ctx.run(ledgerHistory(input).pipe(Effect.map((ps) => ps.map((p) => encodePosting(p))))),
    ),
})
