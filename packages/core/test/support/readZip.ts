import { crc32, inflateRawSync } from "node:zlib"

export interface ZipEntry {
  readonly name: string
  readonly flags: number
  /** 0 stored, 8 deflated. */
  readonly method: number
  readonly data: Uint8Array
}

const fail = (message: string): never => {
  throw new Error(`zip: ${message}`)
}

/**
 * A strict reader of zip archives with stored or deflated entries, written from the
 * specification and inflating and checking CRCs with Node's own zlib, so the writer is not
 * checked against itself.
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
    const method = view.getUint16(at + 10, true)
    if (method !== 0 && method !== 8)
      fail(`entry is neither stored nor deflated (method ${method})`)
    const crc = view.getUint32(at + 16, true)
    const packedSize = view.getUint32(at + 20, true)
    const size = view.getUint32(at + 24, true)
    if (method === 0 && packedSize !== size) fail("stored sizes differ")
    const nameLength = view.getUint16(at + 28, true)
    const skip = view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    const offset = view.getUint32(at + 42, true)
    const name = new TextDecoder("utf-8", { fatal: true }).decode(
      bytes.subarray(at + 46, at + 46 + nameLength),
    )
    if (view.getUint32(offset, true) !== 0x04034b50) fail(`bad local header for ${name}`)
    if (view.getUint16(offset + 6, true) !== flags) fail(`flags differ for ${name}`)
    if (view.getUint16(offset + 8, true) !== method) fail(`methods differ for ${name}`)
    const localName = view.getUint16(offset + 26, true)
    const start = offset + 30 + localName + view.getUint16(offset + 28, true)
    const packed = bytes.subarray(start, start + packedSize)
    const data = method === 8 ? new Uint8Array(inflateRawSync(packed)) : packed
    if (data.length !== size) fail(`size of ${name} is not what the central directory says`)
    if (crc32(data) !== crc) fail(`CRC mismatch for ${name}`)
    if (flags & 0x08) {
      const d = start + packedSize
      if (view.getUint32(d, true) !== 0x08074b50) fail(`no data descriptor after ${name}`)
      if (
        view.getUint32(d + 4, true) !== crc ||
        view.getUint32(d + 8, true) !== packedSize ||
        view.getUint32(d + 12, true) !== size
      )
        fail(`data descriptor of ${name} disagrees with the central directory`)
    } else if (
      view.getUint32(offset + 14, true) !== crc ||
      view.getUint32(offset + 18, true) !== packedSize ||
      view.getUint32(offset + 22, true) !== size
    )
      fail(`local header of ${name} disagrees with the central directory`)
    entries.push({ name, flags, method, data })
    at += 46 + nameLength + skip
  }
  return entries
}
