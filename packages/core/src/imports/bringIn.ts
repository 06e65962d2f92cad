import { Effect, Option, Schema } from "effect"
import { Journey, JourneyId, type Review } from "../journey/Journey.ts"
import { recordDecision } from "../journey/steps.ts"
import { allocationFrequencyOf } from "../journey/usecases/planning.ts"
import { startAllocationSchedule } from "../ledger/usecases.ts"
import {
  annualLineCostPence,
  type PlanLine,
  type SupportPlanContent,
} from "../journey/SupportPlan.ts"
import { postEntries } from "../ledger/post.ts"
import { heldAccountFor } from "../ledger/Posting.ts"
import { CurrentActor } from "../model/Actor.ts"
import { Budget } from "../model/Budget.ts"
import { addDays, formatLongDate } from "../model/CalendarDay.ts"
import { Carer, CarerId } from "../model/Carer.ts"
import { BudgetId, newUuidV7, PersonId } from "../model/Ids.ts"
import { formatPounds, MAX_PENCE, Pence } from "../model/Money.ts"
import { Person } from "../model/Person.ts"
import { nowIso } from "../model/Time.ts"
import { BudgetRepository } from "../ports/BudgetRepository.ts"
import { CarerRepository } from "../ports/CarerRepository.ts"
import { EventLog } from "../ports/EventLog.ts"
import type { ImportedRecord } from "../ports/ImportRunRepository.ts"
import { ImportRunRepository } from "../ports/ImportRunRepository.ts"
import { JourneyRepository } from "../ports/JourneyRepository.ts"
import { PersonRepository } from "../ports/PersonRepository.ts"
import { sha256Hex } from "../reporting/sha256.ts"
import { type CaseloadCsvColumn, CaseloadImportRow } from "./CaseloadCsv.ts"
import type { ImportRunId } from "./ImportRun.ts"
import { noStepsTaken } from "../journey/noStepsTaken.ts"

/*
 * Bringing a caseload in as it stands. A journey that reached its stage in another system did
 * not pass through OpenPB's steps, and cannot be made to: its assessment, decisions and approval
 * happened there. So an imported journey starts at its stage, and for a running budget the
 * approval it had is recorded as one decision that explains itself: imported from that system,
 * on that day, by that run, with the row it came from. The budget's money already in hand is
 * an opening posting in the ledger (balanced, from the funder's account), never a stored number.
 * Everything else (people, carers, reviews) is the same record the use cases make.
 */

/** The decision-maker an imported approval names: the import, not a person or a policy. */
export const importPolicy = { id: "openpb/caseload-import", version: "1.0.0" } as const

export interface ImportContext {
  readonly runId: ImportRunId
  readonly sourceSystem: string
  readonly today: string
}

/** Columns of days that have happened: none of them can be after the day of the import. */
const pastDays = ["date_of_birth", "referred_on", "plan_start", "balance_on"] as const

/**
 * What keeps a new row from being brought in, beyond its columns: a day that has not come yet,
 * or a year of its line that no budget can hold (`MAX_PENCE`).
 */
export const newRowProblems = (
  row: CaseloadImportRow,
  sourceSystem: string,
  today: string,
): ReadonlyArray<{ readonly column: CaseloadCsvColumn; readonly message: string }> => {
  const problems: Array<{ column: CaseloadCsvColumn; message: string }> = []
  for (const column of pastDays) {
    const day = row[column]
    if (day !== undefined && day > today)
      problems.push({ column, message: `${day} is after the day of the import (${today})` })
  }
  if (row.stage === "active") {
    const annual = annualLineCostPence(lineOf(row, sourceSystem))
    if (annual > MAX_PENCE)
      problems.push({
        column: "cost",
        message: `a year of this cost comes to ${formatPounds(annual)}, more than one budget can hold`,
      })
  }
  return problems
}

/** A row that cannot be written as it is, found only when writing it; the run goes on without it. */
export class ImportRowRefused extends Schema.TaggedError<ImportRowRefused>()("ImportRowRefused", {
  column: Schema.NullOr(Schema.String),
  reason: Schema.String,
}) {
  override get message() {
    return this.reason
  }
}

