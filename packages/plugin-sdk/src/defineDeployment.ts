import { type AnyExporter, DecisionReplay, type PolicyServices } from "@openpb/core"
import { Context, Effect, Exit, Layer, Schema } from "effect"
import { type AnyPlugin, type LoadedPlugin, loadPlugin, type PluginUse } from "./definePlugin.ts"
import {
  type DeploymentError,
  DeploymentInvalid,
  type NationalFloorTightened,
  PluginSettingsInvalid,
  PortConflict,
  PortMissing,
} from "./errors.ts"
import {
  checkNationalFloors,
  type FloorCheck,
  type FloorInput,
  floorsFor,
  Nation,
  type NationalFloor,
  recordBeyondFloor,
} from "./nationalFloor.ts"
import { optionalPorts, type PortName, portNames, portServices, sharedPorts } from "./ports.ts"
import { decisionReplayFor } from "./replay.ts"
import { checkVocabulary } from "./vocabulary.ts"
import { type Providers, policyContext } from "./services.ts"

/** Who runs the deployment. The id is the council every actor and row is scoped to. */
export const CouncilIdentity = Schema.Struct({
  id: Schema.String.check(Schema.isPattern(/^[a-z0-9][a-z0-9-]{1,62}$/)),
  name: Schema.NonEmptyString,
  nation: Nation,
})
export type CouncilIdentity = typeof CouncilIdentity.Type

export interface DeploymentDefinition {
  readonly council: CouncilIdentity
  /** The plugins, in order of precedence where a shared port takes the first answer. */
  readonly plugins: ReadonlyArray<PluginUse>
  /** Which plugin answers a port that two of them provide. */
  readonly choose?: Partial<Record<PortName, string>>
  /**
   * Plugin versions (with their settings) the deployment used before: kept so the decisions
   * they made can be replayed exactly. They answer nothing else.
   */
  readonly retired?: ReadonlyArray<PluginUse>
  /**
   * Plugins stating the nation's statutory floor that the deployment does not list (another
   * plugin answers all their ports): it is held to them all the same. A listed plugin that
   * states a floor for the council's nation holds the deployment without being named here.
   */
  readonly floors?: ReadonlyArray<AnyPlugin>
}

/** A deployment with its settings checked and every port given its plugin(s). */
export interface ResolvedDeployment {
  readonly council: CouncilIdentity
  readonly plugins: ReadonlyArray<LoadedPlugin>
  readonly retired: ReadonlyArray<LoadedPlugin>
  readonly providers: Providers
  /** Which plugin answers each port, for the startup log and the API. */
  readonly manifest: ReadonlyArray<{
    readonly port: PortName
    readonly plugins: ReadonlyArray<string>
  }>
  /** Every exporter the deployment's plugins offer, by id (two with one id stop startup). */
  readonly exporters: ReadonlyArray<AnyExporter>
  /** Each rule held to the nation's statutory floor, and by which plugin, for the startup log. */
  readonly floors: ReadonlyArray<FloorCheck>
}

export interface Deployment {
  readonly definition: DeploymentDefinition
  readonly resolve: Effect.Effect<ResolvedDeployment, DeploymentError>
  /** Core's policy services; building it fails with a message naming the port at fault. */
  readonly layer: Layer.Layer<PolicyServices, DeploymentError>
}

const choosePorts = (
  definition: DeploymentDefinition,
  plugins: ReadonlyArray<LoadedPlugin>,
): Effect.Effect<Providers, PortMissing | PortConflict | DeploymentInvalid> =>
  Effect.gen(function* () {
    const exclusive: Partial<Record<PortName, LoadedPlugin>> = {}
    const shared: Partial<Record<PortName, ReadonlyArray<LoadedPlugin>>> = {}
    for (const [port, chosen] of Object.entries(definition.choose ?? {})) {
      const plugin = plugins.find((p) => p.id === chosen)
      if (plugin === undefined)
        return yield* new DeploymentInvalid({
          reason: `choose.${port} names ${chosen}, which is not one of the deployment's plugins`,
        })
      if (!plugin.provides.includes(port as PortName))
        return yield* new DeploymentInvalid({
          reason: `choose.${port} names ${chosen}, which does not provide ${port}`,
        })
    }
    for (const port of portNames) {
      const chosen = definition.choose?.[port]
      const candidates = plugins.filter(
        (p) => p.provides.includes(port) && (chosen === undefined || p.id === chosen),
      )
      const first = candidates[0]
      if (first === undefined && !optionalPorts.has(port))
        return yield* new PortMissing({ port, service: portServices[port].key })
      if (sharedPorts.has(port)) shared[port] = candidates
      else if (first === undefined) continue
      else if (candidates.length > 1)
        return yield* new PortConflict({ port, pluginIds: candidates.map((p) => p.id) })
      else exclusive[port] = first
    }
    return { exclusive, shared }
  })

