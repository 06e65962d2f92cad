import { createHmac } from "node:crypto"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  type UseCaseServices,
  Actor,
  addDays,
  CouncilId,
  CurrentActor,
  completeReview,
  decideEligibility,
  decidePlan,
  draftPlan,
  recordAssessment,
  recordFinancialAssessment,
  referPerson,
  registerPerson,
  runExport,
  setIndicativeBudget,
  startAssessment,
  startReview,
  recordDirectPaymentArrangements,
  submitPlan,
  todayInLondon,
} from "@openpb/core"
import { englandDefaults } from "@openpb/plugin-england-defaults"
import { defineDeployment, loadPlugin } from "@openpb/plugin-sdk"
import {
  directPaymentArrangements,
  eligibleAssessment,
  financial,
  referral,
  supportPlan,
} from "@openpb/scenarios"
import { layerExports, RepositoriesSql, layerInProcessJobs } from "@openpb/store"
import { layerTestDatabase, makeTestClock, testDatabaseKind } from "@openpb/store/testing"
import { Clock, Effect, Exit, Layer, ManagedRuntime, Redacted, Stream } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { researchColumns, researchExtract, researchExtractor } from "../src/index.ts"

const KEY = "a council secret of at least thirty-two characters"
const OTHER_KEY = "another council's secret, also thirty-two characters"
const COUNCIL = CouncilId.make("northmere")
const PERIOD = { from: "2026-07-01", to: "2026-12-31" }

const directory = mkdtempSync(join(tmpdir(), "openpb-research-"))
const deployment = defineDeployment({
  council: { id: "northmere", name: "Northmere", nation: "england" },
  plugins: [...englandDefaults, researchExtract.with({ pseudonymisationKey: KEY })],
})
const resolved = await Effect.runPromise(deployment.resolve)
const runtime = ManagedRuntime.make(
  layerInProcessJobs.pipe(
    Layer.provideMerge(
      Layer.mergeAll(
        RepositoriesSql,
        Layer.orDie(deployment.layer),
        layerExports(resolved.exporters, directory),
      ),
    ),
    Layer.provideMerge(layerTestDatabase()),
  ),
)
const clock = makeTestClock(Date.UTC(2026, 5, 1, 9, 0, 0))
const actor = (role: Actor["roles"][number]) =>
  new Actor({ subject: `${role}@northmere`, roles: [role], councilId: COUNCIL })
const seeder = new Actor({
  subject: "seed@northmere",
  roles: ["council-admin", "approver"],
  councilId: COUNCIL,
})
const run = <A, E>(effect: Effect.Effect<A, E, UseCaseServices>, who: Actor = seeder): Promise<A> =>
  runtime.runPromise(
    effect.pipe(
      Effect.provideService(CurrentActor, who),
      Effect.provideService(Clock.Clock, clock.clock),
    ),
  )

interface Seeded {
  readonly key: string
  readonly givenName: string
  readonly familyName: string
  readonly dateOfBirth: string
  readonly nhsNumber: string
  readonly address: string
  readonly consent: boolean
  readonly personId: string
  readonly journeyId: string
  readonly reviews: Array<string>
}

/** An NHS number that passes the modulus 11 check. */
const nhsNumber = (n: number): string => {
  for (let stem = 943_476_500 + n * 10; ; stem++) {
    const sum = String(stem)
      .split("")
      .reduce((s, d, i) => s + Number(d) * (10 - i), 0)
    const check = 11 - (sum % 11)
    if (check !== 10) return `${stem}${check === 11 ? 0 : check}`
  }
}

const people: Array<Seeded> = []
const byKey = (key: string) => people.find((p) => p.key === key)!

