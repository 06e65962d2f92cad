import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, assert, beforeAll, describe, layer } from "@effect/vitest"
import {
  Actor,
  CurrentActor,
  reminderKinds,
  runRemindersJob,
  subscribeWebhook,
  WebhookDeliveries,
  workQueue,
} from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { Effect } from "effect"
import { SqlClient } from "effect/sql"
import { councilScope } from "../src/CouncilScope.ts"
import { makeWebhookDeliveriesSql } from "../src/repositories/WebhookDeliveriesSql.ts"
import { layerTestRuntime, testDatabaseKind } from "../src/testing.ts"
import { activeBudget } from "./ledgerSupport.ts"
import { councilA } from "./support.ts"

/*
 * The daily reminders job: one `ReminderDue` event for each review, statement and no-spend
 * check due soon or overdue, once an item however often the job runs, delivered by webhook to
 * the systems that subscribed to it.
 */

const received: Array<{ type: string; aggregateType: string; aggregateId: string }> = []
let server: Server
let base = ""

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Array<Buffer> = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => {
      received.push(JSON.parse(Buffer.concat(chunks).toString("utf8")))
      response.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const admin = Effect.provideService(
  CurrentActor,
  new Actor({
    subject: "reminders-admin",
    roles: ["council-admin", "finance"],
    councilId: councilA,
  }),
)

const job = (withinDays: number) =>
  ({ _tag: "reminders", councilId: councilA, withinDays }) as const

/** The council's reminder events, by the item they remind of. */
const reminderEvents = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  return yield* sql<{ aggregate_id: string; payload: unknown }>`
    SELECT aggregate_id, payload FROM domain_events
     WHERE council_id = ${councilA} AND type = 'ReminderDue' ORDER BY position`.pipe(
    councilScope(sql).withCouncil(councilA),
  )
}).pipe(Effect.orDie)

/** The items of the work queue a reminder is sent for, due by the day given. */
const dueItems = (dueBy: string) =>
  Effect.map(workQueue({ kinds: reminderKinds, dueBy, first: 100 }).pipe(admin), (page) =>
    page.items.map((item) => item.id).sort(),
  )

describe(`review and statement reminders on ${testDatabaseKind()}`, () => {
  layer(layerTestRuntime(EnglandDefaultPolicies), { excludeTestServices: true })((it) => {
    it.effect(
      "each item due within the days set is reminded once, however often the job runs, and reaches its subscribers",
      () =>
        Effect.gen(function* () {
          const created = yield* subscribeWebhook({
            url: `${base}/reminders`,
            eventTypes: ["ReminderDue"],
          }).pipe(admin)
          assert.strictEqual(created.subscription.eventTypes[0], "ReminderDue")
          yield* activeBudget("Remind")
          yield* activeBudget("Again")

          // Within a year: every review and statement the two budgets have coming.
          const first = yield* runRemindersJob(job(366))
          assert.isAbove(first.due, 1)
          assert.strictEqual(first.reminded, first.due)
          const events = yield* reminderEvents
          const items = yield* dueItems("2199-12-31")
          assert.deepStrictEqual(events.map((e) => e.aggregate_id).sort(), items)
          // Ids, the kind and the due date: nobody's name or details.
          for (const event of events) {
            const payload = event.payload as Record<string, unknown>
            assert.deepStrictEqual(Object.keys(payload).sort(), [
              "dueDate",
              "itemId",
              "journeyId",
              "kind",
              "overdue",
              "personId",
              "subjectId",
            ])
            assert.include(reminderKinds, payload.kind)
            assert.strictEqual(payload.itemId, event.aggregate_id)
          }

          // Run again, and twice at once: nothing new to remind of, so no second event.
          const again = yield* Effect.all([runRemindersJob(job(366)), runRemindersJob(job(366))], {
            concurrency: 2,
          })
          assert.deepStrictEqual(
            again.map((r) => r.reminded),
            [0, 0],
          )
          assert.strictEqual((yield* reminderEvents).length, events.length)

          // A new budget's items are reminded on the next run, each once, by the runs at once.
          yield* activeBudget("Later")
          const both = yield* Effect.all([runRemindersJob(job(366)), runRemindersJob(job(366))], {
            concurrency: 2,
          })
          const after = yield* reminderEvents
          assert.isAbove(after.length, events.length)
          assert.strictEqual(both[0]!.reminded + both[1]!.reminded, after.length - events.length)
          assert.strictEqual(new Set(after.map((e) => e.aggregate_id)).size, after.length)

          // A window of no days reminds only of what is due today or overdue: nothing here.
          assert.deepStrictEqual(yield* runRemindersJob(job(0)), { due: 0, reminded: 0 })

          // The subscriber receives each reminder once, named by the item it is about.
          const deliveries = yield* Effect.provide(
            WebhookDeliveries,
            makeWebhookDeliveriesSql({ retryBaseMs: 10, timeoutMs: 5_000, batchSize: 50 }),
          )
          for (let round = 0; round < 20; round++) {
            const done = yield* deliveries.deliverDue(councilA)
            if (done.delivered === 0 && done.failed === 0) break
          }
          const reminders = received.filter((r) => r.type === "ReminderDue")
          assert.deepStrictEqual(
            reminders.map((r) => r.aggregateId).sort(),
            after.map((e) => e.aggregate_id).sort(),
          )
          assert.isTrue(reminders.every((r) => r.aggregateType === "work-item"))
        }),
    )
  })
})
