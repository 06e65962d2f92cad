import { MAX_PENCE } from "./Money.ts"

/*
 * Amounts written as decimal text (a bank statement's "-1,234.50", OFX's "-12.5", a card
 * provider's "(12.00)") read into whole pence by splitting the text at its point: the pounds and
 * the pence are each whole numbers, so no binary fraction ever stands between the file and the
 * ledger. `parseFloat("0.29") * 100` is 28.999999999999996; this never sees such a number.
 */

const decimal = /^(?<pounds>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<fraction>\d*))?$/

/**
 * Signed whole pence from decimal text, or undefined when the text is not an amount of money:
 * an optional sign (`-`, `+`, a trailing `-`, or the accountants' brackets for a debit), an
 * optional `£`, pounds with or without thousands commas, and a point with up to two places
 * (more only when they are zeros, as some exports pad to three or four). An amount further than
 * `MAX_PENCE` from zero is not one either.
 */
export const penceFromDecimalText = (text: string): number | undefined => {
  let body = text.trim()
  let negative = false
  if (body.startsWith("(") && body.endsWith(")")) {
    negative = true
    body = body.slice(1, -1).trim()
  }
  if (body.startsWith("-") || body.startsWith("+")) {
    if (negative && body.startsWith("-")) return undefined
    negative = negative || body.startsWith("-")
    body = body.slice(1).trim()
  } else if (body.endsWith("-")) {
    negative = true
    body = body.slice(0, -1).trim()
  }
  if (body.startsWith("£")) body = body.slice(1).trim()
  const match = decimal.exec(body)
  if (match?.groups === undefined) return undefined
  const poundsText = match.groups.pounds!.replaceAll(",", "")
  const fraction = match.groups.fraction ?? ""
  if (fraction.length > 2 && !/^0+$/.test(fraction.slice(2))) return undefined
  // Beyond nine digits of pounds the amount is past MAX_PENCE whatever follows.
  const significant = poundsText.replace(/^0+(?=\d)/, "")
  if (significant.length > 9) return undefined
  const pence = Number(significant) * 100 + Number(fraction.slice(0, 2).padEnd(2, "0"))
  if (pence > MAX_PENCE) return undefined
  return negative && pence !== 0 ? -pence : pence
}

/** Signed whole pence as decimal text with two places, `-1234.50`: what the reader reads back. */
export const decimalTextOfPence = (pence: number): string => {
  const whole = Math.abs(Math.trunc(pence))
  const pounds = Math.floor(whole / 100)
  const rest = whole % 100
  return `${pence < 0 ? "-" : ""}${pounds}.${rest < 10 ? "0" : ""}${rest}`
}
