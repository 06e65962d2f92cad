import { Schema } from "effect"
import { SpendingCategory } from "../journey/SupportPlan.ts"
import { Label, Prose } from "../model/Text.ts"
import {
  type DirectoryCost,
  DirectoryEntryContent,
  DirectoryEntryKind,
  type DirectoryLocation,
} from "./DirectoryEntry.ts"
import { normalisePostcode, postcodeDistrictOf } from "./Postcode.ts"

/*
 * An Open Referral UK (version 1) feed as its `/services` endpoint returns it: a page of
 * services, each with its organisation, eligibility, languages, service areas, locations with
 * their addresses, cost options and taxonomy terms. The schema holds the shape (what a field
 * is); what a service must say to be listed (a name, an organisation, real postcodes, costs in
 * whole pence, known terms) is checked service by service, so one poor record is refused with its
 * reasons and the rest of the feed is imported.
 */

const optional = <S extends Schema.Top>(schema: S) => Schema.optionalKey(Schema.NullOr(schema))
const Age = Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 150 }))

export const OrukOrganization = Schema.Struct({
  id: optional(Label),
  name: optional(Label),
  description: optional(Prose),
  url: optional(Label),
  email: optional(Label),
}).annotate({ identifier: "OrukOrganization" })

export const OrukEligibility = Schema.Struct({
  id: optional(Label),
  eligibility: optional(Prose),
  minimum_age: optional(Age),
  maximum_age: optional(Age),
}).annotate({ identifier: "OrukEligibility" })

export const OrukLanguage = Schema.Struct({
  id: optional(Label),
  language: Label,
}).annotate({ identifier: "OrukLanguage" })

export const OrukServiceArea = Schema.Struct({
  id: optional(Label),
  service_area: Label,
  extent: optional(Prose),
  uri: optional(Label),
}).annotate({ identifier: "OrukServiceArea" })

export const OrukPhysicalAddress = Schema.Struct({
  id: optional(Label),
  address_1: optional(Label),
  city: optional(Label),
  state_province: optional(Label),
  postal_code: optional(Label),
  country: optional(Label),
}).annotate({ identifier: "OrukPhysicalAddress" })

export const OrukLocation = Schema.Struct({
  id: optional(Label),
  name: optional(Label),
  description: optional(Prose),
  latitude: optional(Schema.Number),
  longitude: optional(Schema.Number),
  physical_addresses: Schema.optionalKey(Schema.Array(OrukPhysicalAddress)),
}).annotate({ identifier: "OrukLocation" })

export const OrukServiceAtLocation = Schema.Struct({
  id: optional(Label),
  location: OrukLocation,
}).annotate({ identifier: "OrukServiceAtLocation" })

export const OrukCostOption = Schema.Struct({
  id: optional(Label),
  /** What the amount is for ("Per session"). */
  option: optional(Label),
  /** In pounds, as the standard gives it (`4.5` is £4.50). */
  amount: optional(Schema.Number),
  amount_description: optional(Prose),
  valid_from: optional(Label),
  valid_to: optional(Label),
}).annotate({ identifier: "OrukCostOption" })

export const OrukTaxonomy = Schema.Struct({
  id: optional(Label),
  name: Label,
  vocabulary: optional(Label),
  parent: optional(Label),
}).annotate({ identifier: "OrukTaxonomy" })

export const OrukServiceTaxonomy = Schema.Struct({
  id: optional(Label),
  taxonomy: OrukTaxonomy,
}).annotate({ identifier: "OrukServiceTaxonomy" })

