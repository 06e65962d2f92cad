export { assessUnusedFunds, checkHealthLine, nhsDirectPaymentReview } from "./healthStream.ts"
export { nhsPhb } from "./plugin.ts"
export { rightToHave, section117Detentions } from "./rightToHave.ts"
export { NhsPhbSettings } from "./settings.ts"