/** The floor plugins holding the deployment, each loaded with its national (default) settings. */
const floorsOf = (
  nation: Nation,
  definition: DeploymentDefinition,
): Effect.Effect<ReadonlyArray<Omit<FloorInput, "providers">>, DeploymentInvalid> =>
  Effect.gen(function* () {
    for (const plugin of definition.floors ?? [])
      if (plugin.nationalFloor?.nation !== nation)
        return yield* new DeploymentInvalid({
          reason: `floors lists ${plugin.id}, which states no national floor for ${nation}`,
        })
    const floorPlugins = floorsFor(nation, [
      ...definition.plugins.map((use) => use.plugin),
      ...(definition.floors ?? []),
    ])
    return yield* Effect.forEach(floorPlugins, (plugin) =>
      // Its defaults were loaded when the plugin was defined, so this cannot fail.
      Effect.orDie(loadPlugin(plugin.with())).pipe(
        Effect.map((floor) => ({
          nation,
          floor,
          declared: plugin.nationalFloor as NationalFloor,
        })),
      ),
    )
  })

/**
 * Declares a council's deployment: its identity and the plugins that carry its rules. Nothing
 * is checked until it is resolved (at startup), so the error names the exact port or setting.
 */
export const defineDeployment = (definition: DeploymentDefinition): Deployment => {
  // The floors are compared once per deployment: the rules are pure and the settings fixed, and
  // the host resolves a deployment more than once as it starts.
  let floorVerdict: Exit.Exit<ReadonlyArray<FloorCheck>, NationalFloorTightened> | undefined
  const resolve = Effect.gen(function* () {
    const council = yield* Schema.decodeUnknownEffect(CouncilIdentity)(definition.council).pipe(
      Effect.mapError((error) => new DeploymentInvalid({ reason: `council: ${error.message}` })),
    )
    const ids = definition.plugins.map((use) => use.plugin.id)
    const twice = ids.find((id, i) => ids.indexOf(id) !== i)
    if (twice !== undefined)
      return yield* new DeploymentInvalid({ reason: `the plugin ${twice} is listed twice` })
    const floorPlugins = yield* floorsOf(council.nation, definition)
    // Needs met beyond the national floor are recorded as met under the council's powers, by
    // every version that may answer or replay an eligibility decision.
    const plugins = (yield* Effect.forEach(definition.plugins, loadPlugin)).map((p) =>
      recordBeyondFloor(p, floorPlugins),
    )
    const retired = (yield* Effect.forEach(definition.retired ?? [], loadPlugin)).map((p) =>
      recordBeyondFloor(p, floorPlugins),
    )
    const providers = yield* choosePorts(definition, plugins)
    yield* Effect.forEach(providers.shared.vocabulary ?? [], checkVocabulary)
    const manifest = portNames.map((port) => ({
      port,
      plugins: (sharedPorts.has(port)
        ? (providers.shared[port] ?? [])
        : [providers.exclusive[port]].filter((p) => p !== undefined)
      ).map((p) => `${p.id}@${p.ref.version}`),
    }))
    const exporters = plugins.flatMap((p) => p.exporters)
    const exporterIds = exporters.map((e) => e.id)
    const sharedId = exporterIds.find((id, i) => exporterIds.indexOf(id) !== i)
    if (sharedId !== undefined)
      return yield* new DeploymentInvalid({ reason: `two plugins offer the exporter ${sharedId}` })
    const verdict =
      floorVerdict ?? (yield* Effect.exit(checkNationalFloors(floorPlugins, providers)))
    if (!Exit.hasInterrupts(verdict)) floorVerdict = verdict
    const floors = yield* verdict
    return { council, plugins, retired, providers, manifest, exporters, floors }
  })
  return {
    definition,
    resolve,
    layer: Layer.effectContext(
      Effect.map(resolve, (resolved) =>
        Context.add(policyContext(resolved.providers), DecisionReplay, decisionReplayFor(resolved)),
      ),
    ),
  }
}

export { PluginSettingsInvalid }
