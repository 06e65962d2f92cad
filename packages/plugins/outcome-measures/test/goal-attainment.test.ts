import { loadPlugin, MeasureAnswers } from "@openpb/plugin-sdk"
import { Effect, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  OutcomeMeasuresSettings,
  outcomeMeasures,
  scoreGoalAttainment,
  tScore,
} from "../src/index.ts"

// Kiresuk T.J., Sherman R.E. (1968) "Goal attainment scaling: a general method for evaluating
// comprehensive community mental health programs", Community Mental Health Journal 4: 443-453;
// Turner-Stokes L. (2009) "Goal attainment scaling (GAS) in rehabilitation: a practical guide",
// Clinical Rehabilitation 23: 362-370. The examples below are worked from the published formula,
// T = 50 + 10 Σwx / √(0.7 Σw² + 0.3 (Σw)²), with the arithmetic shown.
const score = scoreGoalAttainment(Schema.decodeUnknownSync(OutcomeMeasuresSettings)({}))
const gas = (...goals: ReadonlyArray<readonly [number, number?]>): MeasureAnswers =>
  Schema.decodeUnknownSync(MeasureAnswers)({
    instrument: "goal-attainment-scaling",
    items: goals.map(([value, weight], i) => ({
      item: `goal-${i + 1}`,
      value,
      ...(weight === undefined ? {} : { weight }),
    })),
  })
const t = (...goals: ReadonlyArray<readonly [number, number?]>) =>
  score(gas(...goals)).figures.find((f) => f.name === "t-score")?.value

describe("goal attainment scaling: the Kiresuk-Sherman T-score", () => {
  it("is 50 when every goal is reached as expected, whatever the weights", () => {
    expect(t([0], [0], [0])).toBe(50)
    expect(t([0, 4], [0, 1])).toBe(50)
  })

  it("moves 10 points per level for a single goal (denominator √(0.7 + 0.3) = 1)", () => {
    expect(t([2])).toBe(70)
    expect(t([1])).toBe(60)
    expect(t([-2])).toBe(30)
  })

  it("gives 36.31 for three unweighted goals at the usual baseline of -1 (Turner-Stokes 2009)", () => {
    // Σwx = -3; Σw² = 3; Σw = 3; √(0.7·3 + 0.3·9) = √4.8 = 2.19089; 50 - 30/2.19089 = 36.307
    expect(t([-1], [-1], [-1])).toBe(36.31)
  })

  it("weights goals: (w3, +1), (w2, 0), (w1, -1) gives 54.41", () => {
    // Σwx = 3 + 0 - 1 = 2; Σw² = 9 + 4 + 1 = 14; Σw = 6; √(0.7·14 + 0.3·36) = √20.6 = 4.53872;
    // 50 + 20/4.53872 = 54.4065
    expect(t([1, 3], [0, 2], [-1, 1])).toBe(54.41)
  })

  it("refuses an attainment outside -2..+2, naming the goal", () => {
    const answer = score(gas([3], [0]))
    expect(answer.problems).toEqual(["goal 1 (goal-1) is scored 3: attainment runs from -2 to +2"])
    expect(answer.figures).toEqual([])
  })

  it("stays between 50 - 10k and 50 + 10k... and rises with any goal's attainment (property)", () => {
    const goal = fc.tuple(fc.integer({ min: -2, max: 1 }), fc.integer({ min: 1, max: 4 }))
    fc.assert(
      fc.property(fc.array(goal, { minLength: 1, maxLength: 8 }), fc.nat(), (goals, pick) => {
        const before = goals.map(([attainment, weight]) => ({ attainment, weight }))
        const i = pick % before.length
        const after = before.map((g, j) => (j === i ? { ...g, attainment: g.attainment + 1 } : g))
        expect(tScore(after, 0.3)).toBeGreaterThan(tScore(before, 0.3))
        const all = (attainment: number) => before.map((g) => ({ ...g, attainment }))
        expect(tScore(before, 0.3)).toBeGreaterThanOrEqual(tScore(all(-2), 0.3) - 1e-9)
        expect(tScore(before, 0.3)).toBeLessThanOrEqual(tScore(all(2), 0.3) + 1e-9)
      }),
    )
  })

  it("lets a council set its own correlation between goals, within 0 to 0.99", () => {
    const plugin = Effect.runSync(loadPlugin(outcomeMeasures.with({ goalIntercorrelation: 0 })))
    // ρ = 0: √Σw² = √3; 50 - 30/√3 = 32.68
    const answer = plugin.rules.outcomeMeasures?.score(gas([-1], [-1], [-1]))
    expect(answer?.figures[0]?.value).toBe(32.68)
    const refused = Effect.runSync(
      Effect.flip(loadPlugin(outcomeMeasures.with({ goalIntercorrelation: 1 }))),
    )
    expect(refused._tag).toBe("PluginSettingsInvalid")
  })
})
