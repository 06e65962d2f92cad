import { createHash } from "node:crypto"
import { LRUCache } from "lru-cache"

/** The keys a token was verified against, as the issuer's key set stood at that moment. */
export interface KeySetView {
  /** The key set object now held; a reload replaces it. */
  readonly current: () => object | undefined
  /** Whether the set now held still has a key with this id. */
  readonly hasKey: (kid: string) => boolean
}

interface Verified<A> {
  readonly actor: A
  readonly kid: string | undefined
  readonly keySet: object | undefined
  readonly usableUntilMs: number
}

/**
 * Tokens already verified, so a client sending the same token on every request pays for one
 * signature check, not one per request. An entry is keyed by the token's SHA-256 (the token itself
 * is never kept), answers only until the token's expiry (plus the tolerance verification allowed)
 * and never longer than `maxAgeMs`, and is dropped as soon as the issuer's key set no longer holds
 * the key that signed it: revoking a key by rotating it revokes its cached tokens too.
 */
export const makeVerifiedTokenCache = <A extends object>(options: {
  readonly max: number
  readonly maxAgeMs: number
  readonly keys: KeySetView
  readonly now?: () => number
}) => {
  const now = options.now ?? Date.now
  const entries = new LRUCache<string, Verified<A>>({ max: options.max })
  const keyOf = (token: string) => createHash("sha256").update(token).digest("base64url")

  const stillTrusted = (entry: Verified<A>) => {
    if (now() >= entry.usableUntilMs) return false
    if (options.keys.current() === entry.keySet) return true
    return entry.kid !== undefined && options.keys.hasKey(entry.kid)
  }

  return {
    get: (token: string): A | undefined => {
      const key = keyOf(token)
      const entry = entries.get(key)
      if (entry === undefined) return undefined
      if (stillTrusted(entry)) return entry.actor
      entries.delete(key)
      return undefined
    },
    remember: (
      token: string,
      verified: {
        readonly actor: A
        readonly kid: string | undefined
        readonly expiresAtSeconds: number
        readonly toleranceSeconds: number
      },
    ) => {
      const usableUntilMs = Math.min(
        (verified.expiresAtSeconds + verified.toleranceSeconds) * 1000,
        now() + options.maxAgeMs,
      )
      if (usableUntilMs <= now()) return
      entries.set(keyOf(token), {
        actor: verified.actor,
        kid: verified.kid,
        keySet: options.keys.current(),
        usableUntilMs,
      })
    },
    size: () => entries.size,
  }
}