/** One service of the feed. Only `id` is required here: the rest is checked per service. */
export const OrukService = Schema.Struct({
  id: Label,
  name: optional(Label),
  description: optional(Prose),
  url: optional(Label),
  email: optional(Label),
  status: optional(Label),
  fees: optional(Prose),
  accreditations: optional(Prose),
  deliverable_type: optional(Label),
  attending_type: optional(Label),
  attending_access: optional(Label),
  assured_date: optional(Label),
  organization: optional(OrukOrganization),
  eligibilitys: Schema.optionalKey(Schema.Array(OrukEligibility)),
  languages: Schema.optionalKey(Schema.Array(OrukLanguage)),
  service_areas: Schema.optionalKey(Schema.Array(OrukServiceArea)),
  service_at_locations: Schema.optionalKey(Schema.Array(OrukServiceAtLocation)),
  cost_options: Schema.optionalKey(Schema.Array(OrukCostOption)),
  service_taxonomys: Schema.optionalKey(Schema.Array(OrukServiceTaxonomy)),
}).annotate({ identifier: "OrukService" })
export type OrukService = typeof OrukService.Type

/** A page of an Open Referral UK `/services` feed, its paging fields allowed and ignored. */
export const OrukFeed = Schema.Struct({
  content: Schema.Array(OrukService),
  totalElements: Schema.optionalKey(Schema.Int),
  totalPages: Schema.optionalKey(Schema.Int),
  number: Schema.optionalKey(Schema.Int),
  size: Schema.optionalKey(Schema.Int),
  first: Schema.optionalKey(Schema.Boolean),
  last: Schema.optionalKey(Schema.Boolean),
  empty: Schema.optionalKey(Schema.Boolean),
}).annotate({ identifier: "OrukFeed" })
export type OrukFeed = typeof OrukFeed.Encoded

/**
 * The taxonomy vocabularies OpenPB reads meaning from; any other vocabulary's terms become
 * keywords a free-text search finds.
 */
export const directoryVocabularies = {
  /** One term: `care-provider`, `personal-assistant` or `community-activity`. */
  kind: "openpb:kind",
  /** Spending categories of a plan line (`peer-support-and-community`...). */
  category: "openpb:category",
  /** The community, language or faith a service is for ("Polish community", "Muslim women"). */
  culturalFit: "openpb:cultural-fit",
} as const

const isKind = Schema.is(DirectoryEntryKind)
const isContent = Schema.is(DirectoryEntryContent)
const isCategory = Schema.is(SpendingCategory)

const present = <A>(value: A | null | undefined): value is A =>
  value !== null && value !== undefined
/** Each text once, without the empty ones a trimmed term can leave. */
const unique = (values: ReadonlyArray<string>) => [...new Set(values)].filter((v) => v !== "")

/** A whole number of pence from an amount in pounds, or undefined when it is not one. */
const penceOf = (pounds: number): number | undefined => {
  const pence = Math.round(pounds * 100)
  return pounds >= 0 && Math.abs(pence - pounds * 100) < 1e-6 && pence <= 2_147_483_647
    ? pence
    : undefined
}

/**
 * A feed's service as a directory entry, or the reasons it cannot be listed (each naming the
 * field, as the standard spells it).
 */
