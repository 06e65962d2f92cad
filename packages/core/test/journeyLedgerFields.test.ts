import { Effect, Exit, Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  AllocationSchedule,
  CompleteReviewInput,
  ContingencyPlan,
  decodeInput,
  FinancialAssessment,
  MAX_PENCE,
  MAX_PROSE_LENGTH,
  Posting,
  SpendingInput,
  StatementInput,
  StatementReturnInput,
  Views,
} from "../src/index.ts"

const refusal = (schema: Schema.Top, value: unknown): string | undefined => {
  const exit = Schema.decodeUnknownExit(schema as Schema.Codec<unknown, unknown>)(value)
  return Exit.isFailure(exit) ? String(exit) : undefined
}

const budgetId = "01900000-0000-7000-8000-000000000001"

describe("a journey's and the ledger's fields hold to the shared schemas", () => {
  it("bound every amount of the financial assessment; a closing balance may be overdrawn", () => {
    const financial = {
      weeklyIncomePence: 30_000,
      capitalPence: 0,
      weeklyDisabilityRelatedExpenditurePence: 0,
      weeklyHousingCostsPence: 0,
      ageYears: 40,
      receivesSection117Aftercare: false,
    }
    expect(refusal(FinancialAssessment, financial)).toBeUndefined()
    for (const bad of [2 ** 31, 2 ** 53, -1, 0.5])
      expect(
        refusal(FinancialAssessment, { ...financial, capitalPence: bad }),
        String(bad),
      ).toBeDefined()
    const statement = { budgetId, periodEnd: "2026-03-31", receipts: 2 }
    expect(
      refusal(StatementReturnInput, { ...statement, closingBalancePence: -2_500 }),
    ).toBeUndefined()
    expect(
      refusal(StatementReturnInput, { ...statement, closingBalancePence: -(MAX_PENCE + 1) }),
    ).toContain("whole pence within")
  })

  it("keep a payee to one line, and let a receipt reference, a contact's phone or a view be empty", () => {
    const spending = {
      budgetId,
      idempotencyKey: "k-1",
      lineId: "gym",
      category: "sport-and-exercise",
      stream: "council-social-care",
      mechanism: "direct-payment",
      amountPence: 1_000,
      date: "2026-03-01",
      payee: "Leisure centre",
    }
    expect(refusal(SpendingInput, { ...spending, receiptReference: "" })).toBeUndefined()
    expect(refusal(SpendingInput, { ...spending, payee: "two\nlines" })).toContain("one line")
    expect(refusal(SpendingInput, { ...spending, payee: "x".repeat(201) })).toContain("at most 200")
    expect(refusal(Views, { person: "", practitioner: "" })).toBeUndefined()
    expect(refusal(Views, { person: "a\u0000b", practitioner: "" })).toContain("control")
    const contingency = { steps: ["Ring the crisis line."], upliftCapPence: 0, maxDurationDays: 7 }
    expect(
      refusal(ContingencyPlan, {
        ...contingency,
        crisisContacts: [{ name: "Crisis team", phone: "", role: "" }],
      }),
    ).toBeUndefined()
    expect(
      refusal(ContingencyPlan, {
        ...contingency,
        crisisContacts: [{ name: "Crisis team", phone: "0300\u0007", role: "" }],
      }),
    ).toContain("one line")
  })

  it("hold a schedule and each pause in order, as stored", () => {
    const schedule = { startDate: "2026-01-01", frequency: "monthly", pauses: [], endDate: null }
    expect(refusal(AllocationSchedule, schedule)).toBeUndefined()
    expect(refusal(AllocationSchedule, { ...schedule, endDate: "2025-12-31" })).toContain(
      "must not be before startDate",
    )
    expect(
      refusal(AllocationSchedule, {
        ...schedule,
        pauses: [{ from: "2026-02-01", to: "2026-01-31" }],
      }),
    ).toContain("must not be before from")
    expect(
      refusal(AllocationSchedule, { ...schedule, pauses: [{ from: "2026-02-01", to: null }] }),
    ).toBeUndefined()
  })

  it("refuse a statement that ends before it starts, naming `to`", () => {
    const exit = Effect.runSyncExit(
      decodeInput(StatementInput)({ budgetId, from: "2026-02-01", to: "2026-01-31" }),
    )
    expect(Exit.isFailure(exit)).toBe(true)
    expect(String(exit)).toContain("InvalidInput")
    expect(String(exit)).toContain("to: must not be before from")
  })

  it("keep a review's reasons to what one ending note holds", () => {
    const review = {
      journeyId: budgetId,
      progress: [],
      views: { person: "", practitioner: "" },
      outcome: "end",
      endReason: "persons-choice",
    }
    const half = "x".repeat(MAX_PROSE_LENGTH / 2)
    expect(refusal(CompleteReviewInput, { ...review, reasons: [half, "y"] })).toBeUndefined()
    expect(refusal(CompleteReviewInput, { ...review, reasons: [half, half] })).toContain(
      `together must be at most ${MAX_PROSE_LENGTH}`,
    )
  })

  it("let a posting's memo hold a whole note with the ledger's words around it", () => {
    const posting = {
      id: budgetId,
      councilId: "northmere",
      budgetId,
      kind: "reversal",
      idempotencyKey: "k-2",
      entries: [],
      effectiveDate: "2026-03-01",
      memo: `Reversal: ${"x".repeat(MAX_PROSE_LENGTH)}`,
      details: {},
      reverses: null,
      decisionId: null,
      createdAt: "2026-03-01T10:00:00.000Z",
      createdBy: "finance-1",
    }
    expect(refusal(Posting, posting)).toBeUndefined()
    expect(refusal(Posting, { ...posting, memo: "a\u0000" })).toContain("control")
  })
})
