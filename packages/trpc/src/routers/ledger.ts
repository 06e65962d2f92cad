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
import { router, typedInput, useCaseProcedure } from "../trpc.ts"

const encodePosting = Schema.encodeSync(Posting)
const encodeDecision = Schema.encodeSync(Decision)
const posting = Effect.map((p: Posting) => encodePosting(p))

/** The budget's money: postings with idempotency keys, balances, statements, monitoring. */
export const ledgerRouter = router({
  allocate: useCaseProcedure("recordAllocation")
    .input(typedInput<AllocationInput>())
    .mutation(({ ctx, input }) => ctx.run(recordAllocation(input).pipe(posting))),
  allocateDue: useCaseProcedure("allocateDue")
    .input(typedInput<AllocateDueInput>())
    .mutation(({ ctx, input }) =>
      ctx.run(allocateDue(input).pipe(Effect.map((ps) => ps.map((p) => encodePosting(p))))),
    ),
  pay: useCaseProcedure("recordPayment")
    .input(typedInput<PaymentInput>())
    .mutation(({ ctx, input }) => ctx.run(recordPayment(input).pipe(posting))),
  spend: useCaseProcedure("recordSpending")
    .input(typedInput<SpendingInput>())
    .mutation(({ ctx, input }) => ctx.run(recordSpending(input).pipe(posting))),
  drawContingency: useCaseProcedure("drawContingency")
    .input(typedInput<ContingencyDrawInput>())
    .mutation(({ ctx, input }) => ctx.run(drawContingency(input).pipe(posting))),
  reverse: useCaseProcedure("reversePosting")
    .input(typedInput<ReversalInput>())
    .mutation(({ ctx, input }) => ctx.run(reversePosting(input).pipe(posting))),
  checkSurplus: useCaseProcedure("checkDirectPaymentSurplus")
    .input(typedInput<SurplusCheckInput>())
    .mutation(({ ctx, input }) =>
      ctx.run(checkDirectPaymentSurplus(input).pipe(Effect.map((d) => encodeDecision(d)))),
    ),
  confirmRecovery: useCaseProcedure("confirmRecovery")
    .input(typedInput<ConfirmRecoveryInput>())
    .mutation(({ ctx, input }) => ctx.run(confirmRecovery(input).pipe(posting))),
  submitStatement: useCaseProcedure("submitDirectPaymentStatement")
    .input(typedInput<StatementReturnInput>())
    .mutation(({ ctx, input }) => ctx.run(submitDirectPaymentStatement(input))),
  statementDue: useCaseProcedure("directPaymentStatementDue")
    .input(typedInput<BudgetRef>())
    .query(({ ctx, input }) => ctx.run(directPaymentStatementDue(input))),
  balances: useCaseProcedure("ledgerBalances")
    .input(typedInput<BudgetRef>())
    .query(({ ctx, input }) => ctx.run(ledgerBalances(input))),
  spendingAgainstPlan: useCaseProcedure("spendingAgainstPlan")
    .input(typedInput<BudgetRef>())
    .query(({ ctx, input }) => ctx.run(spendingAgainstPlan(input))),
  statement: useCaseProcedure("budgetStatement")
    .input(typedInput<StatementInput>())
    .query(({ ctx, input }) =>
      ctx.run(
        budgetStatement(input).pipe(
          Effect.map((s) => ({ ...s, postings: s.postings.map((p) => encodePosting(p)) })),
        ),
      ),
    ),
  history: useCaseProcedure("ledgerHistory")
    .input(typedInput<BudgetRef>())
    .query(({ ctx, input }) =>
      ctx.run(ledgerHistory(input).pipe(Effect.map((ps) => ps.map((p) => encodePosting(p))))),
    ),
})
