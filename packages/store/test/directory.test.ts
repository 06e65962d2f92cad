import { readFileSync } from "node:fs"
import { assert, describe, layer } from "@effect/vitest"
import {
  Actor,
  Contracts,
  CouncilId,
  CurrentActor,
  type DirectoryEntry,
  getDirectoryEntry,
  importDirectory,
  importDirectoryCsv,
  type OrukFeed,
  type Role,
  searchDirectory,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { supportPlan } from "@openpb/scenarios"
import { Effect } from "effect"
import { countRows, layerTestRuntime, testDatabaseKind } from "../src/testing.ts"
import { toIndicativeBudget } from "./journeySupport.ts"
import { councilA, councilB } from "./support.ts"

const feed: OrukFeed = JSON.parse(
  readFileSync(new URL("./fixtures/oruk-directory.json", import.meta.url), "utf8"),
)

const csvCouncil = CouncilId.make("eastbrook")
const csv = readFileSync(new URL("./fixtures/oruk-directory.csv", import.meta.url), "utf8")

const as =
  (role: Role, councilId = councilA) =>
  <A, E, R>(effect: Effect.Effect<A, E, R>) =>
    Effect.provideService(
      effect,
      CurrentActor,
      new Actor({ subject: `directory-${role}@${councilId}`, roles: [role], councilId }),
    )
const asAdmin = as("council-admin")

const namesOf = (entries: ReadonlyArray<DirectoryEntry>) => entries.map((e) => e.name).sort()
const search = (filter: Record<string, unknown>, role: Role = "person") =>
  searchDirectory(filter).pipe(
    as(role),
    Effect.map((page) => namesOf(page.items)),
  )

const polish = "Razem Polish Peer Support Group"
const urdu = "Sakoon Women's Wellbeing Circle"
const pas = "Northmere Personal Assistants"
const gardening = "Roundhay Gardening Club"

describe(`the council's directory, imported from Open Referral UK, on ${testDatabaseKind()}`, () => {
  layer(layerTestRuntime(EnglandDefaultPolicies), { excludeTestServices: true })((it) => {
    it.effect(
      "imports a feed once: a second import adds nothing; a poor record is refused with its reasons",
      () =>
        Effect.gen(function* () {
          const first = yield* asAdmin(importDirectory(feed))
          assert.deepStrictEqual([first.added, first.updated, first.unchanged], [4, 0, 0])
          assert.strictEqual(first.refused.length, 1)
          const [refused] = first.refused
          assert.strictEqual(refused?.serviceId, "svc-unlisted")
          assert.deepStrictEqual(refused?.reasons, [
            "name: a service must have a name",
            "service_at_locations.0.location.physical_addresses.0.postal_code: NOT A POSTCODE is not a UK postcode",
          ])
          assert.strictEqual(yield* countRows("directory_entries"), 4)

          const again = yield* asAdmin(importDirectory(feed))
          assert.deepStrictEqual([again.added, again.updated, again.unchanged], [0, 0, 4])
          assert.strictEqual(yield* countRows("directory_entries"), 4)

          // A changed description updates that entry only, keeping its id.
          const before = yield* searchDirectory({ need: "gardening" }).pipe(asAdmin)
          const changed = {
            ...feed,
            content: feed.content.map((s) =>
              s.id === "svc-gardening-club" ? { ...s, description: "Now on Saturdays too." } : s,
            ),
          }
          const third = yield* asAdmin(importDirectory(changed))
          assert.deepStrictEqual([third.added, third.updated, third.unchanged], [0, 1, 3])
          const after = yield* searchDirectory({ need: "gardening" }).pipe(asAdmin)
          assert.strictEqual(after.items[0]?.id, before.items[0]?.id)
          assert.strictEqual(after.items[0]?.description, "Now on Saturdays too.")
          yield* asAdmin(importDirectory(feed))
        }),
    )

    it.effect("finds services by language, area, need, category and kind", () =>
      Effect.gen(function* () {
        yield* asAdmin(importDirectory(feed))
        assert.deepStrictEqual(yield* search({ language: "Polish" }), [polish])
        assert.deepStrictEqual(yield* search({ language: "urdu" }), [urdu])
        assert.deepStrictEqual(
          yield* search({ language: "English" }),
          [pas, polish, gardening].sort(),
        )
        // A postcode district, a full postcode (its district), an area's name.
        assert.deepStrictEqual(yield* search({ area: "LS7" }), [polish])
        assert.deepStrictEqual(yield* search({ area: "ls7 9zz" }), [polish])
        assert.deepStrictEqual(yield* search({ area: "LS8" }), [gardening, urdu].sort())
        assert.deepStrictEqual(yield* search({ area: "harehills" }), [urdu])
        assert.deepStrictEqual(yield* search({ area: "LS8", language: "Urdu" }), [urdu])
        assert.deepStrictEqual(yield* search({ area: "LS7", language: "Urdu" }), [])
        // Free text reaches the description, the cultural fit and the feed's other terms.
        assert.deepStrictEqual(yield* search({ need: "gardening" }), [gardening])
        assert.deepStrictEqual(yield* search({ need: "muslim women" }), [urdu])
        assert.deepStrictEqual(yield* search({ need: "mental wellbeing" }), [polish])
        assert.deepStrictEqual(yield* search({ need: "100%" }), [])
        assert.deepStrictEqual(yield* search({ category: "personal-assistant" }), [pas])
        assert.deepStrictEqual(yield* search({ kind: "personal-assistant" }), [pas])

        const [urduEntry] = (yield* searchDirectory({ language: "Urdu" }).pipe(as("provider")))
          .items
        assert.deepStrictEqual(urduEntry?.culturalFit, ["South Asian women", "Muslim women"])
        assert.deepStrictEqual<unknown>(urduEntry?.costs, [
          { amountPence: 350, per: "Per session", description: null },
        ])
        assert.strictEqual(urduEntry?.locations[0]?.postcode, "LS8 5QR")
        assert.strictEqual(urduEntry?.eligibility, "Women aged 18 and over")
        const read = yield* getDirectoryEntry({ entryId: urduEntry!.id }).pipe(as("carer"))
        assert.deepStrictEqual(read, urduEntry)
      }),
    )

    it.effect("pages in name order, and another council's directory is not there", () =>
      Effect.gen(function* () {
        yield* asAdmin(importDirectory(feed))
        const names: Array<string> = []
        let after: string | undefined
        for (;;) {
          const page = yield* searchDirectory({ first: 3, ...(after ? { after } : {}) }).pipe(
            as("practitioner"),
          )
          names.push(...page.items.map((e) => e.name))
          if (!page.hasNextPage) break
          after = page.endCursor!
        }
        assert.deepStrictEqual(names, [pas, polish, gardening, urdu])

        const away = yield* searchDirectory({}).pipe(as("council-admin", councilB))
        assert.deepStrictEqual(away.items, [])
        const [one] = (yield* searchDirectory({ language: "Polish" }).pipe(asAdmin)).items
        const missing = yield* Effect.flip(
          getDirectoryEntry({ entryId: one!.id }).pipe(as("council-admin", councilB)),
        )
        assert.strictEqual(missing._tag, "DirectoryEntryNotFound")
      }),
    )

    it.effect(
      "a malformed feed is refused whole and writes nothing; only an administrator imports",
      () =>
        Effect.gen(function* () {
          const entries = yield* countRows("directory_entries")
          const events = yield* countRows("domain_events")
          const malformed = {
            content: [feed.content[0], { ...feed.content[1], languages: "Urdu" }],
          }
          const refused = yield* Effect.flip(asAdmin(importDirectory(malformed)))
          assert.strictEqual(refused._tag, "InvalidInput")
          assert.deepStrictEqual(refused._tag === "InvalidInput" ? refused.path : [], [
            "content",
            "1",
            "languages",
          ])
          const notAFeed = yield* Effect.flip(asAdmin(importDirectory({ services: [] })))
          assert.strictEqual(notAFeed._tag, "InvalidInput")
          const forbidden = yield* Effect.flip(importDirectory(feed).pipe(as("practitioner")))
          assert.strictEqual(forbidden._tag, "Forbidden")
          assert.strictEqual(yield* countRows("directory_entries"), entries)
          assert.strictEqual(yield* countRows("domain_events"), events)
        }),
    )

    it.effect("imports a CSV of the feed's fields by the same rules, once", () =>
      Effect.gen(function* () {
        // A council of its own, so the other tests' councils stay as they are.
        const asAway = as("council-admin", csvCouncil)
        const first = yield* asAway(importDirectoryCsv({ csv }))
        assert.deepStrictEqual([first.added, first.updated, first.unchanged], [2, 0, 0])
        assert.deepStrictEqual(first.refused, [
          {
            serviceId: "csv-broken",
            reasons: ["minimum_age: eighteen is not an age in whole years"],
          },
        ])
        const again = yield* asAway(importDirectoryCsv({ csv }))
        assert.deepStrictEqual([again.added, again.updated, again.unchanged], [0, 0, 2])
        const found = yield* searchDirectory({ language: "urdu", area: "LS8" }).pipe(
          as("person", csvCouncil),
        )
        assert.deepStrictEqual<unknown>(
          found.items.map((e) => [e.name, e.kind, e.costs[0]?.amountPence]),
          [["Hamdard Personal Assistants", "personal-assistant", 1675]],
        )
        const [lunch] = (yield* searchDirectory({ need: "loneliness" }).pipe(asAway)).items
        assert.strictEqual(lunch?.description, "Lunch, cards and company, in Polish")
        // A file that is not a directory CSV is refused whole, naming the line; nothing written.
        const entries = yield* countRows("directory_entries")
        const broken = yield* Effect.flip(asAway(importDirectoryCsv({ csv: `${csv}"unclosed` })))
        assert.strictEqual(broken._tag, "InvalidInput")
        assert.strictEqual(
          broken.message,
          "Invalid input: csv: line 5: a quote that is never closed",
        )
        assert.strictEqual(yield* countRows("directory_entries"), entries)
      }),
    )

    it.effect("a plan line may name a directory entry of the council, and no other", () =>
      Effect.gen(function* () {
        yield* asAdmin(importDirectory(feed))
        const [pa] = (yield* searchDirectory({ kind: "personal-assistant" }).pipe(asAdmin)).items
        const { journeyId } = yield* asAdmin(
          toIndicativeBudget({ givenName: "Dir", familyName: "Link" }),
        )
        const [first, ...rest] = supportPlan.lines
        const withEntry = (entryId: string) => ({
          ...supportPlan,
          lines: [{ ...first, directoryEntryId: entryId }, ...rest] as const,
        })
        const unknownId = "01900000-0000-7000-8000-000000000001"
        const refused = yield* Effect.flip(
          asAdmin(Contracts.DraftPlan.run({ journeyId, plan: withEntry(unknownId) })),
        )
        assert.strictEqual(refused._tag, "InvalidInput")
        assert.deepStrictEqual(refused._tag === "InvalidInput" ? refused.path : [], [
          "plan",
          "lines",
          "0",
          "directoryEntryId",
        ])
        // Nothing of the refused draft was kept.
        const unchanged = yield* asAdmin(Contracts.GetJourney.run({ journeyId }))
        assert.strictEqual(unchanged.journey.plans.length, 0)

        const drafted = yield* asAdmin(
          Contracts.DraftPlan.run({ journeyId, plan: withEntry(pa!.id) }),
        )
        assert.strictEqual(drafted.currentPlan?.content.lines[0]?.directoryEntryId, pa!.id)
        const submitted = yield* asAdmin(Contracts.SubmitPlan.run({ journeyId }))
        assert.strictEqual(submitted.stage, "awaiting-approval")
      }),
    )
  })
})