/** A person with an approved budget, through core's use cases. */
const seed = async (
  key: string,
  dateOfBirth: string,
  nhsNumber: string,
  consent: boolean,
): Promise<void> => {
  const givenName = `Given${key}`
  const familyName = `Family${key}`
  const address = `${key} Harbour Row, Northmere NM9 ${key.length}ZZ`
  const person = await run(
    registerPerson({
      givenName,
      familyName,
      dateOfBirth,
      nhsNumber,
      contact: { phone: null, email: null, address },
      equality: { ethnicity: "A", sex: "female" },
      researchConsent: consent,
    }),
  )
  const journey = await run(referPerson({ personId: person.id, referral }))
  const today = await run(todayInLondon)
  await run(startAssessment({ journeyId: journey.id }))
  await run(
    recordAssessment({
      journeyId: journey.id,
      assessment: {
        ...eligibleAssessment,
        period: { from: addDays(today, -14), to: addDays(today, -1) },
      },
    }),
  )
  await run(recordFinancialAssessment({ journeyId: journey.id, financial }))
  await run(decideEligibility({ journeyId: journey.id }))
  await run(setIndicativeBudget({ journeyId: journey.id }))
  await run(draftPlan({ journeyId: journey.id, plan: supportPlan }))
  await run(
    recordDirectPaymentArrangements({
      journeyId: journey.id,
      arrangements: directPaymentArrangements,
    }),
  )
  await run(submitPlan({ journeyId: journey.id }))
  await run(
    decidePlan({
      journeyId: journey.id,
      approve: true,
      reasons: ["Meets the needs."],
      panelReference: "P-1",
    }),
  )
  people.push({
    key,
    givenName,
    familyName,
    dateOfBirth,
    nhsNumber,
    address,
    consent,
    personId: person.id,
    journeyId: journey.id,
    reviews: [],
  })
}

const reviewOf = async (key: string, attainment: number) => {
  const p = byKey(key)
  await run(startReview({ journeyId: p.journeyId, trigger: "scheduled" }))
  await run(
    completeReview({
      journeyId: p.journeyId,
      progress: [
        { outcomeId: "o1", attainment, note: "Seeing friends." },
        { outcomeId: "o2", attainment: 2, note: "Cooking." },
      ],
      wellbeing: { instrument: "dialog", raw: [5, 5, 4, 6, 5, 5, 4, 5, 6, 5, 5], scored: 5 },
      views: { person: "Better.", practitioner: "Good progress." },
      outcome: "continue",
      reasons: ["The plan is working."],
    }),
  )
  p.reviews.push(await run(todayInLondon))
}

beforeAll(async () => {
  await seed("R1", "1980-02-10", nhsNumber(1), true)
  await seed("R2", "1990-06-15", nhsNumber(2), true)
  await seed("R3", "1975-03-03", nhsNumber(3), false)
  await seed("R4", "1966-09-09", nhsNumber(4), false)
  await seed("R5", "1985-12-01", nhsNumber(5), true)
  await seed("R6", "1958-01-20", nhsNumber(6), true)
  clock.advanceDays(20) // 21 June: before the period
  await reviewOf("R6", 0)
  clock.advanceDays(81) // 10 September
  for (const key of ["R1", "R2", "R3", "R4"]) await reviewOf(key, 1)
  clock.advanceDays(61) // 10 November
  await reviewOf("R1", 2)
  await reviewOf("R3", 2)
}, 300_000)

afterAll(async () => {
  await runtime.dispose()
  rmSync(directory, { recursive: true, force: true })
})

/** The pseudonym, computed here with node's own HMAC rather than the plugin's. */
const hmac = (key: string, id: string) =>
  createHmac("sha256", key).update(`person:${id}`).digest("hex")

const extract = async (format: "jsonl" | "csv" = "jsonl") => {
  const result = await run(
    runExport({ exporterId: "research-extract", format, parameters: { period: PERIOD } }),
    actor("council-admin"),
  )
  expect(result.status).toBe("completed")
  return readFileSync(join(directory, result.location!), "utf8")
}

