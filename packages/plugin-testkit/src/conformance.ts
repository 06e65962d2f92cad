import {
  type AnyPlugin,
  answer,
  isPluginId,
  isSemver,
  loadPlugin,
  type LoadedPlugin,
  type PortName,
  portMethods,
  sharedPorts,
} from "@openpb/plugin-sdk"
import { Effect, Exit } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbitraryFor } from "./arbitraries.ts"
import { answerProblems } from "./checks.ts"

export interface ConformanceOptions {
  /** Settings to check the plugin under (encoded, as a deployment gives them); `{}` by default. */
  readonly settings?: ReadonlyArray<unknown>
  /** Settings the plugin must refuse; a non-object is always tried too. */
  readonly invalidSettings?: ReadonlyArray<unknown>
  /** Inputs tried per rule; 200 by default. */
  readonly runs?: number
}

const load = (plugin: AnyPlugin, settings: unknown) =>
  Effect.runSync(Effect.exit(loadPlugin(plugin.with(settings))))

/** Calls one rule the way a deployment does: through the SDK, which stamps and checks the answer. */
const call = (loaded: LoadedPlugin, port: PortName, method: string, input: unknown) => {
  const rules = loaded.rules[port] as Record<string, (input: unknown) => unknown>
  const spec = portMethods[port][method]!
  const raw = rules[method]!(input)
  if (raw === undefined && sharedPorts.has(port)) return undefined
  return Effect.runSync(answer(loaded.ref, `${port}.${method}`, spec.output, () => raw))
}

/**
 * Checks one rule of a loaded plugin on inputs drawn from the port's schema: no exception,
 * the same answer twice, reasons in words, amounts in whole non-negative pence. Throws
 * fast-check's report (with the failing input) when any of these does not hold.
 */
export const checkRuleConformance = (
  loaded: LoadedPlugin,
  port: PortName,
  method: string,
  runs = 200,
) => {
  const spec = portMethods[port][method]
  if (spec === undefined) throw new Error(`${port} has no rule ${method}`)
  fc.assert(
    fc.property(arbitraryFor(spec.input), (input) => {
      const first = call(loaded, port, method, input)
      const again = call(loaded, port, method, structuredClone(input))
      expect(JSON.stringify(again)).toBe(JSON.stringify(first))
      expect(answerProblems(first)).toEqual([])
    }),
    { numRuns: runs },
  )
}

/**
 * The conformance suite: one call in a plugin's test file. It checks the plugin's identity,
 * that bad settings are refused with a typed failure, and, for every rule it provides, on
 * inputs drawn from the port's schema: no exception, the same answer for the same input,
 * a plain-language reason for every outcome, and amounts in non-negative whole pence.
 */
export const testPluginConformance = (plugin: AnyPlugin, options: ConformanceOptions = {}) => {
  const runs = options.runs ?? 200
  describe(`conformance of ${plugin.id}@${plugin.version}`, () => {
    it("has an owner/name id, a semantic version and a description", () => {
      expect(isPluginId(plugin.id)).toBe(true)
      expect(isSemver(plugin.version)).toBe(true)
      expect(plugin.description.trim().length).toBeGreaterThan(10)
    })

    it("refuses invalid settings with a typed failure naming the plugin", () => {
      for (const invalid of ["not settings", 42, ...(options.invalidSettings ?? [])]) {
        const exit = load(plugin, invalid)
        expect(Exit.isFailure(exit)).toBe(true)
        if (Exit.isFailure(exit)) {
          const error = exit.cause.reasons[0]
          expect(error?._tag).toBe("Fail")
          if (error?._tag === "Fail") {
            expect(error.error._tag).toBe("PluginSettingsInvalid")
            expect(error.error.message).toContain(plugin.id)
          }
        }
      }
    })

    for (const [index, settings] of (options.settings ?? [{}]).entries()) {
      const label = (options.settings?.length ?? 1) > 1 ? ` (settings ${index + 1})` : ""
      it(`accepts its settings${label}`, () => {
        expect(Exit.isSuccess(load(plugin, settings))).toBe(true)
      })
      for (const port of plugin.provides as ReadonlyArray<PortName>) {
        for (const method of Object.keys(portMethods[port])) {
          it(`${port}.${method}${label}: any valid input gets a deterministic, explained answer in pence`, () => {
            const exit = load(plugin, settings)
            if (!Exit.isSuccess(exit)) throw new Error(`settings ${index + 1} were refused`)
            checkRuleConformance(exit.value, port, method, runs)
          })
        }
      }
    }
  })
}
