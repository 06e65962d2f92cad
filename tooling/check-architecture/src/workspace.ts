import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"

export interface WorkspacePackage {
  readonly name: string
  /** Path from the workspace root, e.g. `packages/core`. */
  readonly directory: string
  readonly dependencies: ReadonlyArray<string>
  readonly devDependencies: ReadonlyArray<string>
  /** Every TypeScript file with what it imports, split into runtime code and tests. */
  readonly files: ReadonlyArray<{
    readonly path: string
    readonly isTest: boolean
    readonly imports: ReadonlyArray<string>
    /** Specifiers imported only for their types. */
    readonly typeImports?: ReadonlyArray<string>
  }>
}

const groups = ["apps", "packages", "packages/plugins", "tooling"]

const importPattern =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^import\s+["']([^"']+)["']/gm

const typeImportPattern = /(?:^|[\s;])(?:import|export)\s+type\s[^'"]*?from\s*["']([^"']+)["']/gm

/** Specifiers imported only for their types (`import type ... from`), erased at run time. */
export const typeImportsOf = (source: string): ReadonlyArray<string> =>
  [...source.matchAll(typeImportPattern)].map((m) => m[1] ?? "")

export const importsOf = (source: string): ReadonlyArray<string> =>
  [...source.matchAll(importPattern)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? "")
    .filter((s) => s.length > 0)

/** The package a specifier names (`@scope/name/sub` -> `@scope/name`), or undefined for a relative one. */
export const packageOf = (specifier: string): string | undefined => {
  if (specifier.startsWith(".") || specifier.startsWith("/")) return undefined
  const parts = specifier.split("/")
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]
}

const walk = (directory: string): ReadonlyArray<string> =>
  readdirSync(directory).flatMap((entry) => {
    if (entry === "node_modules" || entry === "dist" || entry.startsWith(".")) return []
    const path = join(directory, entry)
    if (statSync(path).isDirectory()) return walk(path)
    return /\.(ts|tsx|mts)$/.test(entry) && !entry.endsWith(".d.ts") ? [path] : []
  })

const isTestPath = (path: string) =>
  /(^|\/)(test|tests|__tests__)\//.test(path) ||
  /\.(test|spec|bench)\.tsx?$/.test(path) ||
  /vitest\.config\.ts$/.test(path)

export const readWorkspace = (root: string): ReadonlyArray<WorkspacePackage> =>
  groups.flatMap((group) => {
    const base = join(root, group)
    let entries: Array<string>
    try {
      entries = readdirSync(base)
    } catch {
      return []
    }
    return entries.flatMap((entry) => {
      const directory = join(base, entry)
      let manifest: {
        name: string
        dependencies?: object
        devDependencies?: object
        peerDependencies?: object
      }
      try {
        manifest = JSON.parse(readFileSync(join(directory, "package.json"), "utf8"))
      } catch {
        return []
      }
      return [
        {
          name: manifest.name,
          directory: relative(root, directory),
          dependencies: [
            ...Object.keys(manifest.dependencies ?? {}),
            ...Object.keys(manifest.peerDependencies ?? {}),
          ],
          devDependencies: Object.keys(manifest.devDependencies ?? {}),
          files: walk(directory).map((path) => {
            const rel = relative(directory, path)
            const source = readFileSync(path, "utf8")
            return {
              path: relative(root, path),
              isTest: isTestPath(rel),
              imports: importsOf(source),
              typeImports: typeImportsOf(source),
            }
          }),
        },
      ]
    })
  })
