import { Actor, internalRoles } from "@openpb/core"
import { Schema } from "effect"
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  type ExportedJWKSCache,
  type JSONWebKeySet,
  type JWTPayload,
  jwksCache,
  jwtVerify,
} from "jose"
import { type KeySetView, makeVerifiedTokenCache } from "./verifiedTokens.ts"

/** Where each part of the actor is read from in the token's claims. */
export interface ClaimMapping {
  /** A string or an array of strings naming OpenPB roles. Default `roles`. */
  readonly roles?: string
  /** The council id. Default `council`. */
  readonly council?: string
  /** The person id, for a person (themself) or a carer (the person cared for). Default `person_id`. */
  readonly person?: string
}

export interface JwtAuthenticatorOptions {
  /** The issuer's keys: a JWKS URL (fetched, cached, refreshed on rotation) or a key set. */
  readonly jwks: URL | JSONWebKeySet
  readonly issuer: string
  readonly audience: string
  /** Tolerated clock difference between the issuer and this server. Default 60 seconds. */
  readonly clockToleranceSeconds?: number
  readonly claims?: ClaimMapping
  /** Only these signing algorithms are accepted (never `none`). Default RS256 and ES256. */
  readonly algorithms?: ReadonlyArray<string>
  /**
   * How many verified tokens are remembered (least recently used first out). Default 10,000; 0
   * verifies every request's signature.
   */
  readonly verifiedTokenCacheSize?: number
  /** How long a fetched remote key set is trusted before it is fetched again. Default 10 minutes. */
  readonly keySetMaxAgeMs?: number
}

/** A verified token is re-checked at least this often, whatever its expiry. */
const verifiedTokenMaxAgeMs = 5 * 60_000

const decodeActor = Schema.decodeUnknownSync(Actor)

const actorFrom = (payload: JWTPayload, claims: ClaimMapping): Actor | undefined => {
  const roles = payload[claims.roles ?? "roles"]
  const council = payload[claims.council ?? "council"]
  const person = payload[claims.person ?? "person_id"]
  const claimed = typeof roles === "string" ? roles.split(/[ ,]+/).filter(Boolean) : roles
  // An internal role is OpenPB's own; a token claiming one proves no one.
  if (Array.isArray(claimed) && claimed.some((r) => internalRoles.includes(r))) return undefined
  try {
    return decodeActor({
      subject: payload.sub,
      roles: claimed,
      councilId: council,
      ...(person === undefined ? {} : { personId: person }),
    })
  } catch {
    return undefined
  }
}

/**
 * Validates `Authorization: Bearer <JWT>` against an OpenID Connect issuer (signature by the
 * issuer's keys, issuer, audience, expiry and not-before with clock tolerance) and maps the
 * claims to an actor. Anything else proves no one: the caller answers 401 and runs nothing.
 */
export const makeJwtAuthenticator = (options: JwtAuthenticatorOptions) => {
  const { keys, view } = keySetOf(options.jwks, options.keySetMaxAgeMs)
  const claims = options.claims ?? {}
  const toleranceSeconds = options.clockToleranceSeconds ?? 60
  const cacheSize = options.verifiedTokenCacheSize ?? 10_000
  const verified =
    cacheSize > 0
      ? makeVerifiedTokenCache<Actor>({
          max: cacheSize,
          maxAgeMs: verifiedTokenMaxAgeMs,
          keys: view,
        })
      : undefined
  return async (request: Request): Promise<Actor | undefined> => {
    const header = request.headers.get("authorization") ?? ""
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header)
    if (!match) return undefined
    const token = match[1]!
    const known = verified?.get(token)
    if (known !== undefined) return known
    try {
      const { payload, protectedHeader } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        clockTolerance: toleranceSeconds,
        algorithms: [...(options.algorithms ?? ["RS256", "ES256"])],
        requiredClaims: ["sub", "exp"],
      })
      const actor = actorFrom(payload, claims)
      if (actor !== undefined && payload.exp !== undefined) {
        verified?.remember(token, {
          actor,
          kid: protectedHeader.kid,
          expiresAtSeconds: payload.exp,
          toleranceSeconds,
        })
      }
      return actor
    } catch {
      return undefined
    }
  }
}

/**
 * The verifier's key resolver and a view of the keys it holds now. A remote set is refetched by
 * jose when stale; a cached token asks for that refetch too, so it cannot outlive a rotated key by
 * more than the key set's own cache age.
 */
const keySetOf = (jwks: URL | JSONWebKeySet, maxAgeMs: number | undefined) => {
  if (!(jwks instanceof URL)) {
    return {
      keys: createLocalJWKSet(jwks),
      view: {
        current: () => jwks,
        hasKey: (kid: string) => jwks.keys.some((key) => key.kid === kid),
      } satisfies KeySetView,
    }
  }
  // jose writes each fetched set here; a stale start (uat 0) makes it fetch on first use.
  const fetched: ExportedJWKSCache = { jwks: { keys: [] }, uat: 0 }
  const remote = createRemoteJWKSet(jwks, {
    [jwksCache]: fetched,
    ...(maxAgeMs === undefined ? {} : { cacheMaxAge: maxAgeMs }),
  })
  // A stale set is refetched at most this often on behalf of cached tokens (an issuer that is
  // down is not asked again on every request).
  const reloadEveryMs = 30_000
  let reloadAskedAt = Number.NEGATIVE_INFINITY
  return {
    keys: remote,
    view: {
      current: () => {
        const now = Date.now()
        if (!remote.fresh && !remote.reloading && now - reloadAskedAt >= reloadEveryMs) {
          reloadAskedAt = now
          remote.reload().catch(() => undefined)
        }
        return fetched.jwks
      },
      hasKey: (kid: string) => fetched.jwks.keys.some((key) => key.kid === kid),
    } satisfies KeySetView,
  }
}