describe(`the research extract on ${testDatabaseKind()}`, () => {
  it("has one row per consenting person per review in the period, and nobody else", async () => {
    const rows = (await extract())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    const expected = people
      .filter((p) => p.consent)
      .flatMap((p) =>
        p.reviews
          .map((on, i) => ({ p, on, sequence: i + 1 }))
          .filter(({ on }) => on >= PERIOD.from && on <= PERIOD.to),
      )
    expect(rows.length).toBe(expected.length)
    expect(rows.length).toBe(3)
    const seen = rows.map((r) => [r.person_pseudonym, r.review_month, r.review_sequence]).sort()
    expect(seen).toEqual(
      expected
        .map(({ p, on, sequence }) => [hmac(KEY, p.personId), on.slice(0, 7), sequence])
        .sort(),
    )
    // Without consent, not even a pseudonym.
    const pseudonyms = new Set(rows.map((r) => r.person_pseudonym))
    for (const p of people.filter((q) => !q.consent))
      expect(pseudonyms.has(hmac(KEY, p.personId))).toBe(false)
    // One person, one pseudonym, across their reviews.
    const r1 = rows.filter((r) => r.person_pseudonym === hmac(KEY, byKey("R1").personId))
    expect(r1.map((r) => r.review_sequence).sort()).toEqual([1, 2])
    expect(new Set(r1.map((r) => r.journey_pseudonym)).size).toBe(1)
    expect(r1.map((r) => r.goal_attainment_mean).sort()).toEqual([1.5, 2])
    expect(r1[0]!.age_band).toBe("45-54")
  })

  it("holds no name, NHS number, exact date of birth, address, internal id or day in any column", async () => {
    const rows = (await extract())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(Object.keys(rows[0]!).sort()).toEqual(researchColumns.map((c) => c.key).sort())
    const identifiers = people.flatMap((p) => [
      p.givenName,
      p.familyName,
      p.nhsNumber,
      p.dateOfBirth,
      p.address,
      p.personId,
      p.journeyId,
    ])
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        const cell = String(value)
        for (const id of identifiers) expect(cell, column).not.toContain(id)
        expect(cell, column).not.toMatch(/\d{4}-\d{2}-\d{2}/)
        expect(cell, column).not.toMatch(/\b\d{3} ?\d{3} ?\d{4}\b/)
      }
    }
    const csv = await extract("csv")
    for (const id of [...identifiers, KEY]) expect(csv).not.toContain(id)
  })

  it("gives other pseudonyms under another key, each still stable per person", async () => {
    const other = researchExtractor({ pseudonymisationKey: Redacted.make(OTHER_KEY) })
    const rows = await run(
      Stream.runCollect(other.rows({ period: PERIOD }, { councilId: COUNCIL })),
    )
    const mine = new Set(people.map((p) => hmac(KEY, p.personId)))
    expect(rows.length).toBe(3)
    for (const row of rows) {
      expect(mine.has(row.person_pseudonym as string)).toBe(false)
      expect(people.map((p) => hmac(OTHER_KEY, p.personId))).toContain(row.person_pseudonym)
    }
  })

  it("is refused to a commissioner and to roles it does not name; it needs a key to load", async () => {
    const fail = (role: Actor["roles"][number]) =>
      run(
        Effect.flip(
          runExport({
            exporterId: "research-extract",
            format: "csv",
            parameters: { period: PERIOD },
          }),
        ),
        actor(role),
      ) as Promise<{ _tag: string }>
    expect((await fail("commissioner"))._tag).toBe("Forbidden")
    expect((await fail("finance"))._tag).toBe("Forbidden")
    const backwards = await run(
      Effect.flip(
        runExport({
          exporterId: "research-extract",
          format: "csv",
          parameters: { period: { from: "2026-12-31", to: "2026-07-01" } },
        }),
      ),
      actor("council-admin"),
    )
    expect((backwards as { _tag: string })._tag).toBe("InvalidInput")
    expect(Exit.isFailure(await Effect.runPromiseExit(loadPlugin(researchExtract.with())))).toBe(
      true,
    )
    expect(
      Exit.isFailure(
        await Effect.runPromiseExit(
          loadPlugin(researchExtract.with({ pseudonymisationKey: "short" })),
        ),
      ),
    ).toBe(true)
  })
})
