import {
  AsAt,
  defineExporter,
  type ExportContext,
  type ExportRow,
  Period,
} from "@openpb/plugin-sdk"
import { Effect, Schema, Stream } from "effect"
import { isAdultOn } from "./cld.ts"
import { cldEvents } from "./cldEvents.ts"
import { ageOn } from "./dates.ts"
import { journeysOpenedBy } from "./journeys.ts"
import { type EnglandReturnsSettings, MENTAL_HEALTH_SUPPORT } from "./settings.ts"
import { percent, publishCounts } from "./tables.ts"

export const Ascof3dParameters = Schema.Struct({
  /** The snapshot is the period's last day (31 March for the national measure). */
  period: Period,
  asAt: AsAt,
})
export type Ascof3dParameters = typeof Ascof3dParameters.Type

export const AGE_BANDS = ["18-64", "65+", "unknown"] as const
export type AscofAgeBand = (typeof AGE_BANDS)[number]

/** What a person receives at the snapshot, the highest first (3.3: DP, then managed PB). */
export const SUPPORT = ["direct-payment", "managed-personal-budget", "commissioned-only"] as const
export type AscofSupport = (typeof SUPPORT)[number]

export interface AscofPerson {
  readonly personId: string
  readonly ageBand: AscofAgeBand
  readonly support: AscofSupport
}

const ageBand = (dateOfBirth: string | null, snapshot: string): AscofAgeBand =>
  dateOfBirth === null ? "unknown" : ageOn(dateOfBirth, snapshot) >= 65 ? "65+" : "18-64"

/**
 * The people in long-term community support at the snapshot, one each (3.3 CLD method steps
 * 2-4): service users alive at the snapshot with a service event open on it; a person with
 * several events (a mixed budget, or two journeys) is counted once, under the highest support.
 * Every OpenPB service is community support, so the denominator is all of them.
 */
export const ascofPeople = (
  settings: EnglandReturnsSettings,
  councilId: ExportContext["councilId"],
  snapshot: string,
  asAt?: string,
) =>
  journeysOpenedBy(councilId, snapshot, asAt).pipe(
    Stream.filter(
      // Parts 1a and 2a count service users; a carer's own budget belongs to parts 1b and 2b.
      (j) =>
        j.caresFor === null &&
        isAdultOn(j.person.dateOfBirth, snapshot) &&
        !(j.ending?.reason === "died" && j.ending.on <= snapshot),
    ),
    Stream.runFold(
      () => new Map<string, AscofPerson>(),
      (people, j) => {
        const mechanisms = cldEvents(j, settings)
          .filter(
            (e) =>
              e.service !== null && e.start <= snapshot && (e.end === null || e.end >= snapshot),
          )
          .map((e) => e.service!.deliveryMechanism)
        if (mechanisms.length === 0) return people
        const support: AscofSupport = mechanisms.includes("Direct Payment")
          ? "direct-payment"
          : mechanisms.includes("CASSR Managed Personal Budget")
            ? "managed-personal-budget"
            : "commissioned-only"
        const before = people.get(j.person.id)
        if (before === undefined || SUPPORT.indexOf(support) < SUPPORT.indexOf(before.support))
          people.set(j.person.id, {
            personId: j.person.id,
            ageBand: ageBand(j.person.dateOfBirth, snapshot),
            support,
          })
        return people
      },
    ),
  )

export const ASCOF_CUTS = ["all", "mental-health"] as const

/** One cut's rows: age bands by support, suppressed, with the two proportions. */
const cutRows = (cut: string, people: ReadonlyArray<AscofPerson>): ReadonlyArray<ExportRow> => {
  const grid = AGE_BANDS.map((band) =>
    SUPPORT.map((s) => people.filter((p) => p.ageBand === band && p.support === s).length),
  )
  return publishCounts(grid).map((row, i) => {
    const [dp, managed, commissioned, total] = row as [never, never, never, never]
    return {
      cut,
      age_band: AGE_BANDS[i] ?? "all",
      direct_payment: dp,
      managed_personal_budget: managed,
      commissioned_support_only: commissioned,
      people: total,
      self_directed_support_percent: percent([dp, managed], total),
      direct_payment_percent: percent([dp], total),
    }
  })
}

/**
 * ASCOF 3D parts 1a and 2a (3.3), computed from the same events as the CLD return: the
 * proportion of people in long-term community support who receive self-directed support (a
 * direct payment or a council-managed personal budget), and who receive a direct payment. With
 * a mental health cut (people whose Primary Support Reason is Mental Health Support), a local
 * figure, not a national one. Aggregate and suppressed, so a commissioner may run it.
 */
export const ascof3dExporter = (settings: EnglandReturnsSettings) =>
  defineExporter<Ascof3dParameters>({
    id: "england-ascof-3d",
    version: "0.1.0",
    description:
      "ASCOF 3D: proportions of people in long-term community support receiving self-directed support and direct payments, at the period's end",
    parameters: Ascof3dParameters,
    roles: ["commissioner", "finance", "council-admin", "auditor", "system"],
    personLevel: false,
    // A table for people to read: no JSON Lines.
    formats: ["csv", "xlsx"],
    columns: [
      { key: "cut", header: "Cut" },
      { key: "age_band", header: "Age band" },
      { key: "direct_payment", header: "Direct payment (part or only)" },
      { key: "managed_personal_budget", header: "CASSR managed personal budget" },
      { key: "commissioned_support_only", header: "CASSR commissioned support only" },
      { key: "people", header: "People in long-term community support" },
      { key: "self_directed_support_percent", header: "3D part 1a: self-directed support (%)" },
      { key: "direct_payment_percent", header: "3D part 2a: direct payments (%)" },
    ],
    rows: ({ period, asAt }, { councilId }) =>
      Stream.unwrap(
        ascofPeople(settings, councilId, period.to, asAt).pipe(
          Effect.map((byPerson) => {
            const people = [...byPerson.values()]
            const mentalHealth =
              settings.primarySupportReason === MENTAL_HEALTH_SUPPORT ? people : []
            return Stream.fromIterable([
              ...cutRows("all", people),
              ...cutRows("mental-health", mentalHealth),
            ])
          }),
        ),
      ),
  })
