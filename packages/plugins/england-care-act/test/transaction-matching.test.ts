import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { matchTransaction, merchantCategories } from "../src/index.ts"

const categories = [...new Set(merchantCategories.values())]
const providers = ["Sunrise Home Care", "City Leisure Centre", "Metro Taxis", null] as const

const line = fc.record({
  id: fc.constantFrom("a", "b", "c", "d", "e"),
  description: fc.constant("A line"),
  category: fc.constantFrom(...categories),
  provider: fc.constantFrom(...providers),
})
const lines = fc.uniqueArray(line, { selector: (l) => l.id, maxLength: 5 })
const transaction = fc.record({
  counterparty: fc.constantFrom("SUNRISE HOME CARE LTD", "City Leisure Centre.", "CORNER SHOP", ""),
  reference: fc.constant(""),
  amountPence: fc.integer({ min: 1, max: 100_000 }),
  merchantCategoryCode: fc.constantFrom(...merchantCategories.keys(), "5411", "5921"),
})

describe("England's matching of direct-payment account transactions", () => {
  it("names a line it was given and only when that line alone fits, with the rule that matched", () => {
    fc.assert(
      fc.property(transaction, lines, (t, ls) => {
        const match = matchTransaction({ transaction: t, lines: ls })
        if (match === undefined) return true
        const chosen = ls.find((l) => l.id === match.lineId)
        expect(chosen).toBeDefined()
        expect(match.category).toBe(chosen?.category)
        const rule = match.reasons[0]
        if (rule.criterion === "care-act/dp-matching/payee") {
          const sameProvider = ls.filter((l) => l.provider === chosen?.provider)
          expect(sameProvider).toHaveLength(1)
        } else {
          expect(rule.criterion).toBe("care-act/dp-matching/merchant-category")
          expect(merchantCategories.get(t.merchantCategoryCode)).toBe(chosen?.category)
          expect(ls.filter((l) => l.category === chosen?.category)).toHaveLength(1)
        }
        return true
      }),
      { numRuns: 500 },
    )
  })

  it("matches the payee to a named provider, a code to the plan's only line of its kind, and nothing else", () => {
    const plan = [
      {
        id: "care",
        description: "Care",
        category: "personal-assistant" as const,
        provider: "Sunrise Home Care",
      },
      { id: "pa", description: "PA", category: "personal-assistant" as const, provider: null },
      { id: "taxi", description: "Taxis", category: "transport" as const, provider: null },
    ]
    const pay = (counterparty: string, merchantCategoryCode?: string) =>
      matchTransaction({
        transaction: {
          counterparty,
          reference: "",
          amountPence: 1_000,
          ...(merchantCategoryCode === undefined ? {} : { merchantCategoryCode }),
        },
        lines: plan,
      })
    expect(pay("SUNRISE HOME CARE LTD")?.lineId).toBe("care")
    expect(pay("METRO TAXIS", "4121")?.lineId).toBe("taxi")
    // Two personal-assistant lines: a care agency's code could be either.
    expect(pay("AN AGENCY", "7361")).toBeUndefined()
    // A supermarket's code says nothing about what was bought.
    expect(pay("SUPERSTORE", "5411")).toBeUndefined()
    expect(pay("")).toBeUndefined()
  })
})
