import { describe, expect, it } from "vitest"
import { makeRateLimiter } from "../src/rateLimit.ts"

describe("the rate limiter", () => {
  it("allows a burst of perMinute, then refills continuously", () => {
    let t = 0
    const allow = makeRateLimiter(60, () => t)
    for (let i = 0; i < 60; i++) expect(allow("a")).toBe(true)
    expect(allow("a")).toBe(false)
    t += 1_000
    expect(allow("a")).toBe(true)
    expect(allow("a")).toBe(false)
    expect(allow("b")).toBe(true)
  })

  it("counts a batch as its calls, taking all of them or none", () => {
    let t = 0
    const allow = makeRateLimiter(10, () => t)
    expect(allow("a", 8)).toBe(true)
    // Two left: a batch of three is refused whole and takes nothing, so two single calls pass.
    expect(allow("a", 3)).toBe(false)
    expect(allow("a")).toBe(true)
    expect(allow("a")).toBe(true)
    expect(allow("a")).toBe(false)
    // Ten a minute: three calls' allowance is back within 18 seconds.
    expect(allow.retryAfterSecondsFor(3)).toBe(18)
    t += 18_000
    expect(allow("a", 3)).toBe(true)
  })

  it("keeps at most maxActors buckets, so one request per actor cannot grow it", () => {
    let t = 0
    const allow = makeRateLimiter(2, () => t, 100)
    // The actor that keeps calling keeps its spent bucket while 10,000 others pass once each.
    expect(allow("busy")).toBe(true)
    expect(allow("busy")).toBe(true)
    for (let i = 0; i < 10_000; i++) {
      t += 1
      allow(`actor-${i}`)
      if (i % 50 === 0) expect(allow("busy")).toBe(false)
    }
    expect(allow.size()).toBe(100)
  })

  it("forgets idle buckets first, which were full again anyway", () => {
    let t = 0
    const allow = makeRateLimiter(1, () => t, 2)
    expect(allow("a")).toBe(true)
    t += 61_000
    expect(allow("b")).toBe(true)
    expect(allow("c")).toBe(true)
    // "a" was idle past a minute: forgetting it changed nothing for it.
    expect(allow("a")).toBe(true)
    // "b" and "c" were recent: the later one is kept with its spent token.
    expect(allow("c")).toBe(false)
  })
})
