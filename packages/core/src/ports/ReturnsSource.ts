import { Context, type Effect } from "effect"
import type { FundingStreamKind, LineDeliveryMechanism } from "../model/Budget.ts"
import type { KeysetPage } from "./ExportSource.ts"
import type { ReviewOutcome, ReviewTrigger } from "../journey/Journey.ts"

/**
 * The person as statutory returns and extracts read them. Returns need identifiers (the CLD
 * return carries NHS number, names and date of birth); an extract decides what it drops.
 */
export interface ReturnsPerson {
  readonly id: string
  readonly givenName: string
  readonly familyName: string
  /** YYYY-MM-DD, or null when not recorded. */
  readonly dateOfBirth: string | null
  readonly nhsNumber: string | null
  readonly address: string | null
  /** Equality data, held only with the person's consent: null otherwise. */
  readonly sex: string | null
  /** NHS Data Dictionary ethnic category code. */
  readonly ethnicity: string | null
  readonly researchConsent: boolean
  /** Whether a carer is recorded in the person's circle. */
  readonly hasCarer: boolean
}

/** A line of the approved support plan: what a CLD service event is made from. */
export interface ReturnsPlanLine {
  readonly id: string
  readonly category: string
  readonly fundingStream: FundingStreamKind
  readonly deliveryMechanism: LineDeliveryMechanism
  readonly unitCostPence: number
  readonly unitsPerPeriod: number
  readonly frequency: "weekly" | "four-weekly" | "monthly" | "one-off"
}

export interface ReturnsReview {
  readonly id: string
  readonly trigger: ReviewTrigger
  readonly dueDate: string
  readonly status: "due" | "in-progress" | "completed"
  readonly completedOn: string | null
  readonly outcome: ReviewOutcome | null
  /** Goal attainment per plan outcome, -2..+2, with the outcome's domain where the plan names it. */
  readonly attainments: ReadonlyArray<{
    readonly outcomeId: string
    readonly domain: string | null
    readonly attainment: number
  }>
  readonly wellbeing: { readonly instrument: string; readonly scored: number } | null
}

/**
 * One journey with its person and the dates of its steps. Every date is a London calendar date
 * (YYYY-MM-DD); instants are converted by the store so a plugin never handles time zones.
 */
export interface ReturnsJourneyRecord {
  readonly id: string
  readonly councilId: string
  readonly person: ReturnsPerson
  readonly stage: string
  readonly openedOn: string
  /** The day the request for support was received; absent: the day the journey was opened. */
  readonly requestedOn?: string
  /** When the journey last changed: the end date of a referral the person declined. */
  readonly updatedOn: string
  readonly referralSource: string
  /** On a carer's own journey: the person they care for (the journey's person is the carer). */
  readonly caresFor: string | null
  /** The needs assessment, or on a carer's journey the carer's assessment. */
  readonly assessment: {
    readonly from: string
    readonly to: string
    readonly detentions: ReadonlyArray<string>
    readonly healthGrounds: ReadonlyArray<string>
  } | null
  readonly eligibility: { readonly outcome: string; readonly decidedOn: string } | null
  /** Whether written information and advice was recorded with a not-eligible decision (s13(5)). */
  readonly informationAndAdviceGiven: boolean
  readonly financialAssessedOn: string | null
  readonly healthEligible: boolean
  /** The approval of the plan now in force, and that plan's lines. */
  readonly approvedOn: string | null
  readonly approvedLines: ReadonlyArray<ReturnsPlanLine>
  readonly suspendedFrom: string | null
  readonly reviews: ReadonlyArray<ReturnsReview>
  readonly ending: { readonly reason: string; readonly on: string } | null
}

export interface ReturnsJourneyQuery extends KeysetPage {
  /** Only journeys opened on or before this London date (later ones hold no event before it). */
  readonly openedOnOrBefore: string | undefined
  /** Only people who agreed to their pseudonymised data being used for research. */
  readonly researchConsentOnly: boolean
  /**
   * Read the records as they were known at the end of this London date (what was recorded
   * later is left out), so a return sent on a day can be produced again; absent: as they are now.
   */
  readonly asAt?: string | undefined
}

/**
 * Reads for statutory returns and research extracts, a page of journeys at a time in id order
 * (keyset pages, as `ExportSource`). Each record is self-contained, so an exporter derives its
 * events without a second read.
 */
export class ReturnsSource extends Context.Service<
  ReturnsSource,
  {
    journeys(query: ReturnsJourneyQuery): Effect.Effect<ReadonlyArray<ReturnsJourneyRecord>>
  }
>()("@openpb/core/ReturnsSource") {}
