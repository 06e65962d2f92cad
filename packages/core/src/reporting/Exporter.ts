import type { Schema, Stream } from "effect"
import type { Role } from "../model/Actor.ts"
import type { CouncilId } from "../model/Ids.ts"
import type { ExportSource } from "../ports/ExportSource.ts"
import type { ReportingFacts } from "../ports/ReportingFacts.ts"
import type { ReturnsSource } from "../ports/ReturnsSource.ts"
import { type ExportFormat, exportFormats } from "./ExportFormat.ts"

/** What one cell of an export holds: every format can write these without a type of its own. */
export type Cell = string | number | boolean | null

/** A flat record keyed by column key; a missing key is written as an empty cell. */
export type ExportRow = Readonly<Record<string, Cell>>

export interface ExportColumn {
  /** The row's key, and the field name in JSON Lines. */
  readonly key: string
  /** The column's title in CSV and XLSX. */
  readonly header: string
}

/** What the platform tells an exporter about the run it serves. */
export interface ExportContext {
  readonly councilId: CouncilId
}

/**
 * A named, versioned export. Rows come as a stream read from the database in pages, so memory
 * stays flat whatever the size. An aggregate exporter (`personLevel: false`) must publish only
 * tables suppressed with `suppressTable`; a person-level one is never run for an aggregate-only
 * role, whatever its `roles` say.
 */
export interface Exporter<P = unknown> {
  /** A lower-case slug, unique in a deployment: `budgets`, `ascof-3d`. */
  readonly id: string
  /** Semantic version, recorded with every run so a file can be traced to the code that made it. */
  readonly version: string
  readonly description: string
  readonly parameters: Schema.Decoder<P>
  /** The roles that may run it. */
  readonly roles: ReadonlyArray<Role>
  /** Whether any row describes one person (or could be linked to one). */
  readonly personLevel: boolean
  readonly formats: ReadonlyArray<ExportFormat>
  readonly columns: ReadonlyArray<ExportColumn>
  rows(
    parameters: P,
    context: ExportContext,
  ): Stream.Stream<ExportRow, never, ExportSource | ReportingFacts | ReturnsSource>
}

/**
 * An exporter whatever its parameters, as a deployment lists them. Its parameters are typed
 * inside the exporter and decoded by the platform before `rows` sees them.
 */
export type AnyExporter = Exporter<unknown>

/** Roles that may see figures but never people: they run aggregate exporters only. */
export const AGGREGATE_ONLY_ROLES: ReadonlyArray<Role> = ["commissioner"]

const slug = /^[a-z0-9][a-z0-9-]{0,62}$/
const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/

/**
 * Checks an exporter's definition once, when a deployment is put together: a mistake here is
 * the deployment's, so it stops startup with a clear message rather than failing a user's run.
 */
export const defineExporter = <P>(exporter: Exporter<P>): Exporter<P> => {
  const problems: Array<string> = []
  if (!slug.test(exporter.id)) problems.push("its id must be a lower-case slug")
  if (!semver.test(exporter.version)) problems.push("its version must be a semantic version")
  if (exporter.roles.length === 0) problems.push("it must name the roles that may run it")
  if (exporter.formats.length === 0) problems.push("it must support at least one format")
  if (exporter.formats.some((f) => !exportFormats.includes(f)))
    problems.push(`its formats must be among ${exportFormats.join(", ")}`)
  if (exporter.columns.length === 0) problems.push("it must have at least one column")
  if (exporter.formats.includes("ndjson") && exporter.columns.length !== 1)
    problems.push("it writes NDJSON, so it must have one column: the document of each line")
  const keys = new Set(exporter.columns.map((c) => c.key))
  if (keys.size !== exporter.columns.length) problems.push("its column keys must be distinct")
  if (exporter.personLevel) {
    const aggregateOnly = exporter.roles.filter((r) => AGGREGATE_ONLY_ROLES.includes(r))
    if (aggregateOnly.length > 0)
      problems.push(`it is person-level, so ${aggregateOnly.join(", ")} may not run it`)
  }
  if (problems.length > 0)
    throw new Error(`Exporter ${JSON.stringify(exporter.id)}: ${problems.join("; ")}`)
  return exporter
}
