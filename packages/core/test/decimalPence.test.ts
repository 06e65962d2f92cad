import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { decimalTextOfPence, penceFromDecimalText } from "../src/model/DecimalPence.ts"
import { MAX_PENCE } from "../src/model/Money.ts"

const anyPence = fc.integer({ min: -MAX_PENCE, max: MAX_PENCE })

/** The text a statement might write for an amount: commas, a pound sign, brackets for a debit. */
const written = (
  pence: number,
  style: { commas: boolean; pound: boolean; brackets: boolean; places: 0 | 1 | 2 | 4 },
) => {
  const whole = Math.abs(pence)
  const pounds = String(Math.floor(whole / 100))
  const rest = String(whole % 100).padStart(2, "0")
  if (style.places < 2 && !rest.endsWith("0".repeat(2 - style.places))) return undefined
  const fraction = style.places === 0 ? "" : `.${`${rest}00`.slice(0, style.places)}`
  const grouped = style.commas ? pounds.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : pounds
  const body = `${style.pound ? "£" : ""}${grouped}${fraction}`
  if (pence >= 0) return body
  return style.brackets ? `(${body})` : `-${body}`
}

describe("decimal text to pence", () => {
  it("reads back every amount it writes", () => {
    fc.assert(
      fc.property(anyPence, (pence) => penceFromDecimalText(decimalTextOfPence(pence)) === pence),
    )
  })

  it("reads the ways statements write amounts, whatever the style", () => {
    fc.assert(
      fc.property(
        anyPence,
        fc.record({
          commas: fc.boolean(),
          pound: fc.boolean(),
          brackets: fc.boolean(),
          places: fc.constantFrom(0 as const, 1 as const, 2 as const, 4 as const),
        }),
        (pence, style) => {
          const text = written(pence, style)
          return text === undefined || penceFromDecimalText(text) === pence
        },
      ),
    )
  })

  it("never takes a float's path: amounts a float multiplies wrongly come out exact", () => {
    // parseFloat("0.29") * 100 is 28.999999999999996, and 1.005 * 100 is 100.49999999999999.
    expect(penceFromDecimalText("0.29")).toBe(29)
    expect(penceFromDecimalText("-1,234.50")).toBe(-123_450)
    expect(penceFromDecimalText("1234.5")).toBe(123_450)
    expect(penceFromDecimalText("(12.00)")).toBe(-1_200)
    expect(penceFromDecimalText("12.00-")).toBe(-1_200)
    expect(penceFromDecimalText("21474836.47")).toBe(MAX_PENCE)
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        (pounds, pence) => {
          const text = `${pounds}.${String(pence).padStart(2, "0")}`
          const read = penceFromDecimalText(text)
          return read === undefined
            ? pounds * 100 + pence > MAX_PENCE
            : read === pounds * 100 + pence
        },
      ),
    )
  })

  it("refuses what is not an amount of money", () => {
    for (const text of [
      "",
      "-",
      "abc",
      "1.234",
      "1,23.00",
      "12.3.4",
      "1e3",
      "NaN",
      "--1",
      "(-1)",
      "21474836.48",
      "1 000",
      "0x10",
      ".",
    ])
      expect(penceFromDecimalText(text), text).toBeUndefined()
  })
})
