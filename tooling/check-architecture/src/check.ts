import { builtinModules } from "node:module"
import { isApp, ruleFor } from "./rules.ts"
import { packageOf, type WorkspacePackage } from "./workspace.ts"

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])

/** Every edge against the layer rule, and every workspace cycle, as sentences. */
export const checkArchitecture = (
  packages: ReadonlyArray<WorkspacePackage>,
): ReadonlyArray<string> => {
  const problems: Array<string> = []
  const byName = new Map(packages.map((p) => [p.name, p]))
  const appNames = new Set(packages.filter((p) => isApp(p.directory)).map((p) => p.name))

  for (const pkg of packages) {
    const app = isApp(pkg.directory)
    const rule = ruleFor(pkg.name)
    if (!app && rule === undefined)
      problems.push(`${pkg.name} has no layer rule: add it to tooling/check-architecture`)
    const declared = (dependency: string) => pkg.dependencies.includes(dependency)
    for (const dependency of pkg.dependencies) {
      if (appNames.has(dependency))
        problems.push(`${pkg.name} depends on the app ${dependency}: nothing imports apps`)
      if (!app && rule && byName.has(dependency) && !rule.mayImport.includes(dependency)) {
        problems.push(`${pkg.name} depends on ${dependency}, which the layer rule forbids`)
      }
    }
    if (pkg.name === "@openpb/core") {
      for (const dev of pkg.devDependencies) {
        if (byName.has(dev) && dev !== "@openpb/vitest-config") {
          problems.push(
            `@openpb/core declares ${dev}: core stays free of other packages, even in its tests`,
          )
        }
      }
    }
    for (const file of pkg.files) {
      for (const specifier of file.imports) {
        const target = packageOf(specifier)
        if (target === undefined || target === pkg.name) continue
        if (appNames.has(target))
          problems.push(`${file.path} imports the app ${target}: nothing imports apps`)
        if (app || rule === undefined) continue
        const isWorkspace = byName.has(target)
        // Types from a development dependency are erased at run time (the client imports AppRouter so).
        const typesOnly =
          (file.typeImports ?? []).includes(specifier) && pkg.devDependencies.includes(target)
        if (file.isTest || typesOnly) {
          if (!declared(target) && !pkg.devDependencies.includes(target) && !builtins.has(target)) {
            problems.push(`${file.path} imports ${target}, which ${pkg.name} does not declare`)
          }
          continue
        }
        if (isWorkspace && !rule.mayImport.includes(target)) {
          problems.push(
            `${file.path} imports ${target}: ${pkg.name} may import only ${rule.mayImport.join(", ") || "no workspace package"}`,
          )
        } else if (!isWorkspace && rule.onlyExternal && !rule.onlyExternal.includes(target)) {
          problems.push(
            `${file.path} imports ${target}: ${pkg.name} may import only ${rule.onlyExternal.join(", ")}`,
          )
        } else if (!isWorkspace && !builtins.has(target) && !declared(target) && !file.isTest) {
          problems.push(
            `${file.path} imports ${target}, which ${pkg.name} does not declare as a dependency`,
          )
        } else if (isWorkspace && !file.isTest && !declared(target)) {
          problems.push(
            `${file.path} imports ${target}, which ${pkg.name} does not declare as a dependency`,
          )
        }
      }
    }
  }
  problems.push(...findCycles(packages))
  return problems
}

const findCycles = (packages: ReadonlyArray<WorkspacePackage>): ReadonlyArray<string> => {
  const names = new Set(packages.map((p) => p.name))
  const edges = new Map(packages.map((p) => [p.name, p.dependencies.filter((d) => names.has(d))]))
  const cycles: Array<string> = []
  const state = new Map<string, "visiting" | "done">()
  const visit = (name: string, trail: ReadonlyArray<string>) => {
    if (state.get(name) === "done") return
    if (state.get(name) === "visiting") {
      cycles.push(`workspace cycle: ${[...trail.slice(trail.indexOf(name)), name].join(" -> ")}`)
      return
    }
    state.set(name, "visiting")
    for (const next of edges.get(name) ?? []) visit(next, [...trail, name])
    state.set(name, "done")
  }
  for (const name of names) visit(name, [])
  return cycles
}
