import { withDefault } from "@openpb/plugin-sdk"
import { Schema } from "effect"

/** CLD "Delivery Mechanism" values (rules-and-standards 3.1, from NHS England's CLD code). */
export const CldDeliveryMechanism = Schema.Literals([
  "Direct Payment",
  "CASSR Managed Personal Budget",
  "CASSR Commissioned Support",
])
export type CldDeliveryMechanism = typeof CldDeliveryMechanism.Type

/** CLD "Primary Support Reason" values (rules-and-standards 3.1). */
export const PrimarySupportReason = Schema.Literals([
  "Physical Support: Access & mobility only",
  "Physical Support: Personal care support",
  "Sensory Support: Support for visual impairment",
  "Sensory Support: Support for hearing impairment",
  "Sensory Support: Support for dual impairment",
  "Support with Memory & Cognition",
  "Learning Disability Support",
  "Mental Health Support",
  "Social Support: Substance misuse support",
  "Social Support: Asylum seeker support",
  "Social Support: Support for Social Isolation/Other",
  "Social Support: Support to Carer",
  "Unknown",
])
export type PrimarySupportReason = typeof PrimarySupportReason.Type

export const MENTAL_HEALTH_SUPPORT: PrimarySupportReason = "Mental Health Support"

/**
 * CLD "Request: Route of Access" values: the route-of-access rows of SALT STS001, which CLD
 * Release 1 carries forward. Their exact wording is to be checked against the current CLD
 * specification (test/fixtures/cld-release1.json cites the sources).
 */
export const CldRouteOfAccess = Schema.Literals([
  "Planned Entry (Transition)",
  "Discharge from Hospital",
  "Diversion from Hospital Services",
  "Self-Funder with Depleted Funds",
  "Community / Other route",
])
export type CldRouteOfAccess = typeof CldRouteOfAccess.Type

/**
 * Who referred the person, as core's `Referral` schema records it. The SDK's returns record
 * carries it as plain text, so the plugin names the values it knows to map each one.
 */
export const ReferralSource = Schema.Literals([
  "self",
  "carer",
  "practitioner",
  "gp",
  "hospital",
  "other",
])
export type ReferralSource = typeof ReferralSource.Type

/**
 * The route of access reported for each referral source unless a council says otherwise. Only a
 * hospital referral is known to be a discharge; OpenPB records no transition, diversion or
 * depleted-funds flag, so every other source is the catch-all community route.
 */
export const defaultRouteOfAccess: Readonly<Record<ReferralSource, CldRouteOfAccess>> = {
  self: "Community / Other route",
  carer: "Community / Other route",
  practitioner: "Community / Other route",
  gp: "Community / Other route",
  hospital: "Discharge from Hospital",
  other: "Community / Other route",
}

export const EnglandReturnsSettings = Schema.Struct({
  /**
   * The council's ONS code, written on every CLD row. Mandatory in the specification, so it has
   * no default: a deployment without it does not start.
   */
  laCode: Schema.String.check(
    Schema.isPattern(/^E\d{8}$/, {
      message: "must be an ONS local authority code (E + 8 digits)",
    }),
  ),
  /**
   * How OpenPB's delivery mechanisms are reported. CLD has no value for a budget held by a
   * third party (an individual service fund): by default it counts as a council-managed personal
   * budget, since the money stays the council's and the person directs it.
   */
  deliveryMechanisms: withDefault(
    Schema.Struct({
      notional: CldDeliveryMechanism,
      "third-party": CldDeliveryMechanism,
      "direct-payment": CldDeliveryMechanism,
    }),
    {
      notional: "CASSR Managed Personal Budget",
      "third-party": "CASSR Managed Personal Budget",
      "direct-payment": "Direct Payment",
    },
  ),
  /**
   * The Primary Support Reason OpenPB reports for the people it serves. The platform does not
   * record one per person; people come to it through mental health services.
   */
  primarySupportReason: withDefault(PrimarySupportReason, "Mental Health Support"),
  /**
   * Routes of access a council reports differently from `defaultRouteOfAccess`, by referral
   * source: e.g. a council whose hospital referrals come from admission avoidance teams reports
   * them as `Diversion from Hospital Services`. Sources left out keep the default.
   */
  routeOfAccess: withDefault(
    Schema.Record(ReferralSource, Schema.optionalKey(CldRouteOfAccess)),
    {},
  ),
})
export type EnglandReturnsSettings = typeof EnglandReturnsSettings.Type
