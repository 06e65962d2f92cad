// The breaking-change check (graphql-inspector is a development dependency, so this lives with
// the tests); `pnpm test` runs it through schemaCompatibility.test.ts, `schema:check` prints it.
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { type Change, CriticalityLevel, diff } from "@graphql-inspector/core"
import { buildSchema } from "graphql"

/** One changeset file of `.changeset/`: its name and its text. */
export interface ChangesetFile {
  readonly name: string
  readonly text: string
}

export interface CompatibilityReport {
  /** False when a breaking change is not declared by a major changeset. */
  readonly ok: boolean
  readonly breaking: ReadonlyArray<Change>
  readonly dangerous: ReadonlyArray<Change>
  readonly safe: ReadonlyArray<Change>
  /** The changesets declaring a major bump of the package. */
  readonly majorChangesets: ReadonlyArray<string>
  /** What to print: the breaking (and dangerous) changes, and what to do about them. */
  readonly text: string
}

/** The package bumps a changeset declares in its front matter (`"@openpb/graphql": major`). */
export const changesetBumps = (text: string): ReadonlyMap<string, string> => {
  const frontMatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? ""
  const bumps = new Map<string, string>()
  for (const line of frontMatter.split(/\r?\n/)) {
    const match = /^\s*(["']?)([^"':\s]+)\1\s*:\s*(major|minor|patch|none)\s*$/.exec(line)
    if (match?.[2] && match[3]) bumps.set(match[2], match[3])
  }
  return bumps
}

/** The changesets waiting in a `.changeset` directory (its Markdown files but the README). */
export const readChangesets = (directory: string): ReadonlyArray<ChangesetFile> =>
  existsSync(directory)
    ? readdirSync(directory)
        .filter((name) => name.endsWith(".md") && name.toLowerCase() !== "readme.md")
        .sort()
        .map((name) => ({ name, text: readFileSync(join(directory, name), "utf8") }))
    : []

const line = (change: Change) =>
  `  - ${change.message}${change.path ? ` (at ${change.path})` : ""} [${change.type}]`

/**
 * Compares the schema about to be released with the last released one (graphql-inspector's
 * diff). A breaking change passes only when a changeset declares a major bump of `packageName`.
 */
export const checkSchemaCompatibility = async (options: {
  readonly released: string
  readonly current: string
  readonly changesets: ReadonlyArray<ChangesetFile>
  readonly packageName?: string
}): Promise<CompatibilityReport> => {
  const packageName = options.packageName ?? "@openpb/graphql"
  const changes = await diff(buildSchema(options.released), buildSchema(options.current))
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking)
  const dangerous = changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous)
  const safe = changes.filter((c) => c.criticality.level === CriticalityLevel.NonBreaking)
  const majorChangesets = options.changesets
    .filter((changeset) => changesetBumps(changeset.text).get(packageName) === "major")
    .map((changeset) => changeset.name)
  const ok = breaking.length === 0 || majorChangesets.length > 0
  const text = [
    `${changes.length} change(s) against the released schema: ${breaking.length} breaking, ${dangerous.length} dangerous, ${safe.length} safe.`,
    ...(breaking.length > 0 ? ["Breaking:", ...breaking.map(line)] : []),
    ...(dangerous.length > 0 ? ["Dangerous (allowed; tell clients):", ...dangerous.map(line)] : []),
    ...(breaking.length === 0
      ? []
      : ok
        ? [`Declared by a major changeset for ${packageName}: ${majorChangesets.join(", ")}.`]
        : [
            `A breaking change needs a changeset in .changeset/ declaring "${packageName}": major`,
            "(pnpm changeset), or a schema change that keeps old clients working.",
          ]),
  ].join("\n")
  return { ok, breaking, dangerous, safe, majorChangesets, text }
}

/** The repository's own check: packages/graphql/schema.graphql against schema.released.graphql. */
export const checkCommittedSchema = () => {
  const packageDir = new URL("../", import.meta.url)
  return checkSchemaCompatibility({
    released: readFileSync(new URL("schema.released.graphql", packageDir), "utf8"),
    current: readFileSync(new URL("schema.graphql", packageDir), "utf8"),
    changesets: readChangesets(fileURLToPath(new URL("../../.changeset", packageDir))),
  })
}
