import { Arbitrary, Effect, type Schema } from "effect"
import fc from "fast-check"

/**
 * A fast-check arbitrary drawing values from a schema (through effect's schema-derived
 * generator), so a plugin is tried on every shape of input the port accepts, edge cases included.
 */
export const arbitraryFor = <S extends Schema.Top>(schema: S): fc.Arbitrary<S["Type"]> => {
  const derived = Arbitrary.schema(schema)
  return fc
    .integer({ min: 0, max: 2 ** 31 - 1 })
    .map(
      (seed) =>
        Effect.runSync(
          Arbitrary.sampleEffect(derived, { count: 1, seed, size: 30 }),
        )[0] as S["Type"],
    )
}
