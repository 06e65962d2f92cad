import { Schema } from "effect"
import { PolicyRef, Reason } from "../decisions/Decision.ts"

/** What every policy answer carries: its reasons in plain words and the policy that gave it. */
export const Explained = {
  reasons: Schema.NonEmptyArray(Reason),
  policy: PolicyRef,
}
