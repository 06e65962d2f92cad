import { afterEach, describe, expect, it, vi } from "vitest"
import { logRequestLine, type RequestLine } from "../src/index.ts"

const line = (requestId: string): RequestLine => ({
  time: "2026-12-04T12:00:00.000Z",
  level: "info",
  event: "request",
  requestId,
  traceId: null,
  method: "GET",
  route: "/trpc/*",
  status: 200,
  durationMs: 1.5,
  subject: "someone",
  council: "northmere",
  useCases: ["getPerson"],
})

describe("request log lines", () => {
  afterEach(() => vi.restoreAllMocks())

  it("are written together once the turn that answered them ends, one JSON line each, in order", async () => {
    const writes: Array<string> = []
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk))
      return true
    })
    logRequestLine(line("a"))
    logRequestLine(line("b"))
    logRequestLine(line("c"))
    expect(writes).toEqual([])
    await new Promise((resolve) => setImmediate(resolve))
    expect(writes).toHaveLength(1)
    const lines = writes[0]!.split("\n")
    expect(lines.at(-1)).toBe("")
    expect(lines.slice(0, -1).map((text) => JSON.parse(text).requestId)).toEqual(["a", "b", "c"])

    logRequestLine(line("d"))
    await new Promise((resolve) => setImmediate(resolve))
    expect(writes).toHaveLength(2)
    expect(JSON.parse(writes[1]!)).toEqual(line("d"))
  })
})
