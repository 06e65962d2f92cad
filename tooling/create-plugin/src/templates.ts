import { readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"

/** The plugin's files live in `template/` as text, so no tool mistakes them for this package's code. */
const templateDir = fileURLToPath(new URL("../template/", import.meta.url))

const listFiles = (directory: string): Array<string> =>
  readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(directory, entry.name)) : [join(directory, entry.name)],
  )

/** The files of a new plugin package, by path inside it. */
export const pluginFiles = (name: string): Record<string, string> => {
  const id = `openpb/${name}`
  const pkg = `@openpb/plugin-${name}`
  const title = name
    .split("-")
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(" ")
  const camel = name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())
  const fill = (text: string) =>
    text
      .replaceAll("__PACKAGE__", pkg)
      .replaceAll("__ID__", id)
      .replaceAll("__TITLE__", title)
      .replaceAll("__EXPORT__", camel)
      .replaceAll("__NAME__", name)
  const files: Record<string, string> = {
    "package.json": `${JSON.stringify(
      {
        name: pkg,
        version: "0.1.0",
        description: `${title}: an OpenPB policy plugin`,
        license: "MIT",
        type: "module",
        exports: {
          ".": {
            "@openpb/source": "./src/index.ts",
            types: "./dist/index.d.ts",
            default: "./dist/index.js",
          },
          "./internal/*": null,
          "./package.json": "./package.json",
        },
        files: ["dist", "src", "README.md"],
        scripts: {
          build: "tsc -p tsconfig.build.json",
          typecheck: "tsc --noEmit",
          lint: "biome check .",
          test: "vitest run",
        },
        peerDependencies: { "@openpb/plugin-sdk": "workspace:*", effect: "catalog:" },
        devDependencies: {
          "@openpb/plugin-sdk": "workspace:*",
          "@openpb/plugin-testkit": "workspace:*",
          "@openpb/vitest-config": "workspace:*",
          "@types/node": "catalog:",
          effect: "catalog:",
          "fast-check": "catalog:",
          typescript: "catalog:",
          vitest: "catalog:",
        },
      },
      null,
      2,
    )}\n`,
  }
  for (const file of listFiles(templateDir))
    files[relative(templateDir, file).replace(/\.txt$/, "")] = fill(readFileSync(file, "utf8"))
  return files
}
