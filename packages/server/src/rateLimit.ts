/**
 * A token bucket per actor: `perMinute` requests a minute, refilled continuously, with bursts
 * up to the same number. In memory, per process: behind a load balancer each process limits
 * its own share.
 *
 * At most `maxActors` buckets are kept, least recently used first out. A bucket idle for a
 * minute is full again, which is the same as having none, so those go first and an evicted
 * actor loses nothing; only past `maxActors` actors active in one minute is a partly spent
 * bucket forgotten.
 */
export const makeRateLimiter = (
  perMinute: number,
  now: () => number = () => Date.now(),
  maxActors = 100_000,
) => {
  if (!Number.isInteger(perMinute) || perMinute < 1)
    throw new RangeError(
      `a rate limit must allow at least one request a minute (got ${perMinute}); raise it instead of switching the API off`,
    )
  // A Map iterates in insertion order: re-inserting on use keeps the least recent first.
  const buckets = new Map<string, { tokens: number; at: number }>()
  /** Takes `cost` requests (a batch's calls) from the actor's bucket, all or none. */
  const allow = (key: string, cost = 1): boolean => {
    const t = now()
    const bucket = buckets.get(key)
    const tokens =
      bucket === undefined
        ? perMinute
        : Math.min(perMinute, bucket.tokens + ((t - bucket.at) / 60_000) * perMinute)
    buckets.delete(key)
    if (buckets.size >= maxActors) {
      for (const [oldest, { at }] of buckets) {
        if (buckets.size < maxActors && t - at < 60_000) break
        buckets.delete(oldest)
      }
    }
    const allowed = tokens >= cost
    buckets.set(key, { tokens: allowed ? tokens - cost : tokens, at: t })
    return allowed
  }
  /** How many buckets are held (for tests). */
  return Object.assign(allow, {
    size: () => buckets.size,
    /** Seconds a refused actor waits at most for its next request (one token's refill). */
    retryAfterSeconds: Math.ceil(60 / perMinute),
    /** Seconds a refused actor waits at most for `cost` requests' allowance to come back. */
    retryAfterSecondsFor: (cost: number) => Math.ceil((60 * Math.max(1, cost)) / perMinute),
  })
}
