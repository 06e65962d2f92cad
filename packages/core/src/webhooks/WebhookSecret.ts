import { Effect } from "effect"

/** How many random bytes a signing secret holds (Standard Webhooks asks for 24 to 64). */
const SECRET_BYTES = 32

/**
 * A new signing secret in the Standard Webhooks form, `whsec_` then base64 of random bytes:
 * the key of each delivery's HMAC-SHA256 is those bytes.
 */
export const newWebhookSecret = Effect.sync(() => {
  const bytes = new Uint8Array(SECRET_BYTES)
  crypto.getRandomValues(bytes)
  return `whsec_${btoa(String.fromCharCode(...bytes))}`
})
