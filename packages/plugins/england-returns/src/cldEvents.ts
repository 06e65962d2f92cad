import type { ReturnsJourneyRecord, ReturnsPlanLine } from "@openpb/plugin-sdk"
import { Schema } from "effect"
import {
  type CldDeliveryMechanism,
  type CldRouteOfAccess,
  defaultRouteOfAccess,
  type EnglandReturnsSettings,
  ReferralSource,
} from "./settings.ts"

/** One CLD event (rules-and-standards 3.1): a request, an assessment, a service or a review. */
export interface CldEvent {
  readonly type: "Request" | "Assessment" | "Service" | "Review"
  readonly reference: string
  readonly start: string
  /** Null while the event is open. */
  readonly end: string | null
  readonly description: string
  readonly outcome: string | null
  readonly assessmentType: string | null
  readonly eligibleNeedsIdentified: "Yes" | "No" | null
  /** Set on requests only: the field belongs to the request module. */
  readonly routeOfAccess: CldRouteOfAccess | null
  readonly service: {
    readonly line: ReturnsPlanLine
    readonly deliveryMechanism: CldDeliveryMechanism
  } | null
  readonly reviewReason: "Planned" | "Unplanned" | null
}

const blank = {
  outcome: null,
  assessmentType: null,
  eligibleNeedsIdentified: null,
  routeOfAccess: null,
  service: null,
  reviewReason: null,
} as const

/** Event Outcome values for an ending (the SALT STS001 hierarchy in 3.1). */
const endingOutcome: Record<string, string> = {
  died: "NFA - Deceased",
  "moved-away": "NFA - Moved to another LA",
  "goals-reached-moving-on": "Service ended as planned",
  "persons-choice": "NFA - Support declined",
  // CLD has no value for a reassessment that ends support; it is an ending for another reason.
  "no-longer-eligible": "NFA - Support ended: Other reason",
  other: "NFA - Support ended: Other reason",
}

const reviewOutcome: Record<string, string> = {
  continue: "No change in package",
  "revise-plan": "Progress to Support Planning / Services",
  "change-amount": "Progress to Support Planning / Services",
  "change-mechanism": "Progress to Support Planning / Services",
  reassess: "Progress to Re-assessment / Unplanned Review",
}

const later = (a: string, b: string) => (a > b ? a : b)

const isReferralSource = Schema.is(ReferralSource)

/**
 * The route of access of a journey's request: the council's choice for its referral source, else
 * the default. Core only records the sources `ReferralSource` lists; should it gain one this
 * plugin does not know, the request is reported under `other` rather than left blank, since the
 * field is mandatory on every request.
 */
export const requestRouteOfAccess = (
  journey: ReturnsJourneyRecord,
  settings: EnglandReturnsSettings,
): CldRouteOfAccess => {
  const source = isReferralSource(journey.referralSource) ? journey.referralSource : "other"
  return settings.routeOfAccess[source] ?? defaultRouteOfAccess[source]
}

/**
 * The CLD events of one journey. Dates the platform does not record are taken from the nearest
 * step it does (see the README): a request ends, and its assessment starts, on the first day of
 * the assessment period, or on the day assessing began when nothing is recorded yet.
 */
export const cldEvents = (
  journey: ReturnsJourneyRecord,
  settings: EnglandReturnsSettings,
): ReadonlyArray<CldEvent> => {
  const events: Array<CldEvent> = []
  const ref = (suffix: string) => `${journey.id}:${suffix}`
  const declined = journey.stage === "declined"
  // A person may withdraw at any stage before the budget is active: once an assessment began,
  // the request progressed and it is the assessment that ends with the person's decline.
  const declinedBeforeAssessment =
    declined && journey.assessment === null && journey.eligibility === null
  const considering = journey.stage === "considering"
  // The request dates from the day it was received, which may be before it was recorded.
  const requestedOn = journey.requestedOn ?? journey.openedOn
  const assessmentStart = journey.assessment
    ? later(requestedOn, journey.assessment.from)
    : journey.updatedOn
  events.push({
    ...blank,
    type: "Request",
    reference: ref("request"),
    start: requestedOn,
    end: considering ? null : declinedBeforeAssessment ? journey.updatedOn : assessmentStart,
    description: `Request for a personal budget (referred by ${journey.referralSource})`,
    routeOfAccess: requestRouteOfAccess(journey, settings),
    outcome: considering
      ? null
      : declinedBeforeAssessment
        ? "NFA - Support declined"
        : "Progress to Assessment",
  })
  if (considering || declinedBeforeAssessment) return events

  const eligible = journey.eligibility?.outcome === "eligible"
  events.push({
    ...blank,
    type: "Assessment",
    reference: ref("assessment"),
    start: assessmentStart,
    end: journey.eligibility?.decidedOn ?? (declined ? journey.updatedOn : null),
    description:
      journey.caresFor === null ? "Care Act needs assessment" : "Care Act carer's assessment (s10)",
    outcome:
      journey.eligibility === null
        ? declined
          ? "NFA - Support declined"
          : null
        : eligible
          ? "Progress to Support Planning / Services"
          : journey.informationAndAdviceGiven
            ? "NFA - Information & Advice / Signposting only"
            : "NFA - No services offered: Other reason",
    eligibleNeedsIdentified: journey.eligibility === null ? null : eligible ? "Yes" : "No",
  })
  if (journey.financialAssessedOn !== null) {
    events.push({
      ...blank,
      type: "Assessment",
      reference: ref("financial-assessment"),
      start: journey.financialAssessedOn,
      end: journey.financialAssessedOn,
      description: "Financial assessment (charging)",
      assessmentType: "Financial Assessment",
    })
  }
  // One service event per line of council money, so a mixed budget counts under each of its
  // mechanisms (3.1, "Mapping issue for OpenPB"); NHS-funded lines belong to the PHB return.
  if (journey.approvedOn !== null) {
    for (const line of journey.approvedLines) {
      if (line.fundingStream !== "council-social-care") continue
      events.push({
        ...blank,
        type: "Service",
        reference: ref(`service:${line.id}`),
        start: journey.approvedOn,
        end: journey.ending?.on ?? null,
        description: `Personal budget: ${line.category}`,
        outcome: journey.ending ? (endingOutcome[journey.ending.reason] ?? null) : null,
        service: { line, deliveryMechanism: settings.deliveryMechanisms[line.deliveryMechanism] },
      })
    }
  }
  for (const review of journey.reviews) {
    if (review.status !== "completed" || review.completedOn === null) continue
    events.push({
      ...blank,
      type: "Review",
      reference: ref(`review:${review.id}`),
      start: review.completedOn,
      end: review.completedOn,
      description: `Review of the personal budget (${review.trigger})`,
      outcome:
        review.outcome === "end"
          ? (endingOutcome[journey.ending?.reason ?? "other"] ?? null)
          : (reviewOutcome[review.outcome ?? ""] ?? null),
      reviewReason: review.trigger === "scheduled" ? "Planned" : "Unplanned",
    })
  }
  return events
}
