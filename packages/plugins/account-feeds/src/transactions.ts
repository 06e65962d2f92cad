import {
  type FeedProblem,
  type FeedTransaction,
  isCalendarDate,
  monitoringText,
  type ParsedFeed,
  penceFromDecimalText,
} from "@openpb/plugin-sdk"

/** What a reader found in one record of a file, before it is checked. */
export interface RawTransaction {
  readonly sourceId: string
  readonly status: "booked" | "pending"
  readonly bookingDate: string
  readonly amountPence: number
  readonly counterparty: string
  readonly merchantCategoryCode?: string | undefined
  readonly reference: string
}

/**
 * A transaction as the statement gives it, its free text cut to what monitoring needs; or the
 * problem with it. Every reader ends here, so each applies the same limits.
 */
export const feedTransaction = (raw: RawTransaction): FeedTransaction | string => {
  const sourceId = raw.sourceId.trim()
  if (sourceId === "") return "the transaction has no id to know it by on a later import"
  if (sourceId.length > 200) return "the transaction's id is longer than 200 characters"
  if (/\p{Cc}/u.test(sourceId))
    return "the transaction's id holds a line break or control character"
  if (!isCalendarDate(raw.bookingDate)) return `${raw.bookingDate} is not a date that exists`
  const mcc = raw.merchantCategoryCode?.trim() ?? ""
  if (mcc !== "" && !/^\d{4}$/.test(mcc)) return `${mcc} is not a four-digit merchant category code`
  return {
    sourceId,
    status: raw.status,
    bookingDate: raw.bookingDate,
    amountPence: raw.amountPence,
    counterparty: monitoringText(raw.counterparty),
    reference: monitoringText(raw.reference),
    ...(mcc === "" ? {} : { merchantCategoryCode: mcc }),
  }
}

/** An amount of money from the file's text, or the problem with it. */
export const amountOf = (text: string, what: string): number | string => {
  const pence = penceFromDecimalText(text)
  return pence === undefined
    ? `${what} ${JSON.stringify(text.trim())} is not an amount of money`
    : pence
}

/** Collects a file's transactions and problems: one problem makes the whole file unreadable. */
export const collector = () => {
  const transactions: Array<FeedTransaction> = []
  const problems: Array<FeedProblem> = []
  return {
    add: (line: number, found: FeedTransaction | string) => {
      if (typeof found === "string") problems.push({ line, problem: found })
      else transactions.push(found)
    },
    problem: (line: number, problem: string) => {
      problems.push({ line, problem })
    },
    result: (): ParsedFeed => {
      const [first, ...rest] = problems
      return first === undefined
        ? { _tag: "Read", transactions }
        : { _tag: "Unreadable", problems: [first, ...rest] }
    },
  }
}

/** A file that cannot be read at all, with the line that stops it. */
export const unreadable = (line: number, problem: string): ParsedFeed => ({
  _tag: "Unreadable",
  problems: [{ line, problem }],
})

/** The 1-based line of each match of a pattern in a text, in order: where the nth element starts. */
export const linesOf = (text: string, pattern: RegExp): ReadonlyArray<number> => {
  const lines: Array<number> = []
  let line = 1
  let last = 0
  for (const match of text.matchAll(pattern)) {
    for (let i = last; i < match.index; i++) if (text.charCodeAt(i) === 10) line++
    last = match.index
    lines.push(line)
  }
  return lines
}
