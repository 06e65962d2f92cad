import type { PlanExportRecord } from "@openpb/plugin-sdk"

export type Person = PlanExportRecord["person"]
export type Journey = PlanExportRecord["journeys"][number]["journey"]
export type PlanVersion = Journey["plans"][number]
export type PlanLine = PlanVersion["content"]["lines"][number]

/** One journey's plan, as both standards read it. */
export interface PlanContext {
  readonly person: Person
  readonly journey: Journey
  /** The plan shown: the approved version in force, or the latest draft before an approval. */
  readonly plan: PlanVersion
  /** The London date the plan in force was approved; null before an approval. */
  readonly approvedOn: string | null
}

/** One line of a plan, as a MODS service reads it. */
export interface LineContext extends PlanContext {
  readonly line: PlanLine
}

/**
 * Where a standard's element comes from in OpenPB:
 * - `mapped`: read from the person, journey, plan or budget by `values` (none, for this person:
 *   `ifEmpty` says why);
 * - `notHeld`: OpenPB does not record it;
 * - `withheld`: OpenPB records it for another purpose and does not share it in a plan.
 */
export type Source<C> =
  | {
      readonly kind: "mapped"
      /** The OpenPB data it is read from, in words, for the mapping document. */
      readonly from: string
      readonly values: (context: C) => ReadonlyArray<string>
      /** Why a person may have no value for it. */
      readonly ifEmpty: string
    }
  | { readonly kind: "notHeld"; readonly reason: string }
  | { readonly kind: "withheld"; readonly reason: string }

/** `ifEmpty` for an element every plan has a value for. */
export const ALWAYS = "always present"

export const mapped = <C>(
  from: string,
  values: (context: C) => ReadonlyArray<string>,
  ifEmpty: string,
): Source<C> => ({ kind: "mapped", from, values, ifEmpty })

export const notHeld = <C>(reason: string): Source<C> => ({ kind: "notHeld", reason })

export const withheld = <C>(reason: string): Source<C> => ({ kind: "withheld", reason })

/** One element of a national standard and where OpenPB's value for it comes from. */
export interface StandardField<C> {
  /** The top-level section (PRSB) or data class (MODS). */
  readonly section: string
  /** The element's path inside its section, groups separated by " / ". */
  readonly element: string
  /** As the standard gives it (`0..1`, `1..*`), or `not confirmed`. */
  readonly cardinality: string
  /** PRSB's M/R/O flag, or MODS's type; blank where the standard gives none. */
  readonly flag: string
  readonly source: Source<C>
}

/** An element's value in one exported document. */
export type ElementValue =
  | { readonly element: string; readonly values: ReadonlyArray<string> }
  | { readonly element: string; readonly values: readonly []; readonly empty: string }
  | { readonly element: string; readonly values: readonly []; readonly notHeld: string }
  | { readonly element: string; readonly values: readonly []; readonly withheld: string }

export const elementValue = <C>(field: StandardField<C>, context: C): ElementValue => {
  const source = field.source
  switch (source.kind) {
    case "mapped": {
      // Blanks stay: in a repeating group the nth value of each element belongs to the nth entry.
      const values = source.values(context)
      return values.some((v) => v !== "")
        ? { element: field.element, values }
        : { element: field.element, values: [], empty: source.ifEmpty }
    }
    case "notHeld":
      return { element: field.element, values: [], notHeld: source.reason }
    case "withheld":
      return { element: field.element, values: [], withheld: source.reason }
  }
}

/** `123456` pence -> `1234.56`, the way the standards' free text and CSV cells give money. */
export const pounds = (pence: number): string => {
  const sign = pence < 0 ? "-" : ""
  const abs = Math.abs(pence)
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`
}
