import { assert, describe, layer } from "@effect/vitest"
import {
  Actor,
  BudgetId,
  type CouncilId,
  CurrentActor,
  DecisionRepository,
  generateCaseloadCsv,
  getImportRun,
  ImportRun,
  ImportRunId,
  ImportRunRepository,
  LedgerRepository,
  listImportRuns,
  PersonId,
  readCsv,
  runCaseloadImport,
  runImportJob,
  startCaseloadImport,
  type StartCaseloadImportInput,
  UnitOfWork,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { Deferred, Effect, Fiber, Option } from "effect"
import { SqlClient } from "effect/sql"
import { acrossCouncils, layerTestRuntime, testDatabaseKind } from "../src/testing.ts"
import { councilA } from "./support.ts"

const admin = (councilId: CouncilId = councilA) =>
  new Actor({ subject: `import-admin@${councilId}`, roles: ["council-admin"], councilId })
const asAdmin = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.provideService(effect, CurrentActor, admin())

const PEOPLE = 120
const sample = generateCaseloadCsv(PEOPLE, 10)

/** A file as the API takes it: pieces of at most 20,000 characters. */
const pieces = (text: string) => text.match(/[\s\S]{1,20000}/g) ?? []
const importInput = (csv: string, dryRun = false): StartCaseloadImportInput => ({
  csv: pieces(csv),
  sourceSystem: "legacy-carefirst",
  fileName: "caseload.csv",
  dryRun,
})

const quote = (field: string) =>
  /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field

/** The file with some cells of one row changed. */
const withCells = (csv: string, sourceId: string, cells: Record<string, string>) => {
  const read = readCsv(csv)
  if (!("records" in read)) throw new Error(read.problem)
  const [header = [], ...records] = read.records
  return `${[
    header,
    ...records.map((record) =>
      record[0] === sourceId ? header.map((column, i) => cells[column] ?? record[i] ?? "") : record,
    ),
  ]
    .map((record) => record.map(quote).join(","))
    .join("\r\n")}\r\n`
}

const tables = [
  "people",
  "carers",
  "journeys",
  "budgets",
  "decisions",
  "ledger_postings",
  "import_runs",
  "import_sources",
] as const

/** Every table an import writes to, and how many rows each holds. */
const counts = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const out: Record<string, number> = {}
  for (const table of tables) {
    const rows = yield* acrossCouncils(
      sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql(table)}`,
    )
    out[table] = Number(rows[0]?.n ?? 0)
  }
  return out
}).pipe(Effect.orDie)

const emptyCounts = {
  totalRows: 0,
  processedRows: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  failed: 0,
}

const problemRows = (run: ImportRun) =>
  [...new Set(run.problems.map((p) => `${p.row}:${p.column}`))].sort()
const expectedProblemRows = sample.spoiled.map((s) => `${s.row}:${s.column}`).sort()

describe(`caseload import, on ${testDatabaseKind()}`, () => {
  layer(layerTestRuntime(EnglandDefaultPolicies), { excludeTestServices: true })((it) => {
    it.effect("a dry run reports every seeded bad row by row and column and writes nothing", () =>
      Effect.gen(function* () {
        const before = yield* counts
        const run = yield* asAdmin(runCaseloadImport(importInput(sample.csv, true)))
        assert.strictEqual(run.dryRun, true)
        assert.strictEqual(run.status, "completed")
        assert.deepStrictEqual(problemRows(run), expectedProblemRows)
        assert.strictEqual(run.counts.failed, sample.spoiled.length)
        assert.strictEqual(run.counts.created, PEOPLE - sample.spoiled.length)
        assert.deepStrictEqual(yield* counts, before)
        // The answer names the problem in words, with the source id to find the row by.
        const nhs = run.problems.find((p) => p.column === "nhs_number")
        assert.match(nhs?.message ?? "", /check digit/)
        assert.match(nhs?.sourceId ?? "", /^CASE-/)

        // A day that has not come yet is found against the day of the import.
        const future = yield* asAdmin(
          runCaseloadImport(
            importInput(withCells(sample.csv, "CASE-000001", { referred_on: "2099-01-01" }), true),
          ),
        )
        const early = future.problems.find((p) => p.sourceId === "CASE-000001")
        assert.deepStrictEqual([early?.row, early?.column], [2, "referred_on"])
        assert.match(early?.message ?? "", /^2099-01-01 is after the day of the import/)
        assert.deepStrictEqual(yield* counts, before)
      }),
    )

    it.effect(
      "a real run imports the rest with opening balances as postings; a second run adds nothing; a changed row updates",
      () =>
        Effect.gen(function* () {
          const before = yield* counts
          const progress: Array<number> = []
          const run = yield* asAdmin(
            runCaseloadImport(importInput(sample.csv), {
              batchSize: 25,
              onProgress: (p) => Effect.sync(() => void progress.push(p.counts.processedRows)),
            }),
          )
          const good = PEOPLE - sample.spoiled.length
          assert.strictEqual(run.status, "completed")
          assert.deepStrictEqual(
            [run.counts.created, run.counts.failed, run.counts.unchanged],
            [good, sample.spoiled.length, 0],
          )
          assert.deepStrictEqual(problemRows(run), expectedProblemRows)
          assert.deepStrictEqual(progress, [25, 50, 75, 100, 120])
          const after = yield* counts
          assert.strictEqual(after.people! - before.people!, good)
          assert.strictEqual(after.journeys! - before.journeys!, good)
          assert.strictEqual(after.import_sources! - before.import_sources!, good)
          assert.strictEqual(
            after.ledger_postings! - before.ledger_postings!,
            sample.openingBalances,
          )
          // Active journeys each have a budget and the decision that brought them in.
          assert.strictEqual(after.budgets! - before.budgets!, after.decisions! - before.decisions!)

          // The stored run is what both APIs answer with.
          const stored = yield* asAdmin(getImportRun({ runId: run.id }))
          assert.deepStrictEqual(stored.counts, run.counts)
          assert.strictEqual((yield* asAdmin(listImportRuns({})))[0]?.id, run.id)

          // An opening balance is a balanced posting: held for the person, from the funder.
          const sql = yield* SqlClient.SqlClient
          const [source] = yield* acrossCouncils(
            sql<{ budget_id: string; person_id: string }>`
              SELECT budget_id, person_id FROM import_sources WHERE source_id = 'CASE-000003'`,
          ).pipe(Effect.orDie)
          const balances = yield* (yield* LedgerRepository).balances(
            councilA,
            BudgetId.make(source!.budget_id),
          )
          // Row 3 (£4,003.25, notional council money: kept in the allocation).
          assert.strictEqual(balances.get("allocated:council-social-care"), 400_325)
          assert.strictEqual(balances.get("source:council-social-care"), -400_325)
          // The approval brought in explains itself: imported, from where, by which run.
          const [decision] = yield* (yield* DecisionRepository).listForPerson(
            councilA,
            PersonId.make(source!.person_id),
          )
          assert.deepStrictEqual(
            [decision?.kind, decision?.outcome, decision?.policy.id],
            ["plan-approval", "approved", "openpb/caseload-import"],
          )
          assert.match(decision?.reasons[0].text ?? "", /^Imported from legacy-carefirst on /)
          assert.include(decision?.reasons[0].text ?? "", run.id)
          // Allocations carry on from the day after the balance the old system handed over.
          const schedule = yield* (yield* LedgerRepository).schedule(
            councilA,
            BudgetId.make(source!.budget_id),
          )
          assert.deepStrictEqual(
            Option.map(schedule, (s) => [s.startDate, s.frequency]),
            Option.some(["2026-12-01", "weekly"]),
          )

          // Batches side by side (on PGlite they take turns on its one connection).
          const again = yield* asAdmin(
            runCaseloadImport(importInput(sample.csv), { batchSize: 10, concurrency: 3 }),
          )
          assert.deepStrictEqual(
            [again.counts.created, again.counts.updated, again.counts.unchanged],
            [0, 0, good],
          )
          const afterAgain = yield* counts
          assert.deepStrictEqual({ ...afterAgain, import_runs: 0 }, { ...after, import_runs: 0 })

          // CASE-000004 moves house and has a new practitioner; CASE-000006's cost changes.
          const changed = withCells(sample.csv, "CASE-000004", {
            postcode: "LS1 4AP",
            practitioner: "prac-99",
          })
          const costChanged = withCells(
            withCells(changed, "CASE-000006", { cost: "£999.00" }),
            // Found only when written: a carer once imported is not removed by empty columns.
            "CASE-000008",
            { carer_name: "", carer_relationship: "", carer_nominated: "" },
          )
          assert.notStrictEqual(changed, sample.csv)
          const third = yield* asAdmin(runCaseloadImport(importInput(costChanged)))
          assert.deepStrictEqual(
            [third.counts.created, third.counts.updated, third.counts.failed],
            [0, 1, sample.spoiled.length + 2],
          )
          const refused = third.problems.find((p) => p.sourceId === "CASE-000006")
          assert.strictEqual(refused?.column, "cost")
          const atWrite = third.problems.find((p) => p.sourceId === "CASE-000008")
          assert.deepStrictEqual([atWrite?.row, atWrite?.column], [9, "carer_name"])
          assert.match(atWrite?.message ?? "", /removed in OpenPB/)
          const [moved] = yield* acrossCouncils(
            sql<{ contact: unknown; practitioner: string }>`
              SELECT p.contact, j.practitioner FROM import_sources s
                JOIN people p ON p.id = s.person_id JOIN journeys j ON j.id = s.journey_id
               WHERE s.source_id = 'CASE-000004'`,
          ).pipe(Effect.orDie)
          assert.strictEqual(moved?.practitioner, "prac-99")
          assert.match(JSON.stringify(moved?.contact), /LS1 4AP/)
          const final = yield* counts
          assert.strictEqual(final.people, after.people)
        }),
    )

    it.effect(
      "a person already in OpenPB from another system is refused by NHS number; through the use case a real run is followed by its id",
      () =>
        Effect.gen(function* () {
          // The same six people, as another system knows them: already imported, by NHS number.
          const small = generateCaseloadCsv(6, 0)
          const input = { ...importInput(small.csv), sourceSystem: "second-system" }
          const dry = yield* asAdmin(startCaseloadImport({ ...input, dryRun: true }))
          assert.deepStrictEqual(
            [dry.status, dry.counts.created, dry.counts.failed],
            ["completed", 0, 6],
          )
          assert.deepStrictEqual([...new Set(dry.problems.map((p) => p.column))], ["nhs_number"])
          assert.match(dry.problems[0]?.message ?? "", /already on a person's record in OpenPB/)

          let withoutNhs = small.csv
          for (let i = 1; i <= 6; i++)
            withoutNhs = withCells(withoutNhs, `CASE-00000${i}`, { nhs_number: "" })
          const started = yield* asAdmin(startCaseloadImport({ ...input, csv: pieces(withoutNhs) }))
          let run = started
          for (let i = 0; i < 200 && run.status === "running"; i++) {
            yield* Effect.sleep("20 millis")
            run = yield* asAdmin(getImportRun({ runId: started.id }))
          }
          assert.deepStrictEqual([run.status, run.counts.created], ["completed", 6])
        }),
    )

    it.effect(
      "a run stopped part way records how far it got; the same file again picks up there",
      () =>
        Effect.gen(function* () {
          const file = generateCaseloadCsv(60, 0)
          const input = { ...importInput(file.csv), sourceSystem: "stopped-system" }
          // Without NHS numbers: the same people are in the council from the first file already.
          let csv = file.csv
          for (let i = 1; i <= 60; i++)
            csv = withCells(csv, `CASE-${String(i).padStart(6, "0")}`, { nhs_number: "" })
          const twoBatches = yield* Deferred.make<void>()
          const fiber = yield* asAdmin(
            runCaseloadImport(
              { ...input, csv: pieces(csv) },
              {
                batchSize: 10,
                onProgress: (p) =>
                  p.counts.processedRows >= 20
                    ? Deferred.succeed(twoBatches, undefined)
                    : Effect.void,
              },
            ),
          ).pipe(Effect.forkChild)
          yield* Deferred.await(twoBatches)
          yield* Fiber.interrupt(fiber)
          const [stopped] = yield* asAdmin(listImportRuns({ limit: 1 }))
          assert.strictEqual(stopped?.status, "failed")
          assert.strictEqual(stopped?.error, "stopped before the end of the file")
          const done = stopped?.counts.created ?? 0
          assert.isAtLeast(done, 20)
          assert.isBelow(done, 60)

          const resumed = yield* asAdmin(runCaseloadImport({ ...input, csv: pieces(csv) }))
          assert.deepStrictEqual(
            [resumed.counts.created, resumed.counts.unchanged, resumed.counts.failed],
            [60 - done, done, 0],
          )
        }),
    )

    it.effect(
      "an import job's attempt that stopped part way is taken up by the next: every row once, the file let go",
      () =>
        Effect.gen(function* () {
          const file = generateCaseloadCsv(45, 0)
          let csv = file.csv
          for (let i = 1; i <= 45; i++)
            csv = withCells(csv, `CASE-${String(i).padStart(6, "0")}`, { nhs_number: "" })
          // A run and its file as `startCaseloadImport` records them, its job left to this test.
          const runs = yield* ImportRunRepository
          const run = new ImportRun({
            id: ImportRunId.make(crypto.randomUUID()),
            councilId: councilA,
            kind: "caseload",
            sourceSystem: "job-system",
            fileName: null,
            fileSha256: "0".repeat(64),
            dryRun: false,
            status: "running",
            requestedBy: admin().subject,
            counts: { ...emptyCounts, totalRows: 45 },
            problems: [],
            error: null,
            startedAt: new Date().toISOString(),
            finishedAt: null,
          })
          yield* (yield* UnitOfWork).transaction(
            Effect.andThen(
              runs.insert(run),
              runs.saveFile(councilA, run.id, { csv, requestedRoles: ["council-admin"] }),
            ),
          )
          const before = yield* counts
          const job = { _tag: "import", councilId: councilA, runId: run.id } as const
          // The first attempt dies after two batches (its process stopping): the run goes on.
          const twoBatches = yield* Deferred.make<void>()
          const first = yield* runImportJob(job, {
            batchSize: 10,
            onProgress: (p) =>
              p.counts.processedRows >= 20 ? Deferred.succeed(twoBatches, undefined) : Effect.void,
          }).pipe(Effect.forkChild)
          yield* Deferred.await(twoBatches)
          yield* Fiber.interrupt(first)
          const stopped = yield* asAdmin(getImportRun({ runId: run.id }))
          assert.strictEqual(stopped.status, "running")
          const done = stopped.counts.processedRows
          assert.isAtLeast(done, 20)
          assert.isBelow(done, 45)
          assert.strictEqual(stopped.counts.created, done)
          assert.strictEqual((yield* counts).import_sources! - before.import_sources!, done)

          // The next attempt picks up at the row the first reached; a third finds it ended.
          assert.strictEqual(yield* runImportJob(job, { batchSize: 10 }), "completed")
          const ended = yield* asAdmin(getImportRun({ runId: run.id }))
          assert.deepStrictEqual(
            [
              ended.status,
              ended.counts.processedRows,
              ended.counts.created,
              ended.counts.unchanged,
            ],
            ["completed", 45, 45, 0],
          )
          const after = yield* counts
          assert.strictEqual(after.people! - before.people!, 45)
          assert.strictEqual(after.import_sources! - before.import_sources!, 45)
          assert.isTrue(Option.isNone(yield* runs.findFile(councilA, run.id)))
          assert.strictEqual(yield* runImportJob(job), "skipped")
        }),
    )

    it.effect("a file that cannot be read is refused whole; a person may not import", () =>
      Effect.gen(function* () {
        const broken = yield* asAdmin(
          runCaseloadImport(importInput("source_id,given_name,favourite_colour\r\n")),
        ).pipe(Effect.flip)
        assert.strictEqual(broken._tag, "InvalidInput")
        assert.match(broken.message, /unknown column "favourite_colour"/)
        const refused = yield* runCaseloadImport(importInput(sample.csv, true)).pipe(
          Effect.provideService(
            CurrentActor,
            new Actor({ subject: "prac", roles: ["practitioner"], councilId: councilA }),
          ),
          Effect.flip,
        )
        assert.strictEqual(refused._tag, "Forbidden")
      }),
    )
  })
})
