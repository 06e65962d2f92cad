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

export type DeploymentError = PluginSettingsInvalid | PortMissing | PortConflict | DeploymentInvalid
