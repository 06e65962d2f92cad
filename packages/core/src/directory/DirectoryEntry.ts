import { Schema } from "effect"
import { SpendingCategory } from "../journey/SupportPlan.ts"
import { CouncilId } from "../model/Ids.ts"
import { Pence } from "../model/Money.ts"
import { Label, Note, Prose } from "../model/Text.ts"
import { IsoInstant } from "../model/Time.ts"
import { DirectoryEntryId } from "./DirectoryEntryId.ts"

/** What a directory entry offers: a care provider's service, a personal assistant, a community activity. */
export const DirectoryEntryKind = Schema.Literals([
  "care-provider",
  "personal-assistant",
  "community-activity",
]).annotate({ identifier: "DirectoryEntryKind" })
export type DirectoryEntryKind = typeof DirectoryEntryKind.Type

/** Who runs the service (Open Referral UK's organisation). */
export const DirectoryOrganisation = Schema.Struct({
  /** The feed's id for the organisation, when it gives one. */
  sourceId: Schema.NullOr(Label),
  name: Label,
  description: Schema.NullOr(Prose),
  url: Schema.NullOr(Label),
}).annotate({ identifier: "DirectoryOrganisation" })
export type DirectoryOrganisation = typeof DirectoryOrganisation.Type

/** Where the service is delivered; the postcode district (`LS7`) is what an area search matches. */
export const DirectoryLocation = Schema.Struct({
  name: Schema.NullOr(Label),
  address: Schema.NullOr(Label),
  postcode: Schema.NullOr(Label),
  postcodeDistrict: Schema.NullOr(Label),
}).annotate({ identifier: "DirectoryLocation" })
export type DirectoryLocation = typeof DirectoryLocation.Type

/** One price of the service: an amount in pence, per what (a session, an hour), and what it covers. */
export const DirectoryCost = Schema.Struct({
  amountPence: Pence,
  per: Schema.NullOr(Label),
  description: Schema.NullOr(Prose),
}).annotate({ identifier: "DirectoryCost" })
export type DirectoryCost = typeof DirectoryCost.Type

/** Everything an import writes about a service: the entry without the ids and time OpenPB adds. */
export const DirectoryEntryContent = Schema.Struct({
  /** The feed's id for the service: a second import of the same id updates this entry. */
  sourceId: Label,
  kind: DirectoryEntryKind,
  name: Label,
  description: Note,
  organisation: DirectoryOrganisation,
  locations: Schema.Array(DirectoryLocation),
  /** Named areas the service covers (Open Referral UK's service areas, and the locations' towns). */
  areas: Schema.Array(Label),
  /** Who it is for, in the provider's words. */
  eligibility: Schema.NullOr(Prose),
  minimumAge: Schema.NullOr(Schema.Int),
  maximumAge: Schema.NullOr(Schema.Int),
  /** Languages the service is offered in. */
  languages: Schema.Array(Label),
  costs: Schema.Array(DirectoryCost),
  /** What it costs in words, when the feed gives no amounts (or more than them). */
  fees: Schema.NullOr(Prose),
  /** The community, language or faith the service is run for or by ("Polish community", "Muslim women"). */
  culturalFit: Schema.Array(Label),
  /** What a plan line buying it would be spent on. */
  categories: Schema.Array(SpendingCategory),
  /** The needs and topics it meets (the feed's other taxonomy terms): searched with the free text. */
  keywords: Schema.Array(Label),
  url: Schema.NullOr(Label),
  email: Schema.NullOr(Label),
})
export type DirectoryEntryContent = typeof DirectoryEntryContent.Type

/**
 * A provider, personal assistant or community activity in the council's directory, shaped on
 * the Open Referral UK data standard (organisation, service, location, eligibility, languages,
 * cost), with the cultural fit the seeds' service users asked to be able to find.
 */
export class DirectoryEntry extends Schema.Class<DirectoryEntry>("@openpb/core/DirectoryEntry")({
  id: DirectoryEntryId,
  councilId: CouncilId,
  ...DirectoryEntryContent.fields,
  /** When an import last changed it. */
  updatedAt: IsoInstant,
}) {}

export class DirectoryEntryNotFound extends Schema.TaggedError<DirectoryEntryNotFound>()(
  "DirectoryEntryNotFound",
  { entryId: Schema.String },
) {
  override get message() {
    return `No directory entry with id ${this.entryId} in this council`
  }
}