export const entryFromOruk = (
  service: OrukService,
): { readonly entry: DirectoryEntryContent } | { readonly reasons: ReadonlyArray<string> } => {
  const reasons: Array<string> = []
  const name = service.name?.trim()
  if (!name) reasons.push("name: a service must have a name")
  const organisationName = service.organization?.name?.trim()
  if (!organisationName)
    reasons.push("organization.name: a service must name the organisation that runs it")

  const locations: Array<DirectoryLocation> = []
  const towns: Array<string> = []
  for (const [i, at] of (service.service_at_locations ?? []).entries()) {
    const addresses = at.location.physical_addresses ?? []
    if (addresses.length === 0)
      locations.push({
        name: at.location.name ?? null,
        address: null,
        postcode: null,
        postcodeDistrict: null,
      })
    for (const [j, address] of addresses.entries()) {
      const given = address.postal_code ?? null
      const postcode = given === null ? undefined : normalisePostcode(given)
      if (given !== null && postcode === undefined)
        reasons.push(
          `service_at_locations.${i}.location.physical_addresses.${j}.postal_code: ${given} is not a UK postcode`,
        )
      if (address.city) towns.push(address.city.trim())
      const street = [address.address_1, address.city].filter(present).join(", ")
      locations.push({
        name: at.location.name ?? null,
        address: street === "" ? null : street.slice(0, 200),
        postcode: postcode ?? null,
        postcodeDistrict: postcode === undefined ? null : (postcodeDistrictOf(postcode) ?? null),
      })
    }
  }

  const costs: Array<DirectoryCost> = []
  for (const [i, option] of (service.cost_options ?? []).entries()) {
    if (!present(option.amount)) continue
    const amountPence = penceOf(option.amount)
    if (amountPence === undefined) {
      reasons.push(
        `cost_options.${i}.amount: ${option.amount} is not an amount in pounds and whole pence`,
      )
      continue
    }
    costs.push({
      amountPence: amountPence as DirectoryCost["amountPence"],
      per: option.option ?? null,
      description: option.amount_description ?? null,
    })
  }

  const terms = (service.service_taxonomys ?? []).map((t) => t.taxonomy)
  const termsOf = (vocabulary: string) =>
    terms.filter((t) => t.vocabulary === vocabulary).map((t) => t.name.trim())
  const kinds = termsOf(directoryVocabularies.kind)
  const kind = kinds[0] ?? "community-activity"
  if (kinds.length > 1)
    reasons.push(
      `service_taxonomys: a service has one ${directoryVocabularies.kind} term, not ${kinds.length}`,
    )
  if (!isKind(kind))
    reasons.push(
      `service_taxonomys: ${kind} is not a ${directoryVocabularies.kind} term (${DirectoryEntryKind.literals.join(", ")})`,
    )
  const categories = termsOf(directoryVocabularies.category)
  for (const category of categories)
    if (!isCategory(category))
      reasons.push(
        `service_taxonomys: ${category} is not a ${directoryVocabularies.category} term (a spending category)`,
      )
  const ours = new Set<string>(Object.values(directoryVocabularies))
  const keywords = terms.filter((t) => !ours.has(t.vocabulary ?? "")).map((t) => t.name.trim())

  const eligibilitys = service.eligibilitys ?? []
  const minimumAges = eligibilitys.map((e) => e.minimum_age).filter(present)
  const maximumAges = eligibilitys.map((e) => e.maximum_age).filter(present)
  const minimumAge = minimumAges.length > 0 ? Math.min(...minimumAges) : null
  const maximumAge = maximumAges.length > 0 ? Math.max(...maximumAges) : null
  if (minimumAge !== null && maximumAge !== null && minimumAge > maximumAge)
    reasons.push(`eligibilitys: the minimum age ${minimumAge} is above the maximum ${maximumAge}`)
  const eligibility = eligibilitys.map((e) => e.eligibility?.trim()).filter((e) => !!e)

  if (reasons.length > 0 || !name || !organisationName || !isKind(kind)) return { reasons }
  const entry: DirectoryEntryContent = {
    sourceId: service.id,
    kind,
    name,
    description: service.description ?? "",
    organisation: {
      sourceId: service.organization?.id ?? null,
      name: organisationName,
      description: service.organization?.description ?? null,
      url: service.organization?.url ?? null,
    },
    locations,
    areas: unique([...(service.service_areas ?? []).map((a) => a.service_area.trim()), ...towns]),
    eligibility: eligibility.length > 0 ? eligibility.join("\n") : null,
    minimumAge,
    maximumAge,
    languages: unique((service.languages ?? []).map((l) => l.language.trim())),
    costs,
    fees: service.fees ?? null,
    culturalFit: unique(termsOf(directoryVocabularies.culturalFit)),
    categories: unique(categories).filter(isCategory),
    keywords: unique(keywords),
    url: service.url ?? null,
    email: service.email ?? null,
  }
  // Joined parts (eligibility texts) may outgrow what one field keeps.
  return isContent(entry)
    ? { entry }
    : {
        reasons: ["eligibilitys: the eligibility texts together are longer than 20,000 characters"],
      }
}
