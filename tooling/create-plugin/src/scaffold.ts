import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { pluginFiles } from "./templates.ts"

export const validName = (name: string) => /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)

/**
 * Writes a new plugin package into `directory`, formatted by the repository's Biome (given as
 * the path of its binary), and refuses a bad name or an existing folder.
 */
export const scaffoldPlugin = (
  name: string,
  directory: string,
  biome: string,
): ReadonlyArray<string> => {
  if (!validName(name))
    throw new Error(
      `"${name}" is not a plugin name: use lower-case words joined by hyphens, e.g. "council-charging"`,
    )
  if (existsSync(directory)) throw new Error(`${directory} already exists`)
  const files = pluginFiles(name)
  for (const [path, content] of Object.entries(files)) {
    const target = join(directory, path)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, content)
  }
  execFileSync(biome, ["format", "--write", "--vcs-use-ignore-file=false", directory], {
    stdio: "ignore",
  })
  return Object.keys(files)
}
