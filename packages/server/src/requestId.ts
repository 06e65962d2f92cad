const acceptable = /^[A-Za-z0-9._-]{8,128}$/

/** Keeps a caller's `x-request-id` when it is sane, otherwise makes a new one. */
export const requestIdFrom = (header: string | undefined): string =>
  header !== undefined && acceptable.test(header) ? header : crypto.randomUUID()
