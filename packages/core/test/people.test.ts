import { assert, describe, it } from "@effect/vitest"
import { Schema } from "effect"
import * as fc from "fast-check"
import {
  ageBandOn,
  canMove,
  isValidNhsNumber,
  JourneyStage,
  NhsNumber,
  transitions,
} from "../src/index.ts"

const withCheckDigit = (nine: ReadonlyArray<number>): string | undefined => {
  const sum = nine.reduce((total, digit, index) => total + digit * (10 - index), 0)
  const check = 11 - (sum % 11)
  if (check === 10) return undefined
  return `${nine.join("")}${check === 11 ? 0 : check}`
}

describe("NHS numbers", () => {
  it("accepts a number whose last digit is its Modulus 11 check digit, and no other last digit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }),
        (nine) => {
          const valid = withCheckDigit(nine)
          if (valid === undefined) {
            for (let d = 0; d <= 9; d++) assert.isFalse(isValidNhsNumber(`${nine.join("")}${d}`))
            return
          }
          assert.isTrue(Schema.is(NhsNumber)(valid))
          for (let d = 0; d <= 9; d++) {
            if (`${d}` !== valid.at(-1)) assert.isFalse(isValidNhsNumber(`${nine.join("")}${d}`))
          }
        },
      ),
    )
  })

  it("refuses anything that is not ten digits", () => {
    for (const bad of ["943476591", "94347659190", "943 476 5919", "abcdefghij"])
      assert.isFalse(isValidNhsNumber(bad))
  })
})

describe("age bands", () => {
  it("derives the band from the date of birth on a given date", () => {
    assert.strictEqual(ageBandOn("2000-11-25", "2026-11-24"), "25-34")
    assert.strictEqual(ageBandOn("2001-11-25", "2026-11-24"), "18-24")
    assert.strictEqual(ageBandOn("1950-01-01", "2026-11-24"), "75+")
    assert.strictEqual(ageBandOn(null, "2026-11-24"), "unknown")
  })
})

describe("the journey's state machine", () => {
  it("has recorded ends that go nowhere, and reopens not-eligible only to an eligibility decision", () => {
    assert.deepStrictEqual(transitions.ended, [])
    assert.deepStrictEqual(transitions.declined, [])
    assert.deepStrictEqual(transitions["not-eligible"], ["eligibility-decided"])
    for (const from of JourneyStage.literals) {
      for (const to of JourneyStage.literals)
        assert.strictEqual(canMove(from, to), transitions[from].includes(to))
    }
    assert.isTrue(canMove("active", "suspended") && canMove("suspended", "active"))
  })
})
