import { createReadStream } from "node:fs"
import { type FileHandle, mkdir, open, rename, rm } from "node:fs/promises"
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

/**
 * Export files in a directory. Each is written as `<name>.partial` and renamed to its name
 * only on commit, so a reader of the directory never takes a cancelled or failed export for a
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
            const partial = `${final}.partial`
            const state = { open: true, committed: false }
            const handle = yield* Effect.acquireRelease(
              // A run taken over from a process that died finds its partial file, and starts it again.
              Effect.promise(() => open(partial, "w")),
              (handle) =>
                Effect.gen(function* () {
                  if (state.open) yield* Effect.promise(() => handle.close())
                  if (!state.committed) yield* Effect.promise(() => rm(partial, { force: true }))
                }),
            )
            return {
              write: (bytes) => writeAll(handle, bytes),
              commit: Effect.gen(function* () {
                yield* Effect.promise(() => handle.sync())
                state.open = false
                yield* Effect.promise(() => handle.close())
                yield* Effect.promise(() => rename(partial, final))
                state.committed = true
                return fileName
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
