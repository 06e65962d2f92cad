import { createHmac, timingSafeEqual } from "node:crypto"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, assert, beforeAll, describe, layer } from "@effect/vitest"
import {
  Actor,
  type CouncilId,
  CurrentActor,
  listWebhookSubscriptions,
  registerPerson,
  replayWebhooks,
  setResearchConsent,
  subscribeWebhook,
  unsubscribeWebhook,
  WebhookDeliveries,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { ConfigProvider, Effect } from "effect"
import { SqlClient } from "effect/sql"
import { councilScope } from "../src/CouncilScope.ts"
import { makeWebhookDeliveriesSql } from "../src/repositories/WebhookDeliveriesSql.ts"
import { layerTestRuntime, testDatabaseKind } from "../src/testing.ts"
import { councilA, councilB } from "./support.ts"

/*
 * Webhooks end to end on a real HTTP receiver on 127.0.0.1: every delivery's signature is checked
 * here by the documented scheme (Standard Webhooks: HMAC-SHA256 keyed by the secret's base64
 * bytes over "<id>.<timestamp>.<body>"), computed independently of the store's signer.
 */

interface Receipt {
  readonly path: string
  readonly id: string
  readonly body: {
    readonly id: string
    readonly type: string
    readonly aggregateType: string
    readonly aggregateId: string
    readonly occurredAt: string
    readonly councilId: string
  }
  readonly status: number
}

const secrets = new Map<string, string>()
const receipts: Array<Receipt> = []
const badSignatures: Array<string> = []
/** `<path> <event id>`s the receiver answers 500 to, once each. */
const failOnce = new Set<string>()
let server: Server
let base = ""

const verifies = (secret: string, headers: Record<string, unknown>, body: string) => {
  const id = String(headers["webhook-id"])
  const timestamp = String(headers["webhook-timestamp"])
  const key = Buffer.from(secret.slice("whsec_".length), "base64")
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest()
  const sent = String(headers["webhook-signature"] ?? "")
    .split(" ")
    .filter((s) => s.startsWith("v1,"))
    .map((s) => Buffer.from(s.slice(3), "base64"))
  const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) < 300
  return fresh && sent.some((s) => s.length === expected.length && timingSafeEqual(s, expected))
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Array<Buffer> = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8")
      const path = request.url ?? ""
      const secret = secrets.get(path)
      if (secret === undefined || !verifies(secret, request.headers, raw)) badSignatures.push(path)
      const body = JSON.parse(raw) as Receipt["body"]
      const status = failOnce.delete(`${path} ${body.id}`) ? 500 : 204
      receipts.push({ path, id: String(request.headers["webhook-id"]), body, status })
      response.writeHead(status).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const admin = (councilId: CouncilId) =>
  Effect.provideService(
    CurrentActor,
    new Actor({ subject: `webhooks-admin@${councilId}`, roles: ["council-admin"], councilId }),
  )

const consentTypes = ["ResearchConsentGiven", "ResearchConsentWithdrawn"] as const
const personTypes = ["PersonRegistered", ...consentTypes] as const

const subscribe = (councilId: CouncilId, path: string, eventTypes: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const created = yield* subscribeWebhook({ url: `${base}${path}`, eventTypes }).pipe(
      admin(councilId),
    )
    secrets.set(path, created.secret)
    return created.subscription.id
  })

/** A person registered, then consent to research given and withdrawn: three events of one aggregate. */
const personStory = (councilId: CouncilId, name: string) =>
  Effect.gen(function* () {
    const person = yield* registerPerson({ givenName: name, familyName: "Hook" }).pipe(
      admin(councilId),
    )
    yield* setResearchConsent({ personId: person.id, researchConsent: true }).pipe(admin(councilId))
    yield* setResearchConsent({ personId: person.id, researchConsent: false }).pipe(
      admin(councilId),
    )
    return person.id
  })

/** Rounds of deliveries, with short waits, until nothing is left to send (or a bound is hit). */
const deliverAll = (councilId: CouncilId) =>
  Effect.gen(function* () {
    const deliveries = yield* WebhookDeliveries
    for (let round = 0; round < 40; round++) {
      const done = yield* deliveries.deliverDue(councilId)
      const owed = yield* owedCount(councilId)
      if (owed === 0 && done.failed === 0) return
      yield* Effect.sleep("20 millis")
    }
    assert.fail("deliveries still owed after 40 rounds")
  }).pipe(
    Effect.provide(makeWebhookDeliveriesSql({ retryBaseMs: 10, timeoutMs: 5_000, batchSize: 10 })),
  )

const owedCount = (councilId: CouncilId) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* sql<{ readonly owed: unknown }>`
      SELECT count(*) AS owed FROM webhook_deliveries WHERE delivered_at IS NULL`.pipe(
      councilScope(sql).withCouncil(councilId),
    )
    return Number(rows[0]?.owed)
  })

