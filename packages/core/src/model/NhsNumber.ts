import { Schema } from "effect"

/** Whether a 10-digit NHS number's last digit is its Modulus 11 check digit. */
export const isValidNhsNumber = (value: string): boolean => {
  if (!/^\d{10}$/.test(value)) return false
  const digits = [...value].map(Number)
  const sum = digits.slice(0, 9).reduce((total, digit, index) => total + digit * (10 - index), 0)
  const check = 11 - (sum % 11)
  if (check === 10) return false
  return (check === 11 ? 0 : check) === digits[9]
}

export const NhsNumber = Schema.String.check(
  Schema.makeFilter((value: string) => isValidNhsNumber(value), {
    message: "must be a 10-digit NHS number with a valid check digit",
  }),
).pipe(Schema.brand("NhsNumber"))
export type NhsNumber = typeof NhsNumber.Type
