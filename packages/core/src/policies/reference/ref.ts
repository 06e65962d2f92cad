import type { PolicyRef } from "../../decisions/Decision.ts"

/**
 * The reference policy set: England's national minimums in their simplest form, so a
 * deployment runs before it composes its own plugins. Councils replace it with plugins.
 */
export const referencePolicy: PolicyRef = { id: "openpb/reference-england", version: "0.1.0" }
