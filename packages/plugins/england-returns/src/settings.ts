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
})
export type EnglandReturnsSettings = typeof EnglandReturnsSettings.Type
