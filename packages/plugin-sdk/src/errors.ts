import { Schema } from "effect"

/** A plugin's settings did not match its schema; the deployment does not start. */
export class PluginSettingsInvalid extends Schema.TaggedError<PluginSettingsInvalid>()(
  "PluginSettingsInvalid",
  {
    pluginId: Schema.String,
    issues: Schema.Array(Schema.Struct({ path: Schema.String, message: Schema.String })),
  },
) {
  override get message() {
    const first = this.issues[0]
    return `Settings for plugin ${this.pluginId} are invalid: ${first ? `${first.path ? `${first.path}: ` : ""}${first.message}` : "rejected"}`
  }
}

/** No plugin of the deployment provides a port core needs. */
export class PortMissing extends Schema.TaggedError<PortMissing>()("PortMissing", {
  port: Schema.String,
  service: Schema.String,
}) {
  override get message() {
    return `No plugin in this deployment provides the port "${this.port}" (${this.service}): add a plugin that provides it`
  }
}

/** Two plugins provide an exclusive port and the deployment did not choose between them. */
export class PortConflict extends Schema.TaggedError<PortConflict>()("PortConflict", {
  port: Schema.String,
  pluginIds: Schema.Array(Schema.String),
}) {
  override get message() {
    return `The port "${this.port}" is provided by ${this.pluginIds.join(" and ")}: choose one with \`choose: { ${this.port}: "<plugin id>" }\``
  }
}

/** The deployment names a plugin that is not in it, or lists one plugin twice. */
export class DeploymentInvalid extends Schema.TaggedError<DeploymentInvalid>()(
  "DeploymentInvalid",
  { reason: Schema.String },
) {
  override get message() {
    return `The deployment is invalid: ${this.reason}`
  }
}

const nationName: Record<string, string> = {
  england: "England",
  scotland: "Scotland",
  wales: "Wales",
  "northern-ireland": "Northern Ireland",
}

/**
 * A plugin of the deployment is stricter than its nation's statutory floor: it refuses someone
 * the national rule makes eligible, or charges more than it allows, or reviews later. The
 * deployment does not start; the message names the plugin, the rule and a person it fails.
 */
export class NationalFloorTightened extends Schema.TaggedError<NationalFloorTightened>()(
  "NationalFloorTightened",
  {
    nation: Schema.String,
    /** The plugin (or, on a shared port, plugins) answering the rule, as decisions record them. */
    plugin: Schema.String,
    /** The plugin stating the floor, with its national settings. */
    floor: Schema.String,
    /** `port.method`, e.g. `eligibility.adult`. */
    rule: Schema.String,
    /** The counterexample in brief: who the person is, in the terms the rule looks at. */
    case: Schema.String,
    /** The counterexample in full: the input both were given. */
    counterexample: Schema.Unknown,
    floorAnswer: Schema.String,
    floorReasons: Schema.Array(Schema.String),
    pluginAnswer: Schema.String,
    pluginReasons: Schema.Array(Schema.String),
  },
) {
  override get message() {
    const nation = nationName[this.nation] ?? this.nation
    const because = (reasons: ReadonlyArray<string>) =>
      reasons.length > 0 ? ` (${reasons.join(" ")})` : ""
    return `${this.plugin} is stricter than ${nation}'s national floor in ${this.rule}, so the deployment does not start. For ${this.case}: the national rule (${this.floor} with its national settings) says ${this.floorAnswer}${because(this.floorReasons)}; ${this.plugin} says ${this.pluginAnswer}${because(this.pluginReasons)}. A council may be more generous than the national rule, never stricter.`
  }
}

export type DeploymentError =
  | PluginSettingsInvalid
  | PortMissing
  | PortConflict
  | DeploymentInvalid
  | NationalFloorTightened