const encodeRow = Schema.encodeSync(CaseloadImportRow)
const decodeStoredRow = Schema.decodeUnknownOption(CaseloadImportRow)

/** The row's fingerprint: the same row, whatever order its file gave the columns in, hashes the same. */
export const rowSha256 = (row: CaseloadImportRow): string => {
  const encoded = encodeRow(row) as Record<string, unknown>
  const canonical = JSON.stringify(
    Object.keys(encoded)
      .sort()
      .map((key) => [key, encoded[key]]),
  )
  return sha256Hex(new TextEncoder().encode(canonical))
}

/**
 * The columns a re-import may change: how to reach the person and who supports them. What the
 * journey and its money are (stage, plan, amounts, balance) is OpenPB's record once imported,
 * changed through the journey's own steps; a file that says otherwise is refused on that row,
 * so a second run can never undo what was done since the first.
 */
const updatable = new Set<CaseloadCsvColumn>([
  "postcode",
  "carer_name",
  "carer_relationship",
  "carer_nominated",
  "practitioner",
  "next_review",
])

/** The columns that differ between the row as last imported and the row now. */
export const changedColumns = (
  before: CaseloadImportRow,
  after: CaseloadImportRow,
): ReadonlyArray<CaseloadCsvColumn> =>
  (Object.keys(CaseloadImportRow.fields) as Array<CaseloadCsvColumn>).filter(
    (column) => before[column] !== after[column],
  )

/**
 * What a re-imported row would do: nothing (the same row), update the columns that may change,
 * or be refused for a column that may not, with the reason.
 */
export const reimportOf = (
  record: ImportedRecord,
  row: CaseloadImportRow,
):
  | { readonly kind: "unchanged" }
  | {
      readonly kind: "update"
      readonly before: CaseloadImportRow
      readonly columns: ReadonlyArray<CaseloadCsvColumn>
    }
  | {
      readonly kind: "refused"
      readonly column: CaseloadCsvColumn | null
      readonly reason: string
    } => {
  if (record.rowSha256 === rowSha256(row)) return { kind: "unchanged" }
  const before = decodeStoredRow(record.row)
  if (Option.isNone(before))
    return {
      kind: "refused",
      column: null,
      reason: "the row imported before can no longer be read",
    }
  const columns = changedColumns(before.value, row)
  const fixed = columns.find((column) => !updatable.has(column))
  if (fixed !== undefined)
    return {
      kind: "refused",
      column: fixed,
      reason: `${fixed} has changed since this person was imported; once in OpenPB a person's name, date of birth, NHS number, journey, plan and money change through OpenPB's own steps, not by import`,
    }
  if (columns.includes("next_review") && row.stage !== "active")
    return { kind: "refused", column: "next_review", reason: "only an active journey has a review" }
  return { kind: "update", before: before.value, columns }
}

/** The plan's one line, as the row gives it: what the money buys, how often and how it is held. */
export const lineOf = (row: CaseloadImportRow, sourceSystem: string): PlanLine => ({
  id: "imported-1",
  description: row.support ?? `Support as arranged in ${sourceSystem}`,
  category: row.spending_category ?? "other",
  provider: null,
  unitCostPence: row.cost ?? Pence.make(0),
  unitsPerPeriod: 1,
  frequency: row.cost_frequency ?? "weekly",
  fundingStream: row.funding_stream ?? "council-social-care",
  deliveryMechanism: row.mechanism ?? "notional",
  outcomeIds: ["imported-outcome-1"],
})

const planOf = (
  row: CaseloadImportRow,
  person: Person,
  line: PlanLine,
  ctx: ImportContext,
): SupportPlanContent => ({
  outcomes: [
    {
      id: "imported-outcome-1",
      domain: row.outcome_domain ?? "mental-health-and-wellbeing",
      inOwnWords: row.outcome ?? "",
      howProgressWillBeSeen: `As agreed in ${ctx.sourceSystem}; looked at again at the next review.`,
    },
  ],
  lines: [line],
  contingency: { crisisContacts: [], steps: [], upliftCapPence: Pence.make(0), maxDurationDays: 0 },
  riskEnablement: [],
  participants: [
    { role: "person", name: `${person.givenName} ${person.familyName}` },
    ...(row.carer_name === undefined ? [] : [{ role: "carer" as const, name: row.carer_name }]),
    ...(row.practitioner === undefined
      ? []
      : [{ role: "practitioner" as const, name: row.practitioner }]),
  ],
})

