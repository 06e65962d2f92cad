import type { PortRules, SpendingCategory, TransactionMatchInput } from "@openpb/plugin-sdk"

type Match = ReturnType<NonNullable<PortRules["directPaymentMonitoring"]["matchTransaction"]>>

/**
 * Card schemes' merchant category codes (ISO 18245) that say what a purchase was, by the
 * spending category a plan line of that kind buys. A code not listed (a supermarket, a general
 * retailer, an off-licence) says too little, and the payment is left for a person to match.
 */
export const merchantCategories: ReadonlyMap<string, SpendingCategory> = new Map([
  // Transport: commuter transport, rail, taxis, buses, transport services.
  ...["4111", "4112", "4121", "4131", "4789"].map((c) => [c, "transport"] as const),
  // Sport and exercise: leisure centres and clubs, sports clubs, sporting goods, bicycles.
  ...["7997", "7941", "5941", "5940", "7992"].map((c) => [c, "sport-and-exercise"] as const),
  // Social activities: cinemas, theatres, dance halls, tourist attractions.
  ...["7832", "7922", "7911", "7991", "7996"].map((c) => [c, "social-activities"] as const),
  // Hobbies and creative: artists' and craft supplies, hobby shops, sewing and needlework.
  ...["5970", "5945", "5949"].map((c) => [c, "hobbies-and-creative"] as const),
  // Education and courses: schools, colleges, vocational and correspondence courses, books.
  ...["8211", "8220", "8241", "8244", "8249", "8299", "5942"].map(
    (c) => [c, "education-and-courses"] as const,
  ),
  // Therapy outside the NHS: chiropodists and podiatrists, chiropractors, other practitioners.
  ...["8049", "8041", "8099"].map((c) => [c, "therapy-outside-nhs"] as const),
  ["7298", "complementary-therapies"],
  // Equipment: orthopaedic goods and prosthetic devices, medical and dental equipment.
  ...["5976", "5047"].map((c) => [c, "equipment"] as const),
  // Respite and short breaks: lodging, travel agents.
  ...["7011", "4722"].map((c) => [c, "respite-and-short-breaks"] as const),
  // Peer support and community: civic and social associations, charities.
  ...["8641", "8398"].map((c) => [c, "peer-support-and-community"] as const),
  // Personal assistance: employment agencies, nursing and personal care.
  ...["7361", "8050"].map((c) => [c, "personal-assistant"] as const),
])

/** A name compared without case, punctuation or a company suffix ("Sunrise Home Care Ltd."). */
const normalised = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\b(ltd|limited|plc|llp|cic|the)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim()

const monitoringDuty =
  "The Care and Support (Direct Payments) Regulations 2014 reg 7 have the council review the making and use of direct payments; matching each payment to the plan line it bought is how their use is seen."

/**
 * Which plan line a payment out of a direct-payment account bought, by two rules in turn: the
 * payee is the provider a line names (one line only); else the card's merchant category code
 * says the kind of spending and exactly one direct-payment line is of that kind. Anything else
 * (two lines could have bought it, the code says too little, no payee) is left for a person:
 * a guess would put money on a line it was not spent on.
 */
export const matchTransaction = (input: TransactionMatchInput): Match => {
  const payee = normalised(input.transaction.counterparty)
  if (payee !== "") {
    const byProvider = input.lines.filter((line) => {
      const provider = normalised(line.provider ?? "")
      return provider !== "" && (payee === provider || payee.includes(provider))
    })
    if (byProvider.length === 1) {
      const line = byProvider[0]!
      return {
        lineId: line.id,
        category: line.category,
        reasons: [
          {
            criterion: "care-act/dp-matching/payee",
            met: true,
            text: `The payee "${input.transaction.counterparty}" is the provider line ${line.id} names (${line.provider}).`,
          },
          { criterion: "care-act/dp-matching/duty", met: null, text: monitoringDuty },
        ],
      }
    }
    if (byProvider.length > 1) return undefined
  }
  const code = input.transaction.merchantCategoryCode
  const category = code === undefined ? undefined : merchantCategories.get(code)
  if (category === undefined) return undefined
  const byCategory = input.lines.filter((line) => line.category === category)
  if (byCategory.length !== 1) return undefined
  const line = byCategory[0]!
  return {
    lineId: line.id,
    category,
    reasons: [
      {
        criterion: "care-act/dp-matching/merchant-category",
        met: true,
        text: `Merchant category code ${code} is ${category} spending, and line ${line.id} is the plan's only ${category} line.`,
      },
      { criterion: "care-act/dp-matching/duty", met: null, text: monitoringDuty },
    ],
  }
}
