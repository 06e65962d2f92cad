import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import type { PGlite } from "@electric-sql/pglite"
import { Schema } from "effect"

/**
 * A new embedded database starts from a template: a copy of an empty database already
 * created and migrated, made once per PGlite version and set of migrations. Creating a PGlite
 * cluster (its initdb) and running every migration takes seconds; unpacking the template takes
 * a fraction of that, for `pnpm start` on a new data directory and for every test database.
 * The template is a cache: when it is missing or unreadable the database is created as before,
 * and the first such start leaves a template behind for the next.
 */

const templateDirectory = () =>
  process.env.OPENPB_PGLITE_TEMPLATE_DIR ?? join(tmpdir(), "openpb-pglite-templates")

const readManifest = Schema.decodeUnknownSync(
  Schema.fromJsonString(
    Schema.Struct({
      name: Schema.optionalKey(Schema.String),
      version: Schema.optionalKey(Schema.String),
    }),
  ),
)

const pgliteVersion = (): string => {
  let dir = dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"))
  for (;;) {
    const manifest = join(dir, "package.json")
    if (existsSync(manifest)) {
      const { name, version } = readManifest(readFileSync(manifest, "utf8"))
      if (name === "@electric-sql/pglite" && version !== undefined) return version
    }
    const parent = dirname(dir)
    if (parent === dir) return "unknown"
    dir = parent
  }
}

/** The migrations' own files, so a template never outlives a change to one of them. */
const migrationsFingerprint = (): string => {
  const hash = createHash("sha256")
  const directory = fileURLToPath(new URL("./migrations/", import.meta.url))
  for (const name of readdirSync(directory).sort()) {
    hash.update(name)
    hash.update(readFileSync(join(directory, name)))
  }
  return hash.digest("hex").slice(0, 16)
}

let file: string | undefined
const templateFile = () => {
  file ??= join(templateDirectory(), `pglite-${pgliteVersion()}-${migrationsFingerprint()}.tar.gz`)
  return file
}

/** Whether a data directory holds no database yet (in memory always starts empty). */
export const isNewDataDir = (dataDir: string | undefined) =>
  dataDir === undefined || !existsSync(join(dataDir, "PG_VERSION"))

/** The template for this PGlite and these migrations, if one has been made. */
export const readTemplate = async (): Promise<Blob | undefined> => {
  try {
    const image = await readFile(templateFile())
    // A gzip stream, else it is not one of ours: the database is made without it.
    return image[0] === 0x1f && image[1] === 0x8b ? new Blob([image]) : undefined
  } catch {
    return undefined
  }
}

/**
 * Keeps a freshly migrated, still empty database as the template. Written under a name of its
 * own and renamed into place, so a reader never sees half a file when processes race; a failure
 * only means the next new database is created the slow way.
 */
export const saveTemplate = async (db: PGlite): Promise<void> => {
  const target = templateFile()
  const partial = `${target}.${process.pid}.${Date.now()}.partial`
  try {
    const dump = await db.dumpDataDir("gzip")
    await mkdir(dirname(target), { recursive: true })
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()))
    await rename(partial, target)
  } catch {
    await rm(partial, { force: true })
  }
}
