import { addMonths } from "@openpb/plugin-sdk"

/**
 * The pension-credit qualifying age: the state pensionable age of a woman born on the same day
 * (State Pension Credit Act 2002 s1(6)). It is where the minimum income guarantee moves to the
 * pension-age figures. The tables are those of the Pensions Act 1995 Schedule 4 as amended by
 * the Pensions Acts 2007, 2011 and 2014:
 *
 * - born before 6 April 1950: the 60th birthday;
 * - 6 April 1950 to 5 April 1953: the 6th of a month, two months later for each month of birth
 *   (6 May 2010 for 6 April to 5 May 1950, up to 6 March 2016) (1995 Act);
 * - 6 April 1953 to 5 October 1954: the dated table of the Pensions Act 2011 (6 July 2016 up to
 *   6 September 2020);
 * - 6 October 1954 to 5 April 1960: the 66th birthday;
 * - 6 April 1960 to 5 March 1961: 66 years and 1 to 11 months, one more month for each month of
 *   birth (Pensions Act 2014 s26); a day the month does not have is its last day;
 * - 6 March 1961 to 5 April 1977: the 67th birthday;
 * - 6 April 1977 to 5 April 1978: the dated table of the Pensions Act 2007 (6 May 2044 up to
 *   6 March 2046);
 * - born on or after 6 April 1978: the 68th birthday.
 */
export const pensionCreditQualifyingDate = (dateOfBirth: string): string => {
  if (dateOfBirth < "1950-04-06") return addMonths(dateOfBirth, 60 * 12)
  if (dateOfBirth < "1953-04-06")
    return sixthOf("2010-05", 2 * birthMonthIndex(dateOfBirth, "1950-04"))
  if (dateOfBirth < "1954-10-06")
    return pensionsAct2011[birthMonthIndex(dateOfBirth, "1953-04")] as string
  if (dateOfBirth < "1960-04-06") return addMonths(dateOfBirth, 66 * 12)
  if (dateOfBirth < "1961-03-06")
    return addMonths(dateOfBirth, 66 * 12 + 1 + birthMonthIndex(dateOfBirth, "1960-04"))
  if (dateOfBirth < "1977-04-06") return addMonths(dateOfBirth, 67 * 12)
  if (dateOfBirth < "1978-04-06")
    return sixthOf("2044-05", 2 * birthMonthIndex(dateOfBirth, "1977-04"))
  return addMonths(dateOfBirth, 68 * 12)
}

/** Whether a person born on `dateOfBirth` has reached the qualifying age on `date`. */
export const hasReachedPensionCreditAge = (dateOfBirth: string, date: string): boolean =>
  pensionCreditQualifyingDate(dateOfBirth) <= date

/** Pensions Act 2011 s1: women born 6 April 1953 to 5 October 1954, one date per birth month. */
const pensionsAct2011 = [
  "2016-07-06",
  "2016-11-06",
  "2017-03-06",
  "2017-07-06",
  "2017-11-06",
  "2018-03-06",
  "2018-07-06",
  "2018-11-06",
  "2019-03-06",
  "2019-05-06",
  "2019-07-06",
  "2019-09-06",
  "2019-11-06",
  "2020-01-06",
  "2020-03-06",
  "2020-05-06",
  "2020-07-06",
  "2020-09-06",
] as const

/**
 * Months from the start of a table's first "6th to 5th" birth month: born 6 April to 5 May of
 * `firstMonth`'s year is 0, 6 May to 5 June is 1, and so on.
 */
const birthMonthIndex = (dateOfBirth: string, firstMonth: string): number => {
  const [y, m, d] = dateOfBirth.split("-").map(Number) as [number, number, number]
  const [fy, fm] = firstMonth.split("-").map(Number) as [number, number]
  return (y - fy) * 12 + (m - fm) - (d < 6 ? 1 : 0)
}

const sixthOf = (firstMonth: string, monthsLater: number): string =>
  addMonths(`${firstMonth}-06`, monthsLater)
