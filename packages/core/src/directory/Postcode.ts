/*
 * UK postcodes as a directory search reads them: a full postcode (`LS7 3AB`) or its outward code,
 * the postcode district (`LS7`), which is what "services near me" matches on.
 */

const full = /^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$/
const district = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/

const tidy = (text: string) => text.trim().toUpperCase().replace(/\s+/g, " ")

/** A full postcode in its usual form (`LS7 3AB`), or undefined when the text is not one. */
export const normalisePostcode = (text: string): string | undefined => {
  const match = full.exec(tidy(text))
  return match ? `${match[1]} ${match[2]}` : undefined
}

/** The postcode district a text names (a full postcode's outward code, or a district itself). */
export const postcodeDistrictOf = (text: string): string | undefined => {
  const t = tidy(text)
  const match = full.exec(t)
  if (match) return match[1]
  return district.test(t) ? t : undefined
}