const reviewOn = (dueDate: string): Review => ({
  id: "imported-review-1",
  clock: null,
  trigger: "scheduled",
  dueDate,
  status: "due",
  completedOn: null,
  progress: [],
  wellbeing: null,
  views: null,
  outcome: null,
  decisionId: null,
})

/**
 * Writes one row's records, inside the caller's transaction: the person, their carer, their
 * journey at its stage and, for a running budget, the plan, the imported approval, the budget and
 * its opening balance. Returns the mark that ties them to their source record.
 */
export const bringInRow = Effect.fnUntraced(function* (row: CaseloadImportRow, ctx: ImportContext) {
  const actor = yield* CurrentActor
  const events = yield* EventLog
  const now = yield* nowIso
  const person = new Person({
    id: PersonId.make(yield* newUuidV7),
    councilId: actor.councilId,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth ?? null,
    createdAt: now,
    nhsNumber: row.nhs_number ?? null,
    contact: { phone: null, email: null, address: row.postcode ?? null },
    preferredLanguage: null,
    interpreterNeeded: false,
    equality: null,
    researchConsent: false,
  })
  const mark = { sourceSystem: ctx.sourceSystem, sourceId: row.source_id, importRunId: ctx.runId }
  yield* (yield* PersonRepository).insert(person)
  yield* events.append({
    councilId: person.councilId,
    type: "PersonRegistered",
    aggregateType: "Person",
    aggregateId: person.id,
    actorSubject: actor.subject,
    payload: { givenName: person.givenName, familyName: person.familyName, imported: mark },
  })
  let carerId: string | null = null
  if (row.carer_name !== undefined && row.carer_relationship !== undefined) {
    const carer = new Carer({
      id: CarerId.make(yield* newUuidV7),
      councilId: person.councilId,
      personId: person.id,
      name: row.carer_name,
      relationship: row.carer_relationship,
      subject: null,
      consentScopes: [],
      nominatedPerson: row.carer_nominated ?? false,
      version: 1,
    })
    yield* (yield* CarerRepository).insert(carer)
    yield* events.append({
      councilId: carer.councilId,
      type: "CarerAdded",
      aggregateType: "Person",
      aggregateId: person.id,
      actorSubject: actor.subject,
      payload: { carerId: carer.id, imported: mark },
    })
    carerId = carer.id
  }

  const journeyId = JourneyId.make(yield* newUuidV7)
  const base = new Journey({
    id: journeyId,
    councilId: person.councilId,
    personId: person.id,
    stage: row.stage,
    version: 1,
    openedAt: now,
    updatedAt: now,
    requestedOn: row.referred_on ?? ctx.today,
    referral: {
      source: row.referral_source ?? "other",
      referredBy: `Imported from ${ctx.sourceSystem}`,
      toldAbout: `Brought in from ${ctx.sourceSystem} on ${formatLongDate(ctx.today)} (source record ${row.source_id}); what the person was told is in that system's record.`,
    },
    practitioner: row.practitioner ?? null,
    adviser: null,
    engagementSupport: "none",
    ...noStepsTaken,
    healthEligible: row.funding_stream === "nhs-health",
  })
  let budgetId: BudgetId | null = null
  let journey = base
  if (row.stage === "active") {
    const line = lineOf(row, ctx.sourceSystem)
    const annual = annualLineCostPence(line)
    const stream = line.fundingStream
    const decision = yield* recordDecision({
      journey: base,
      kind: "plan-approval",
      outcome: "approved",
      reasons: [
        {
          criterion: "import/caseload",
          met: null,
          text: `Imported from ${ctx.sourceSystem} on ${formatLongDate(ctx.today)}: the plan and the budget of ${formatPounds(annual)} a year were approved in ${ctx.sourceSystem} before the council moved to OpenPB, and are brought in as they stood (source record ${row.source_id}, import run ${ctx.runId}). The original decision and its reasons are in that system's record; this one can be challenged as any decision can.`,
        },
      ],
      policy: importPolicy,
      inputs: { ...mark, row: encodeRow(row) },
      amounts: {
        costOfMeetingNeedsPence: annual,
        personContributionPence: 0,
        councilSharePence: stream === "council-social-care" ? annual : 0,
        nhsSharePence: stream === "nhs-health" ? annual : 0,
      },
    })
    const budget = new Budget({
      id: BudgetId.make(yield* newUuidV7),
      councilId: person.councilId,
      personId: person.id,
      status: "active",
      amountPence: Pence.make(annual),
      fundingStreams: [{ stream, amountPence: Pence.make(annual) }],
      deliveryMechanism: line.deliveryMechanism,
      version: 1,
      createdAt: now,
    })
    yield* (yield* BudgetRepository).insert(budget)
    yield* events.append({
      councilId: budget.councilId,
      type: "BudgetCreated",
      aggregateType: "Budget",
      aggregateId: budget.id,
      actorSubject: actor.subject,
      payload: { personId: person.id, amountPence: budget.amountPence, imported: mark },
    })
    budgetId = budget.id
    journey = new Journey({
      ...base,
      budgetId: budget.id,
      plans: [
        {
          version: 1,
          content: planOf(row, person, line, ctx),
          createdAt: now,
          createdBy: actor.subject,
          annualCostPence: annual,
        },
      ],
      approved: {
        planVersion: 1,
        costOfMeetingNeedsPence: annual,
        personContributionPence: 0,
        councilSharePence: stream === "council-social-care" ? annual : 0,
        nhsSharePence: stream === "nhs-health" ? annual : 0,
        decisionId: decision.id,
        effectiveFrom: row.plan_start ?? ctx.today,
      },
      reviews: row.next_review === undefined ? [] : [reviewOn(row.next_review)],
    })
    yield* (yield* JourneyRepository).insert(journey)
    // Allocations carry on from the day after the balance the old system handed over (from the
    // import's day when it gave none), so no period is paid both in the balance and again.
    yield* startAllocationSchedule(
      budget,
      row.balance_on === undefined ? ctx.today : addDays(row.balance_on, 1),
      allocationFrequencyOf([line]),
    )
    if (row.opening_balance !== undefined && row.opening_balance > 0) {
      yield* postEntries(budget, {
        budgetId: budget.id,
        kind: "allocation",
        idempotencyKey: `import:${ctx.sourceSystem}:${row.source_id}:opening-balance`,
        entries: [
          {
            account: heldAccountFor(line.deliveryMechanism, stream),
            amountPence: row.opening_balance,
          },
          { account: `source:${stream}`, amountPence: -row.opening_balance },
        ],
        effectiveDate: row.balance_on ?? ctx.today,
        memo: `Opening balance brought in from ${ctx.sourceSystem} (source record ${row.source_id})`,
        decisionId: decision.id,
      })
    }
  } else yield* (yield* JourneyRepository).insert(journey)
  yield* events.append({
    councilId: journey.councilId,
    type: "JourneyImported",
    aggregateType: "Journey",
    aggregateId: journey.id,
    actorSubject: actor.subject,
    payload: { personId: person.id, stage: journey.stage, imported: mark },
  })
  const record: ImportedRecord = {
    councilId: person.councilId,
    sourceSystem: ctx.sourceSystem,
    sourceId: row.source_id,
    personId: person.id,
    carerId,
    journeyId: journey.id,
    budgetId,
    rowSha256: rowSha256(row),
    row: encodeRow(row),
    firstRunId: ctx.runId,
    lastRunId: ctx.runId,
  }
  yield* (yield* ImportRunRepository).saveImported(record)
  return record
})

