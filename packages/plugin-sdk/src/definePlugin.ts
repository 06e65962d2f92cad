import { type AnyExporter, defineExporter, type PolicyRef, sha256Hex } from "@openpb/core"
import { Effect, Schema, SchemaIssue } from "effect"
import { PluginSettingsInvalid } from "./errors.ts"
import {
  type FloorPort,
  floorPorts,
  type NationalFloor,
  validateFloorCases,
} from "./nationalFloor.ts"
import type { PortName, PortRules } from "./ports.ts"
import { isPluginId, isSemver } from "./semver.ts"

/** What a plugin author writes: who the plugin is, its settings, and the rules of its ports. */
export interface PluginDefinition<P extends PortName, S> {
  /** `<owner>/<name>` in lower case, e.g. `openpb/england-care-act`. */
  readonly id: string
  /** Semantic version of the rules: bump it whenever an answer could change. */
  readonly version: string
  readonly description: string
  /** The ports this plugin provides. */
  readonly provides: ReadonlyArray<P>
  /**
   * The settings a deployment gives it (yearly figures, tables, limits), checked at startup.
   * Give every field a default where a national figure exists, so `plugin.with()` works.
   */
  readonly settings: Schema.Codec<S, unknown>
  /** The rules, as plain functions of the settings. */
  rules(settings: S): Pick<PortRules, P>
  /** Exports this plugin offers (returns, reports, extracts), built from its settings. */
  exporters?(settings: S): ReadonlyArray<AnyExporter>
  /**
   * Set when this plugin, with its default settings, states a nation's statutory minimum for
   * some of its ports: every deployment in that nation which lists it is then held to it, at
   * startup, whichever plugin answers those ports and with whatever settings.
   */
  readonly nationalFloor?: NationalFloor<Extract<P, FloorPort>>
}

export interface Plugin<P extends PortName = PortName, S = unknown> extends PluginDefinition<P, S> {
  /** This plugin with a deployment's settings (in their encoded form, as a config file holds them). */
  with(settings?: unknown): PluginUse
}

/**
 * A plugin whatever its ports and settings, as a deployment holds it: its own settings schema
 * decodes what the deployment gives before its rules see it.
 */
export interface AnyPlugin {
  readonly id: string
  readonly version: string
  readonly description: string
  readonly provides: ReadonlyArray<PortName>
  readonly settings: Schema.Codec<unknown, unknown>
  rules(settings: unknown): Partial<PortRules>
  exporters?(settings: unknown): ReadonlyArray<AnyExporter>
  readonly nationalFloor?: NationalFloor
  with(settings?: unknown): PluginUse
}

/** A plugin as a deployment lists it: the plugin and the settings it is given. */
export interface PluginUse {
  readonly plugin: AnyPlugin
  readonly settings: unknown
}

/** A plugin with its settings checked: ready to answer. */
export interface LoadedPlugin {
  readonly id: string
  readonly version: string
  readonly description: string
  readonly provides: ReadonlyArray<PortName>
  /**
   * What decisions record: the plugin id, and its version with a digest of its settings as
   * semver build metadata (`1.2.0+3f9a0c1b2d4e`), so a replay finds the exact rules and figures.
   */
  readonly ref: PolicyRef
  readonly settings: unknown
  readonly rules: Partial<PortRules>
  readonly exporters: ReadonlyArray<AnyExporter>
}

/**
 * Declares a policy plugin. A malformed id or version is a programming error and fails
 * where the plugin is defined, before any deployment uses it.
 */
export const definePlugin = <const P extends PortName, S>(
  definition: PluginDefinition<P, S>,
): Plugin<P, S> => {
  if (!isPluginId(definition.id))
    throw new Error(`Plugin id "${definition.id}" must look like "owner/name" in lower case`)
  if (!isSemver(definition.version))
    throw new Error(
      `Plugin ${definition.id}: version "${definition.version}" is not a semantic version`,
    )
  if (definition.provides.length === 0 && definition.exporters === undefined)
    throw new Error(`Plugin ${definition.id} provides no port and no exporter`)
  const plugin: Plugin<P, S> = {
    ...definition,
    with: (settings?: unknown) => ({ plugin: plugin, settings: settings ?? {} }),
  }
  if (definition.nationalFloor !== undefined) checkFloorDeclaration(plugin)
  return plugin
}

/** A floor is the plugin with its defaults: it needs one for every setting, and valid cases. */
const checkFloorDeclaration = (plugin: AnyPlugin) => {
  const floor = plugin.nationalFloor
  if (floor === undefined) return
  for (const port of floor.ports) {
    if (!floorPorts.includes(port))
      throw new Error(
        `Plugin ${plugin.id} states a national floor for ${port}, which is not a port with one (${floorPorts.join(", ")})`,
      )
    if (!plugin.provides.includes(port))
      throw new Error(
        `Plugin ${plugin.id} states a national floor for ${port} but does not provide it`,
      )
  }
  const loaded = Effect.runSync(Effect.exit(loadPlugin(plugin.with())))
  if (loaded._tag === "Failure")
    throw new Error(
      `Plugin ${plugin.id} states a national floor, so every setting needs a national default: ${String(loaded.cause)}`,
    )
  validateFloorCases(plugin.id, floor)
}

const formatIssues = SchemaIssue.makeFormatterStandardSchemaV1()

/** JSON with sorted keys, so equal settings always give the same digest. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )

export const settingsDigest = (encodedSettings: unknown): string =>
  sha256Hex(new TextEncoder().encode(canonicalJson(encodedSettings))).slice(0, 12)

/** Checks a plugin's settings and builds its rules; a bad setting is a typed failure naming the field. */
export const loadPlugin = (use: PluginUse): Effect.Effect<LoadedPlugin, PluginSettingsInvalid> =>
  Effect.gen(function* () {
    const { plugin } = use
    const settings = yield* Schema.decodeUnknownEffect(plugin.settings)(use.settings, {
      errors: "all",
      onExcessProperty: "error",
    }).pipe(
      Effect.mapError(
        (error) =>
          new PluginSettingsInvalid({
            pluginId: plugin.id,
            issues: formatIssues(error.issue).issues.map((issue) => ({
              path: (issue.path ?? [])
                .map((s) => String(typeof s === "object" && s !== null ? s.key : s))
                .join("."),
              message: issue.message,
            })),
          }),
      ),
    )
    const encoded = yield* Schema.encodeUnknownEffect(plugin.settings)(settings).pipe(Effect.orDie)
    const rules = plugin.rules(settings)
    const provides = plugin.provides
    const missing = provides.filter((port) => rules[port] === undefined)
    if (missing.length > 0)
      return yield* Effect.die(
        new Error(`Plugin ${plugin.id} declares ${missing.join(", ")} but gives no rules for it`),
      )
    const exporters = yield* Effect.try({
      try: () => (plugin.exporters?.(settings) ?? []).map((e) => defineExporter(e)),
      catch: (cause) =>
        new PluginSettingsInvalid({
          pluginId: plugin.id,
          issues: [
            { path: "exporters", message: String(cause instanceof Error ? cause.message : cause) },
          ],
        }),
    })
    return {
      exporters,
      id: plugin.id,
      version: plugin.version,
      description: plugin.description,
      provides: plugin.provides,
      ref: { id: plugin.id, version: `${plugin.version}+${settingsDigest(encoded)}` },
      settings,
      rules,
    }
  })
