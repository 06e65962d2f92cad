import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { exportJWK, generateKeyPair, importJWK, type JWK, type JSONWebKeySet, SignJWT } from "jose"

/** The development issuer's fixed identity; production deployments configure a real one. */
export const DEV_ISSUER = "openpb-development-issuer"
export const DEV_AUDIENCE = "openpb"

export interface DevIssuer {
  readonly jwks: JSONWebKeySet
  readonly issuer: string
  readonly audience: string
  sign(claims: {
    readonly subject: string
    readonly roles: ReadonlyArray<string>
    readonly council: string
    readonly personId?: string
    readonly hours?: number
  }): Promise<string>
}

/** The key lives beside the data, so tokens survive restarts and the CLI signs with the same key. */
export const devIssuerKeyFile = (dataDir: string) =>
  `${dataDir.replace(/\/+$/, "")}.dev-issuer.json`

/**
 * A token issuer built into every deployment for development and tests: it signs with a
 * key of its own (created on first use) and is never enabled in production.
 */
export const loadDevIssuer = async (dataDir: string): Promise<DevIssuer> => {
  const file = devIssuerKeyFile(dataDir)
  let stored: { privateJwk: JWK; publicJwk: JWK }
  if (existsSync(file)) {
    stored = JSON.parse(readFileSync(file, "utf8"))
  } else {
    const pair = await generateKeyPair("ES256", { extractable: true })
    stored = {
      privateJwk: { ...(await exportJWK(pair.privateKey)), kid: "dev-1", alg: "ES256" },
      publicJwk: { ...(await exportJWK(pair.publicKey)), kid: "dev-1", alg: "ES256", use: "sig" },
    }
    writeFileSync(file, JSON.stringify(stored), { mode: 0o600 })
  }
  const privateKey = await importJWK(stored.privateJwk, "ES256")
  return {
    jwks: { keys: [stored.publicJwk] },
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    sign: (claims) =>
      new SignJWT({
        roles: claims.roles,
        council: claims.council,
        ...(claims.personId ? { person_id: claims.personId } : {}),
      })
        .setProtectedHeader({ alg: "ES256", kid: "dev-1" })
        .setSubject(claims.subject)
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${claims.hours ?? 8}h`)
        .sign(privateKey),
  }
}
