import { CalendarDate } from "@openpb/plugin-sdk"
import { Schema } from "effect"

const Pence = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))

/**
 * One year's minimum income guarantee, in pence a week, in force from `from` until the next
 * table starts. The figures are the annual charging circular's (see the README for each one's
 * source and year).
 */
export const MigRates = Schema.Struct({
  from: CalendarDate,
  chargingYear: Schema.String.check(Schema.isPattern(/^\d{4}-\d{2}$/)),
  single18To24Pence: Pence,
  single25AndOverPence: Pence,
  loneParentPence: Pence,
  couplePerPersonPence: Pence,
  pensionAgeSinglePence: Pence,
  pensionAgeCouplePerPersonPence: Pence,
  disabilityPremiumSinglePence: Pence,
  disabilityPremiumCouplePerPersonPence: Pence,
  enhancedDisabilityPremiumSinglePence: Pence,
  enhancedDisabilityPremiumCouplePerPersonPence: Pence,
  carerPremiumPence: Pence,
  dependentChildPence: Pence,
  /** Used only when no date of birth is recorded. */
  pensionAgeWithoutDateOfBirth: Schema.Int.check(Schema.isBetween({ minimum: 60, maximum: 70 })),
})
export type MigRates = typeof MigRates.Type

/** The national tables, oldest first. A council adds each new year's in its settings. */
export const nationalMigRates: ReadonlyArray<MigRates> = [
  {
    from: "2025-04-01",
    chargingYear: "2025-26",
    single18To24Pence: 8_915,
    single25AndOverPence: 11_250,
    loneParentPence: 11_250,
    couplePerPersonPence: 8_840,
    pensionAgeSinglePence: 23_265,
    pensionAgeCouplePerPersonPence: 17_765,
    disabilityPremiumSinglePence: 4_965,
    disabilityPremiumCouplePerPersonPence: 3_535,
    enhancedDisabilityPremiumSinglePence: 2_425,
    enhancedDisabilityPremiumCouplePerPersonPence: 1_740,
    carerPremiumPence: 5_325,
    dependentChildPence: 10_295,
    pensionAgeWithoutDateOfBirth: 66,
  },
]

const figures = [
  "single18To24Pence",
  "single25AndOverPence",
  "loneParentPence",
  "couplePerPersonPence",
  "pensionAgeSinglePence",
  "pensionAgeCouplePerPersonPence",
  "disabilityPremiumSinglePence",
  "disabilityPremiumCouplePerPersonPence",
  "enhancedDisabilityPremiumSinglePence",
  "enhancedDisabilityPremiumCouplePerPersonPence",
  "carerPremiumPence",
  "dependentChildPence",
] as const

/** The table in force on a date: the latest that starts on or before it (else the oldest). */
export const ratesOn = (tables: ReadonlyArray<MigRates>, date: string): MigRates => {
  const sorted = [...tables].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  return sorted.filter((t) => t.from <= date).at(-1) ?? (sorted[0] as MigRates)
}

/**
 * A council's tables: at least one, no two from the same day, and no figure below the national
 * figure in force on the same day (a council may be more generous, never less).
 */
export const CouncilMigRates = Schema.Array(MigRates).check(
  Schema.makeFilter((tables: ReadonlyArray<MigRates>) => {
    if (tables.length === 0)
      return "at least one table of minimum income guarantee figures is needed"
    if (new Set(tables.map((t) => t.from)).size !== tables.length)
      return "two tables of minimum income guarantee figures start on the same day"
    for (const [i, table] of tables.entries()) {
      const national = ratesOn(nationalMigRates, table.from)
      for (const figure of figures)
        if (table[figure] < national[figure])
          return {
            path: [i, figure],
            issue: `${figure} from ${table.from} cannot be below the national minimum of ${national[figure]} (${national.chargingYear})`,
          }
      if (table.pensionAgeWithoutDateOfBirth > national.pensionAgeWithoutDateOfBirth)
        return {
          path: [i, "pensionAgeWithoutDateOfBirth"],
          issue: `cannot be above the national ${national.pensionAgeWithoutDateOfBirth}`,
        }
    }
    return undefined
  }),
)
