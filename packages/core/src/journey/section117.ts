import type { Detention } from "./Assessment.ts"

/**
 * Mental Health Act 1983 s117(1): aftercare is owed to a person who has been detained under
 * section 3, admitted under a hospital order (s37), or moved to hospital by a hospital
 * direction (s45A) or a transfer direction (s47, s48). A detention under section 2 (for
 * assessment) does not give rise to it.
 */
export const section117Detentions: ReadonlyArray<Detention> = [
  "section-3",
  "section-37",
  "section-45a",
  "section-47",
  "section-48",
]

/** "section 45A", as the Act names it. */
export const detentionName = (detention: Detention) =>
  `section ${detention.replace("section-", "").toUpperCase()}`

/** The recorded detentions that give rise to s117 aftercare (none: the person has no s117 right). */
export const section117Grounds = (detentions: ReadonlyArray<string>): Array<Detention> => [
  ...new Set(
    detentions.filter((d): d is Detention =>
      (section117Detentions as ReadonlyArray<string>).includes(d),
    ),
  ),
]

/** Why s117 aftercare cannot be recorded for someone whose detentions do not give rise to it. */
export const noSection117Reason = (detentions: ReadonlyArray<Detention>) =>
  detentions.length === 0
    ? "Section 117 aftercare follows detention under section 3, 37, 45A, 47 or 48 of the Mental Health Act 1983, and no detention is recorded in the assessment."
    : `Section 117 aftercare follows detention under section 3, 37, 45A, 47 or 48 of the Mental Health Act 1983; the assessment records only ${detentions.map(detentionName).join(", ")}, which does not give rise to it.`
