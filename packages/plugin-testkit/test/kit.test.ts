import { definePlugin, loadPlugin, withDefault } from "@openpb/plugin-sdk"
import { Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { answerProblems, checkRuleConformance, testPluginConformance } from "../src/index.ts"

const Settings = Schema.Struct({ points: withDefault(Schema.Int, 1) })

const contingencyPlugin = (decide: (r: { requestedUpliftPence: number }) => unknown) =>
  definePlugin({
    id: "test/contingency",
    version: "1.0.0",
    description: "A contingency rule used to test the conformance kit.",
    provides: ["contingency"],
    settings: Settings,
    rules: () => ({ contingency: { decide: decide as never } }),
  })

const sound = contingencyPlugin((r) => ({
  allowed: r.requestedUpliftPence <= 1000,
  upliftPence: Math.min(r.requestedUpliftPence, 1000),
  days: 1,
  reasons: [{ criterion: "cap", met: null, text: "Up to £10 may be drawn." }],
}))

// The suite itself, on a sound plugin.
testPluginConformance(sound, { invalidSettings: [{ points: "many" }], runs: 50 })

const loaded = (plugin: ReturnType<typeof contingencyPlugin>) =>
  Effect.runSync(loadPlugin(plugin.with({})))

describe("the kit catches broken plugins", () => {
  it("an exception on some input", () => {
    const throwing = contingencyPlugin((r) => {
      if (r.requestedUpliftPence > 5) throw new Error("boom")
      return {
        allowed: true,
        upliftPence: 0,
        days: 1,
        reasons: [{ criterion: "c", met: null, text: "Nothing is drawn here." }],
      }
    })
    expect(() => checkRuleConformance(loaded(throwing), "contingency", "decide", 100)).toThrow(
      /Counterexample/,
    )
  })
  it("a different answer for the same input", () => {
    let calls = 0
    const drifting = contingencyPlugin(() => ({
      allowed: true,
      upliftPence: calls++,
      days: 1,
      reasons: [{ criterion: "c", met: null, text: "The amount drifts each call." }],
    }))
    expect(() => checkRuleConformance(loaded(drifting), "contingency", "decide", 20)).toThrow()
  })
  it("a negative amount, or a fraction of a penny", () => {
    const negative = contingencyPlugin(() => ({
      allowed: true,
      upliftPence: -1,
      days: 1,
      reasons: [{ criterion: "c", met: null, text: "A negative uplift is given." }],
    }))
    expect(() => checkRuleConformance(loaded(negative), "contingency", "decide", 20)).toThrow()
    expect(
      answerProblems({ amountPence: 1.5, reasons: [{ text: "A fraction is given here." }] }),
    ).toHaveLength(1)
  })
  it("a reason that is missing or not in words", () => {
    const silent = contingencyPlugin(() => ({
      allowed: true,
      upliftPence: 0,
      days: 1,
      reasons: [],
    }))
    expect(() => checkRuleConformance(loaded(silent), "contingency", "decide", 20)).toThrow()
    expect(answerProblems({ reasons: [{ text: "Amount is undefined pounds." }] })).not.toEqual([])
    expect(answerProblems({ reasons: [{ text: "ok" }] })).not.toEqual([])
  })
})
