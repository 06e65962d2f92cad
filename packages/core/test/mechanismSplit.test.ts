import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { budgetMechanismOf, PlanLine } from "../src/index.ts"
import { mechanismSplit } from "../src/ledger/mechanismSplit.ts"

const decodeLine = Schema.decodeUnknownSync(PlanLine)

const line = (id: string, deliveryMechanism: string, unitCostPence: number) =>
  decodeLine({
    id,
    description: `line ${id}`,
    category: "personal-assistant",
    provider: null,
    unitCostPence,
    unitsPerPeriod: 1,
    frequency: "weekly",
    fundingStream: "council-social-care",
    deliveryMechanism,
    outcomeIds: ["o1"],
  })

const posting = (...entries: ReadonlyArray<readonly [string, number]>) => ({
  entries: entries.map(([account, amountPence]) => ({ account, amountPence })),
})

describe("a budget's mechanism", () => {
  it("is the lines' one mechanism, mixed when they use more than one, and unknown with no lines", () => {
    const dp = line("a", "direct-payment", 100)
    const alsoDp = line("b", "direct-payment", 100)
    const notional = line("c", "notional", 100)
    expect(budgetMechanismOf([dp, alsoDp])).toBe("direct-payment")
    expect(budgetMechanismOf([notional])).toBe("notional")
    expect(budgetMechanismOf([dp, notional])).toBe("mixed")
    expect(budgetMechanismOf([line("d", "third-party", 1), notional, dp])).toBe("mixed")
    expect(budgetMechanismOf([])).toBeUndefined()
  })
})

describe("a budget split by mechanism", () => {
  const lines = [
    line("pa", "direct-payment", 7_200),
    line("day", "notional", 5_000),
    line("gym", "direct-payment", 800),
  ]

  it("plans each mechanism's lines a year, and counts payments and spending under the mechanism the money was held by", () => {
    const split = mechanismSplit(lines, [
      posting(["allocated:council-social-care", 50_000], ["source:council-social-care", -50_000]),
      // Paid into the direct-payment account, then spent from it.
      posting(
        ["held:direct-payment:council-social-care", 30_000],
        ["allocated:council-social-care", -30_000],
      ),
      posting(["spent:pa", 7_200], ["held:direct-payment:council-social-care", -7_200]),
      // Council-arranged: spent straight from the allocation.
      posting(["spent:day", 5_000], ["allocated:council-social-care", -5_000]),
    ])
    expect(split).toEqual([
      { mechanism: "notional", plannedAnnualPence: 260_000, paidPence: null, spentPence: 5_000 },
      {
        mechanism: "direct-payment",
        plannedAnnualPence: 416_000,
        paidPence: 30_000,
        spentPence: 7_200,
      },
    ])
  })

  it("nets reversals, and never counts money going back to the funder as paid", () => {
    const split = mechanismSplit(lines, [
      posting(
        ["held:direct-payment:council-social-care", 30_000],
        ["allocated:council-social-care", -30_000],
      ),
      // A payment reversed.
      posting(
        ["held:direct-payment:council-social-care", -10_000],
        ["allocated:council-social-care", 10_000],
      ),
      posting(["spent:pa", 2_000], ["held:direct-payment:council-social-care", -2_000]),
      // A spending record reversed.
      posting(["spent:pa", -2_000], ["held:direct-payment:council-social-care", 2_000]),
      // A surplus recovered from the account.
      posting(
        ["returned:council-social-care", 4_000],
        ["held:direct-payment:council-social-care", -4_000],
      ),
      // The final reconciliation empties the allocation and the account together.
      posting(
        ["allocated:council-social-care", -1_000],
        ["returned:council-social-care", 1_000],
        ["held:direct-payment:council-social-care", -16_000],
        ["returned:council-social-care", 16_000],
      ),
    ])
    expect(split.find((part) => part.mechanism === "direct-payment")).toEqual({
      mechanism: "direct-payment",
      plannedAnnualPence: 416_000,
      paidPence: 20_000,
      spentPence: 0,
    })
  })

  it("shows a mechanism the plan no longer uses when money moved under it", () => {
    const split = mechanismSplit(
      [line("day", "notional", 5_000)],
      [
        posting(
          ["held:third-party:council-social-care", 9_000],
          ["allocated:council-social-care", -9_000],
        ),
        posting(["spent:old", 3_000], ["held:third-party:council-social-care", -3_000]),
      ],
    )
    expect(split).toEqual([
      { mechanism: "notional", plannedAnnualPence: 260_000, paidPence: null, spentPence: 0 },
      { mechanism: "third-party", plannedAnnualPence: 0, paidPence: 9_000, spentPence: 3_000 },
    ])
  })
})
