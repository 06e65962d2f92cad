import { makeHmacSha256 } from "@openpb/plugin-sdk"

const encoder = new TextEncoder()

const hex = (bytes: Uint8Array) => {
  let out = ""
  for (const byte of bytes) out += byte.toString(16).padStart(2, "0")
  return out
}

/**
 * A keyed pseudonym (HMAC-SHA-256): stable for one key, so a person's rows link across reviews
 * and extracts, but unlinkable to the person's id without the key, unlike a plain hash, which
 * anyone holding the id could recompute.
 */
export const makePseudonymiser = (key: string) => {
  const mac = makeHmacSha256(encoder.encode(key))
  return (kind: string, id: string): string => hex(mac(encoder.encode(`${kind}:${id}`)))
}
