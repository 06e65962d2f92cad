import type { PolicyRef } from "@openpb/core"
import { Effect, Schema, SchemaIssue } from "effect"

const formatIssues = SchemaIssue.makeFormatterStandardSchemaV1()

/** Gives an answer the policy that made it; plugins never write it themselves. */
const stamp = (ref: PolicyRef, value: unknown): unknown => {
  if (Array.isArray(value)) return value.map((item) => stamp(ref, item))
  if (value !== null && typeof value === "object") return { ...value, policy: ref }
  return value
}

/**
 * Runs one rule of a plugin: an exception or an answer that breaks the port's schema (a
 * negative amount, a missing reason) is a defect naming the plugin and the rule, never a
 * silent wrong decision.
 */
export const answer = <A>(
  ref: PolicyRef,
  rule: string,
  output: Schema.Top,
  compute: () => unknown,
): Effect.Effect<A> =>
  Effect.suspend(() => {
    let raw: unknown
    try {
      raw = compute()
    } catch (cause) {
      return Effect.die(
        new Error(`Plugin ${ref.id}@${ref.version} failed in ${rule}: ${String(cause)}`, { cause }),
      )
    }
    return Schema.decodeUnknownEffect(output)(stamp(ref, raw)).pipe(
      Effect.mapError(
        (error) =>
          new Error(
            `Plugin ${ref.id}@${ref.version} gave an invalid answer in ${rule}: ${formatIssues(
              error.issue,
            )
              .issues.map((i) => `${(i.path ?? []).join(".")} ${i.message}`)
              .join("; ")}`,
          ),
      ),
      Effect.orDie,
    ) as Effect.Effect<A>
  })

/** The same, for shared ports where a plugin may answer `undefined` (not its funding stream). */
export const maybeAnswer = <A>(
  ref: PolicyRef,
  rule: string,
  output: Schema.Top,
  compute: () => unknown,
): Effect.Effect<A | undefined> =>
  Effect.suspend(() => {
    let raw: unknown
    try {
      raw = compute()
    } catch (cause) {
      return Effect.die(
        new Error(`Plugin ${ref.id}@${ref.version} failed in ${rule}: ${String(cause)}`, { cause }),
      )
    }
    return raw === undefined ? Effect.succeed(undefined) : answer<A>(ref, rule, output, () => raw)
  })
