import { createHmac, timingSafeEqual } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { devToken, run, startServer, stopServer, trpc } from "./server.ts"

/*
 * Webhooks from the running reference council: an administrator subscribes a receiver on
 * loopback through tRPC, and the server's own timer (OPENPB_WEBHOOK_EVERY_SECONDS) sends each new
 * event to it, signed; the receiver checks every signature by the Standard Webhooks scheme, and a
 * replay from an event's time sends again exactly the events from then on.
 */

const dataDir = mkdtempSync(join(tmpdir(), "openpb-webhooks-"))
const schema = `openpb_hooks_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`

interface Delivery {
  readonly id: string
  readonly type: string
  readonly occurredAt: string
  readonly aggregateId: string
  readonly verified: boolean
}
const received: Array<Delivery> = []
let secret = ""
const receiver = createServer((request, response) => {
  const chunks: Array<Buffer> = []
  request.on("data", (chunk: Buffer) => chunks.push(chunk))
  request.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8")
    const id = String(request.headers["webhook-id"])
    const timestamp = String(request.headers["webhook-timestamp"])
    const expected = createHmac("sha256", Buffer.from(secret.slice("whsec_".length), "base64"))
      .update(`${id}.${timestamp}.${body}`)
      .digest()
    const sent = Buffer.from(String(request.headers["webhook-signature"]).slice(3), "base64")
    const verified =
      String(request.headers["webhook-signature"]).startsWith("v1,") &&
      sent.length === expected.length &&
      timingSafeEqual(sent, expected)
    received.push({ ...(JSON.parse(body) as Omit<Delivery, "verified">), verified })
    response.writeHead(verified ? 204 : 401).end()
  })
})
let receiverUrl = ""

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`
})
afterAll(async () => {
  await new Promise<void>((resolve) => receiver.close(() => resolve()))
  rmSync(dataDir, { recursive: true, force: true })
  if (process.env.DATABASE_URL)
    await run("psql", [process.env.DATABASE_URL, "-qc", `DROP SCHEMA IF EXISTS ${schema} CASCADE`])
})

const until = async (done: () => boolean, what: string) => {
  for (let tries = 0; tries < 300 && !done(); tries++)
    await new Promise((resolve) => setTimeout(resolve, 100))
  if (!done()) throw new Error(`not within 30 s: ${what}`)
}

describe("webhooks from the reference council's own delivery timer", () => {
  it("sends each new event of the subscribed type, signed, and a replay sends exactly the later ones again", async () => {
    const server = await startServer({
      dataDir,
      schema,
      settings: { OPENPB_WEBHOOK_EVERY_SECONDS: "1" },
    })
    try {
      expect(server.output()).toContain("webhooks     sent every 1 s")
      const token = await devToken(dataDir, ["council-admin"])
      const created = await trpc<{ subscription: { id: string }; secret: string }>(
        server.url,
        "webhooks.subscribe",
        { url: receiverUrl, eventTypes: ["PersonRegistered"] },
        "mutation",
        token,
      )
      secret = created.secret
      const people: Array<string> = []
      for (const givenName of ["Una", "Vic"]) {
        const person = await trpc<{ id: string }>(
          server.url,
          "person.register",
          { givenName, familyName: "Hook" },
          "mutation",
          token,
        )
        people.push(person.id)
      }
      await until(() => new Set(received.map((d) => d.id)).size >= 2, "two deliveries")
      expect(received.every((d) => d.verified)).toBe(true)
      expect(received.every((d) => d.type === "PersonRegistered")).toBe(true)
      expect([...new Set(received.map((d) => d.aggregateId))].sort()).toEqual([...people].sort())
      // The round logs once it has finished, just after the receiver has answered.
      await until(
        () => server.output().includes('"event":"webhooks-sent"'),
        "the delivery round's log line",
      )
      // /ready shows the sender, idle or sending, with its last round.
      const ready = (await (await fetch(`${server.url}/ready`)).json()) as {
        checks: ReadonlyArray<{ name: string; ready: boolean; detail?: string }>
      }
      expect(ready.checks.find((c) => c.name === "webhooks")).toMatchObject({
        ready: true,
        detail: expect.stringMatching(/^(idle|sending); last round /),
      })

      const second = received.find((d) => d.aggregateId === people[1])!
      received.length = 0
      const replay = await trpc<{ queued: number }>(
        server.url,
        "webhooks.replay",
        { subscriptionId: created.subscription.id, from: second.occurredAt },
        "mutation",
        token,
      )
      expect(replay.queued).toBe(1)
      await until(() => received.length >= 1, "the replayed delivery")
      // Give a wrong extra delivery the time of a further round to show itself.
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(received.map((d) => [d.id, d.verified])).toEqual([[second.id, true]])
    } finally {
      expect(await stopServer(server)).toBe(0)
    }
  }, 120_000)
})
