import { hmac } from "@noble/hashes/hmac.js"
import { sha256 } from "@noble/hashes/sha2.js"
import { bytesToHex } from "@noble/hashes/utils.js"

/**
 * SHA-256 (FIPS 180-4), incremental, from `@noble/hashes` (audited, pure TypeScript, no Node
 * built-ins), for core's own digests on any platform: import files and rows, FHIR ids, plugin
 * settings. An export file is hashed by its sink, with the platform's own SHA-256, as it is
 * written.
 */
export class Sha256 {
  private readonly hash = sha256.create()

  update(data: Uint8Array): this {
    this.hash.update(data)
    return this
  }

  /** The 32-byte digest; the hash cannot be updated or digested again after it. */
  digest(): Uint8Array {
    return this.hash.digest()
  }

  hex(): string {
    return toHex(this.digest())
  }
}

/** Lower-case hexadecimal, two digits a byte. */
export const toHex = (bytes: Uint8Array): string => bytesToHex(bytes)

export const sha256Hex = (data: Uint8Array): string => bytesToHex(sha256(data))

/**
 * HMAC-SHA-256 (RFC 2104) with the key's pads hashed once, so each message then costs two
 * short hashes: fast enough to pseudonymise every row of a large extract.
 */
export const makeHmacSha256 = (key: Uint8Array) => {
  const keyed = hmac.create(sha256, key)
  return (message: Uint8Array): Uint8Array => keyed.clone().update(message).digest()
}
