import { Context, type Effect, type Scope, type Stream } from "effect"

/** A committed file: where it is, and the SHA-256 of its bytes (lower-case hex). */
export interface CommittedExport {
  readonly location: string
  readonly checksumSha256: string
}

/**
 * A file being written: bytes go in order; nothing is visible as complete until `commit`. The
 * sink hashes the bytes as they pass, with its platform's own SHA-256, so the checksum a run
 * records is that of the file as stored.
 */
export interface ExportTarget {
  write(bytes: Uint8Array): Effect.Effect<void>
  /** Publishes the file under its final name and says where it is and what it hashes to. */
  readonly commit: Effect.Effect<CommittedExport>
}

/**
 * Where export files go. A target opened in a scope that closes without `commit` (the export
 * failed or was cancelled) is removed, so a partial file is never presented as complete.
 */
export class ExportSink extends Context.Service<
  ExportSink,
  {
    open(fileName: string): Effect.Effect<ExportTarget, never, Scope.Scope>
    /** The bytes of a committed file, by the location `commit` returned. */
    read(location: string): Stream.Stream<Uint8Array>
  }
>()("@openpb/core/ExportSink") {}
