import type { Actor, Role } from "../model/Actor.ts"
import { Forbidden } from "../model/Errors.ts"
import { AGGREGATE_ONLY_ROLES, type AnyExporter } from "./Exporter.ts"

/**
 * The roles through which the actor may run an exporter: those it names, less the
 * aggregate-only roles when it is person-level. The platform applies the second rule itself,
 * so an exporter that lists `commissioner` by mistake still never shows a commissioner people.
 */
export const exportRolesFor = (actor: Actor, exporter: AnyExporter): ReadonlyArray<Role> =>
  actor.roles.filter(
    (role) =>
      exporter.roles.includes(role) &&
      !(exporter.personLevel && AGGREGATE_ONLY_ROLES.includes(role)),
  )

/** Why the actor may not run the exporter, or undefined when it may. */
export const exportDenial = (actor: Actor, exporter: AnyExporter): Forbidden | undefined => {
  if (exportRolesFor(actor, exporter).length > 0) return undefined
  const aggregateOnly = actor.roles.every((role) => AGGREGATE_ONLY_ROLES.includes(role))
  return exporter.personLevel && aggregateOnly
    ? new Forbidden({
        rule: `export.${exporter.id}: person-level`,
        message: `Export ${exporter.id} describes people; your role (${actor.roles.join(", ")}) may run aggregate reports only`,
      })
    : new Forbidden({
        rule: `export.${exporter.id}: roles`,
        message: `Your role (${actor.roles.join(", ")}) may not run export ${exporter.id}; it is for ${exporter.roles.join(", ")}`,
      })
}
