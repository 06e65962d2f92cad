/**
 * A token bucket per actor: `perMinute` requests a minute, refilled continuously, with bursts
 * up to the same number. In memory, per process: behind a load balancer each process limits
 * its own share.
 */
export const makeRateLimiter = (perMinute: number, now: () => number = () => Date.now()) => {
  const buckets = new Map<string, { tokens: number; at: number }>()
  return (key: string): boolean => {
    const t = now()
    const bucket = buckets.get(key) ?? { tokens: perMinute, at: t }
    const tokens = Math.min(perMinute, bucket.tokens + ((t - bucket.at) / 60_000) * perMinute)
    if (buckets.size > 100_000) buckets.clear()
    if (tokens < 1) {
      buckets.set(key, { tokens, at: t })
      return false
    }
    buckets.set(key, { tokens: tokens - 1, at: t })
    return true
  }
}