const refused = (column: string | null, reason: string) => new ImportRowRefused({ column, reason })

/**
 * Writes the columns of a re-imported row that changed, inside the caller's transaction: the
 * person's postcode, their carer, the practitioner, the next review. Each record keeps its
 * version check, so a change made meanwhile in OpenPB is never overwritten silently.
 */
export const updateImportedRow = Effect.fnUntraced(function* (
  record: ImportedRecord,
  before: CaseloadImportRow,
  row: CaseloadImportRow,
  columns: ReadonlyArray<CaseloadCsvColumn>,
  ctx: ImportContext,
) {
  const actor = yield* CurrentActor
  const events = yield* EventLog
  const mark = { sourceSystem: ctx.sourceSystem, sourceId: row.source_id, importRunId: ctx.runId }
  const changed = (column: CaseloadCsvColumn) => columns.includes(column)
  if (changed("postcode")) {
    const people = yield* PersonRepository
    const found = yield* people.findById(record.councilId, record.personId)
    if (Option.isNone(found))
      return yield* refused(null, "the person imported before is no longer here")
    yield* people.update(
      new Person({
        ...found.value,
        contact: { ...found.value.contact, address: row.postcode ?? null },
      }),
    )
  }
  let carerId = record.carerId
  if (changed("carer_name") || changed("carer_relationship") || changed("carer_nominated")) {
    const carers = yield* CarerRepository
    if (carerId === null) {
      if (row.carer_name !== undefined && row.carer_relationship !== undefined) {
        const carer = new Carer({
          id: CarerId.make(yield* newUuidV7),
          councilId: record.councilId,
          personId: record.personId,
          name: row.carer_name,
          relationship: row.carer_relationship,
          subject: null,
          consentScopes: [],
          nominatedPerson: row.carer_nominated ?? false,
          version: 1,
        })
        yield* carers.insert(carer)
        carerId = carer.id
      }
    } else {
      const found = yield* carers.findById(record.councilId, CarerId.make(carerId))
      if (Option.isNone(found))
        return yield* refused("carer_name", "the carer imported before is no longer here")
      if (row.carer_name === undefined || row.carer_relationship === undefined)
        return yield* refused(
          "carer_name",
          "a carer once imported is removed in OpenPB (so their consents end with a record), not by leaving the columns empty",
        )
      yield* carers
        .update(
          new Carer({
            ...found.value,
            name: row.carer_name,
            relationship: row.carer_relationship,
            nominatedPerson: row.carer_nominated ?? false,
            version: found.value.version + 1,
          }),
        )
        .pipe(Effect.mapError((stale) => refused("carer_name", stale.message)))
    }
  }
  if (changed("practitioner") || changed("next_review")) {
    const journeys = yield* JourneyRepository
    const found = yield* journeys.findById(record.councilId, JourneyId.make(record.journeyId))
    if (Option.isNone(found))
      return yield* refused(null, "the journey imported before is no longer here")
    const journey = found.value
    const imported = journey.reviews.find((r) => r.id === "imported-review-1")
    if (changed("next_review") && (imported === undefined || imported.status !== "due"))
      return yield* refused(
        "next_review",
        "the imported review has started or been completed in OpenPB: its date is OpenPB's now",
      )
    const after = new Journey({
      ...journey,
      practitioner: changed("practitioner") ? (row.practitioner ?? null) : journey.practitioner,
      reviews: journey.reviews.map((r) =>
        r.id === "imported-review-1" && changed("next_review") && row.next_review !== undefined
          ? { ...r, dueDate: row.next_review }
          : r,
      ),
      version: journey.version + 1,
      updatedAt: yield* nowIso,
    })
    yield* journeys.update(after).pipe(Effect.mapError((stale) => refused(null, stale.message)))
  }
  yield* events.append({
    councilId: record.councilId,
    type: "ImportedRecordUpdated",
    aggregateType: "Journey",
    aggregateId: record.journeyId,
    actorSubject: actor.subject,
    payload: { personId: record.personId, columns, imported: mark, before: encodeRow(before) },
  })
  const next: ImportedRecord = {
    ...record,
    carerId,
    rowSha256: rowSha256(row),
    row: encodeRow(row),
    lastRunId: ctx.runId,
  }
  yield* (yield* ImportRunRepository).saveImported(next)
  return next
})
