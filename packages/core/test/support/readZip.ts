import { crc32 } from "node:zlib"

export interface ZipEntry {
  readonly name: string
  readonly flags: number
  readonly data: Uint8Array
}

const fail = (message: string): never => {
  throw new Error(`zip: ${message}`)
}

/**
 * A strict reader of stored (uncompressed) zip archives, written from the specification and
 * checking CRCs with Node's own zlib, so the writer is not checked against itself.
 */
export const readZip = (bytes: Uint8Array): ReadonlyArray<ZipEntry> => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = bytes.length - 22
  if (end < 0 || view.getUint32(end, true) !== 0x06054b50) fail("no end of central directory")
  const count = view.getUint16(end + 10, true)
  const directorySize = view.getUint32(end + 12, true)
  let at = view.getUint32(end + 16, true)
  if (at + directorySize !== end) fail("central directory does not end where its end record starts")
  const entries: Array<ZipEntry> = []
  for (let n = 0; n < count; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) fail("bad central header")
    const flags = view.getUint16(at + 8, true)
    if (view.getUint16(at + 10, true) !== 0) fail("entry is not stored")
    const crc = view.getUint32(at + 16, true)
    const size = view.getUint32(at + 20, true)
    if (view.getUint32(at + 24, true) !== size) fail("stored sizes differ")
    const nameLength = view.getUint16(at + 28, true)
    const skip = view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    const offset = view.getUint32(at + 42, true)
    const name = new TextDecoder("utf-8", { fatal: true }).decode(
      bytes.subarray(at + 46, at + 46 + nameLength),
    )
    if (view.getUint32(offset, true) !== 0x04034b50) fail(`bad local header for ${name}`)
    if (view.getUint16(offset + 6, true) !== flags) fail(`flags differ for ${name}`)
    const localName = view.getUint16(offset + 26, true)
    const start = offset + 30 + localName + view.getUint16(offset + 28, true)
    const data = bytes.subarray(start, start + size)
    if (crc32(data) !== crc) fail(`CRC mismatch for ${name}`)
    if (flags & 0x08) {
      const d = start + size
      if (view.getUint32(d, true) !== 0x08074b50) fail(`no data descriptor after ${name}`)
      if (view.getUint32(d + 4, true) !== crc || view.getUint32(d + 8, true) !== size)
        fail(`data descriptor of ${name} disagrees with the central directory`)
    } else if (
      view.getUint32(offset + 14, true) !== crc ||
      view.getUint32(offset + 22, true) !== size
    )
      fail(`local header of ${name} disagrees with the central directory`)
    entries.push({ name, flags, data })
    at += 46 + nameLength + skip
  }
  return entries
}