/** The council's events of these types, from the event log itself: what must have been sent. */
const eventIds = (councilId: CouncilId, types: ReadonlyArray<string>, from?: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* sql<{ readonly position: string }>`
      SELECT position::text AS position FROM domain_events
       WHERE council_id = ${councilId}
         AND type IN (SELECT jsonb_array_elements_text(${JSON.stringify(types)}::jsonb))
         ${from === undefined ? sql`` : sql`AND recorded_at >= ${from}`}
       ORDER BY position`.pipe(councilScope(sql).withCouncil(councilId))
    return rows.map((row) => `evt_${row.position}`)
  })

const idsAt = (path: string, ok = true) => [
  ...new Set(receipts.filter((r) => r.path === path && (!ok || r.status < 300)).map((r) => r.id)),
]

describe(`webhooks from the event log on ${testDatabaseKind()}`, () => {
  layer(layerTestRuntime(EnglandDefaultPolicies), { excludeTestServices: true })((it) => {
    it.effect(
      "each event reaches each subscription that asked for its type, signed, at least once and in order per aggregate; no other council's, no other type; a 500 is tried again",
      () =>
        Effect.gen(function* () {
          yield* subscribe(councilA, "/a-all", personTypes)
          yield* subscribe(councilA, "/a-consent", consentTypes)
          yield* subscribe(councilB, "/b-registered", ["PersonRegistered"])

          const first = yield* personStory(councilA, "Ada")
          yield* personStory(councilA, "Ben")
          yield* personStory(councilB, "Cai")
          // The receiver refuses Ada's consent the first time: her withdrawal must wait for it.
          const [adaGiven] = yield* eventIds(councilA, ["ResearchConsentGiven"])
          assert.isDefined(adaGiven)
          failOnce.add(`/a-all ${adaGiven}`)

          yield* deliverAll(councilA)
          yield* deliverAll(councilB)

          assert.deepStrictEqual(badSignatures, [])
          assert.deepStrictEqual(
            idsAt("/a-all").sort(),
            (yield* eventIds(councilA, personTypes)).sort(),
          )
          assert.deepStrictEqual(
            idsAt("/a-consent").sort(),
            (yield* eventIds(councilA, consentTypes)).sort(),
          )
          assert.deepStrictEqual(
            idsAt("/b-registered").sort(),
            (yield* eventIds(councilB, ["PersonRegistered"])).sort(),
          )
          for (const receipt of receipts) {
            const wanted = receipt.path.startsWith("/a-") ? councilA : councilB
            assert.strictEqual(receipt.body.councilId, wanted)
            assert.strictEqual(receipt.id, receipt.body.id)
            // Ids and types only: nothing of the person.
            assert.deepStrictEqual(Object.keys(receipt.body).sort(), [
              "aggregateId",
              "aggregateType",
              "councilId",
              "id",
              "occurredAt",
              "type",
            ])
            assert.notInclude(JSON.stringify(receipt.body), "Ada")
          }
          assert.isTrue(
            receipts
              .filter((r) => r.path === "/a-consent")
              .every((r) => r.body.type !== "PersonRegistered"),
          )

          // The refused delivery was tried again and went through.
          const tries = receipts.filter((r) => r.path === "/a-all" && r.id === adaGiven)
          assert.deepStrictEqual(
            tries.map((r) => r.status),
            [500, 204],
          )
          // In order per aggregate: nothing of an aggregate arrives before its earlier events went through.
          for (const path of ["/a-all", "/a-consent", "/b-registered"]) {
            const seen = receipts.filter((r) => r.path === path)
            seen.forEach((receipt, index) => {
              const earlierOk = seen
                .slice(0, index)
                .filter((r) => r.body.aggregateId === receipt.body.aggregateId && r.status < 300)
                .map((r) => Number(r.id.slice(4)))
              const position = Number(receipt.id.slice(4))
              const owedBefore = seen.filter(
                (r) =>
                  r.body.aggregateId === receipt.body.aggregateId &&
                  Number(r.id.slice(4)) < position &&
                  !earlierOk.includes(Number(r.id.slice(4))),
              )
              assert.deepStrictEqual(
                owedBefore,
                [],
                `${path} ${receipt.id} came before an earlier event went through`,
              )
            })
          }
          assert.isTrue(receipts.some((r) => r.body.aggregateId === first))
        }),
      60_000,
    )

    it.effect(
      "replay from an instant sends again exactly the events recorded at or after it",
      () =>
        Effect.gen(function* () {
          const subscriptionId = yield* subscribe(councilA, "/a-replay", personTypes)
          yield* personStory(councilA, "Dee")
          yield* deliverAll(councilA)
          yield* Effect.sleep("30 millis")
          const sql = yield* SqlClient.SqlClient
          const [now] = yield* sql<{ readonly at: unknown }>`SELECT clock_timestamp() AS at`
          const from = new Date(
            String(now?.at instanceof Date ? now.at.toISOString() : now?.at),
          ).toISOString()
          yield* Effect.sleep("30 millis")
          yield* personStory(councilA, "Eve")
          yield* personStory(councilB, "Fay")
          yield* deliverAll(councilA)
          const after = yield* eventIds(councilA, personTypes, from)
          assert.strictEqual(after.length, 3)
          const allSent = idsAt("/a-replay")
          assert.strictEqual(allSent.length, 6)

          receipts.length = 0
          const replay = yield* replayWebhooks({ subscriptionId, from }).pipe(admin(councilA))
          assert.strictEqual(replay.queued, 3)
          yield* deliverAll(councilA)
          assert.deepStrictEqual(badSignatures, [])
          assert.deepStrictEqual(idsAt("/a-replay"), after)
          assert.deepStrictEqual(
            receipts.filter((r) => r.path === "/a-replay").map((r) => r.id),
            after,
          )
          // Replay is only the subscription's own: the others got nothing again.
          assert.deepStrictEqual(
            receipts.filter((r) => r.path !== "/a-replay"),
            [],
          )
        }),
      60_000,
    )

    it.effect(
      "several runners at once send each delivery once: a leased one is skipped by the others",
      () =>
        Effect.gen(function* () {
          yield* subscribe(councilA, "/a-race", personTypes)
          for (const name of ["Hal", "Ida", "Jo", "Kit"]) yield* personStory(councilA, name)
          receipts.length = 0
          const runner = Effect.gen(function* () {
            return yield* (yield* WebhookDeliveries).deliverDue(councilA)
          }).pipe(Effect.provide(makeWebhookDeliveriesSql({ batchSize: 2 })))
          const rounds = yield* Effect.all([runner, runner, runner], { concurrency: "unbounded" })
          const sent = receipts.filter((r) => r.path === "/a-race").map((r) => r.id)
          assert.strictEqual(sent.length, 12)
          assert.strictEqual(new Set(sent).size, sent.length)
          assert.strictEqual(
            rounds.reduce((sum, round) => sum + round.delivered, 0),
            receipts.length,
          )
          assert.deepStrictEqual(badSignatures, [])
        }),
      60_000,
    )

    it.effect(
      "a subscription ended gets nothing more; another council's cannot be ended or replayed",
      () =>
        Effect.gen(function* () {
          const subscriptionId = yield* subscribe(councilA, "/a-ended", ["PersonRegistered"])
          const refused = yield* unsubscribeWebhook({ subscriptionId }).pipe(
            admin(councilB),
            Effect.flip,
          )
          assert.strictEqual(refused._tag, "WebhookSubscriptionNotFound")
          const notReplayed = yield* replayWebhooks({
            subscriptionId,
            from: "2020-01-01T00:00:00Z",
          }).pipe(admin(councilB), Effect.flip)
          assert.strictEqual(notReplayed._tag, "WebhookSubscriptionNotFound")
          yield* unsubscribeWebhook({ subscriptionId }).pipe(admin(councilA))
          const listed = yield* listWebhookSubscriptions({}).pipe(admin(councilA))
          assert.isFalse(listed.some((s) => s.id === subscriptionId))
          receipts.length = 0
          yield* personStory(councilA, "Gus")
          yield* deliverAll(councilA)
          assert.deepStrictEqual(idsAt("/a-ended", false), [])
        }),
    )

    it.effect(
      "refuses plain http to anywhere but this machine, and event types it does not know",
      () =>
        Effect.gen(function* () {
          const remote = yield* subscribeWebhook({
            url: "http://example.org/hook",
            eventTypes: ["PersonRegistered"],
          }).pipe(admin(councilA), Effect.flip)
          assert.strictEqual(remote._tag, "InvalidInput")
          const unknown = yield* subscribeWebhook({
            url: "https://example.org/hook",
            eventTypes: ["PersonDeleted"],
          }).pipe(admin(councilA), Effect.flip)
          assert.strictEqual(unknown._tag, "InvalidInput")
          const practitioner = yield* subscribeWebhook({
            url: "https://example.org/hook",
            eventTypes: ["PersonRegistered"],
          }).pipe(
            Effect.provideService(
              CurrentActor,
              new Actor({ subject: "p@a", roles: ["practitioner"], councilId: councilA }),
            ),
            Effect.flip,
          )
          assert.strictEqual(practitioner._tag, "Forbidden")
          // Never the cloud's metadata service; in production neither this machine nor a private range.
          const metadata = yield* subscribeWebhook({
            url: "https://169.254.169.254/latest/meta-data",
            eventTypes: ["PersonRegistered"],
          }).pipe(admin(councilA), Effect.flip)
          assert.strictEqual(metadata._tag, "InvalidInput")
          const inProduction = Effect.provide(
            ConfigProvider.layer(ConfigProvider.fromUnknown({ NODE_ENV: "production" })),
          )
          for (const url of [`${base}/prod`, "https://127.0.0.1/hook", "https://10.1.2.3/hook"]) {
            const refused = yield* subscribeWebhook({ url, eventTypes: ["PersonRegistered"] }).pipe(
              admin(councilA),
              inProduction,
              Effect.flip,
            )
            assert.strictEqual(refused._tag, "InvalidInput", url)
          }
          const allowed = yield* subscribeWebhook({
            url: "https://hooks.example.org/prod",
            eventTypes: ["PersonRegistered"],
          }).pipe(admin(councilA), inProduction)
          yield* unsubscribeWebhook({ subscriptionId: allowed.subscription.id }).pipe(
            admin(councilA),
          )
        }),
    )
  })
})
