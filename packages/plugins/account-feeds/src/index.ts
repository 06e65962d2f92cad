import { type AccountFeedAdapter, AccountFeeds } from "@openpb/plugin-sdk"
import { Layer } from "effect"
import { bankCsv } from "./bankCsv.ts"
import { camt053 } from "./camt053.ts"
import { cardCsv } from "./cardCsv.ts"
import { ofx } from "./ofx.ts"

export { bankCsv } from "./bankCsv.ts"
export { camt053 } from "./camt053.ts"
export { cardCsv, cardCsvColumns } from "./cardCsv.ts"
export { ofx } from "./ofx.ts"

/** Every statement reader of this package, one per format. */
export const accountFeedAdapters: ReadonlyArray<AccountFeedAdapter> = [
  bankCsv,
  ofx,
  camt053,
  cardCsv,
]

/** The readers as core's `AccountFeeds` service, for a deployment to provide. */
export const AccountFeedsLive = Layer.succeed(AccountFeeds, { adapters: accountFeedAdapters })
