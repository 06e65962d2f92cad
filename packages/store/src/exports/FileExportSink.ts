import { createReadStream } from "node:fs"
import { createHash, randomUUID } from "node:crypto"
import { type FileHandle, mkdir, open, readdir, rename, rm } from "node:fs/promises"
import { join } from "node:path"
import { ExportSink } from "@openpb/core"
import { Effect, Layer, Stream } from "effect"

/** Names core gives files: `<exporter>-<run id>.<ext>`; anything else could leave the directory. */
const safeName = /^[a-z0-9][a-z0-9.-]{0,200}$/

const writeAll = (handle: FileHandle, bytes: Uint8Array): Effect.Effect<void> =>
  Effect.promise(() => handle.write(bytes, 0, bytes.length)).pipe(
    Effect.flatMap(({ bytesWritten }) =>
      bytesWritten < bytes.length ? writeAll(handle, bytes.subarray(bytesWritten)) : Effect.void,
    ),
  )

const removePartialsOf = async (directory: string, fileName: string) => {
  for (const name of await readdir(directory))
    if (name.startsWith(`${fileName}.`) && name.endsWith(".partial"))
      await rm(join(directory, name), { force: true })
}

/**
 * Export files in a directory. Each is written as `<name>.<attempt>.partial` and renamed to
 * its name only on commit, so a reader of the directory never takes a cancelled or failed export for a
 * complete one: the partial file is removed when its scope closes uncommitted. A failed disk
 * write is a defect: the run is recorded as failed.
 */
export const layerFileExportSink = (directory: string) =>
  Layer.effect(
    ExportSink,
    Effect.gen(function* () {
      yield* Effect.promise(() => mkdir(directory, { recursive: true }))
      return ExportSink.of({
        open: (fileName) =>
          Effect.gen(function* () {
            if (!safeName.test(fileName))
              return yield* Effect.die(new Error(`Unsafe export file name ${fileName}`))
            const final = join(directory, fileName)
            // Each attempt its own partial file: a run taken over from a process that stopped
            // (or paused) starts a file of its own, and never writes into the other's.
            const partial = `${final}.${randomUUID().slice(0, 8)}.partial`
            const state = { open: true, committed: false }
            const handle = yield* Effect.acquireRelease(
              Effect.promise(() => open(partial, "wx")),
              (handle) =>
                Effect.gen(function* () {
                  if (state.open) yield* Effect.promise(() => handle.close())
                  if (!state.committed) yield* Effect.promise(() => rm(partial, { force: true }))
                }),
            )
            const hash = createHash("sha256")
            return {
              write: (bytes) =>
                Effect.suspend(() => {
                  hash.update(bytes)
                  return writeAll(handle, bytes)
                }),
              commit: Effect.gen(function* () {
                yield* Effect.promise(() => handle.sync())
                state.open = false
                yield* Effect.promise(() => handle.close())
                yield* Effect.promise(() => rename(partial, final))
                state.committed = true
                // What attempts that died left of this file goes with the one that finished.
                yield* Effect.promise(() => removePartialsOf(directory, fileName))
                return { location: fileName, checksumSha256: hash.digest("hex") }
              }).pipe(Effect.uninterruptible),
            }
          }),
        read: (location) =>
          safeName.test(location)
            ? Stream.fromAsyncIterable(
                createReadStream(join(directory, location), { highWaterMark: 64 * 1024 }),
                (cause) => new Error(`Cannot read export ${location}: ${String(cause)}`),
              ).pipe(
                Stream.map((chunk) => new Uint8Array(chunk as Buffer)),
                Stream.orDie,
              )
            : Stream.die(new Error(`Unsafe export location ${location}`)),
      })
    }),
  )
