import { Actor } from "@openpb/core"
import { Schema } from "effect"
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  type JSONWebKeySet,
  type JWTPayload,
  jwtVerify,
} from "jose"

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
}

const decodeActor = Schema.decodeUnknownSync(Actor)

const actorFrom = (payload: JWTPayload, claims: ClaimMapping): Actor | undefined => {
  const roles = payload[claims.roles ?? "roles"]
  const council = payload[claims.council ?? "council"]
  const person = payload[claims.person ?? "person_id"]
  try {
    return decodeActor({
      subject: payload.sub,
      roles: typeof roles === "string" ? roles.split(/[ ,]+/).filter(Boolean) : roles,
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
  const keys =
    options.jwks instanceof URL ? createRemoteJWKSet(options.jwks) : createLocalJWKSet(options.jwks)
  const claims = options.claims ?? {}
  return async (request: Request): Promise<Actor | undefined> => {
    const header = request.headers.get("authorization") ?? ""
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header)
    if (!match) return undefined
    try {
      const { payload } = await jwtVerify(match[1]!, keys, {
        issuer: options.issuer,
        audience: options.audience,
        clockTolerance: options.clockToleranceSeconds ?? 60,
        algorithms: [...(options.algorithms ?? ["RS256", "ES256"])],
        requiredClaims: ["sub", "exp"],
      })
      return actorFrom(payload, claims)
    } catch {
      return undefined
    }
  }
}
