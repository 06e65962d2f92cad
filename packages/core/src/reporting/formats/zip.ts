import { crc32 } from "./crc32.ts"

/**
 * A zip archive written front to back, for streaming (APPNOTE 6.3.x). Entries are stored, not
 * deflated: core imports nothing but `effect`, and an XLSX stays valid uncompressed. A small
 * entry known whole carries its sizes in its local header; a streamed entry sets flag bit 3 and
 * follows its data with a data descriptor. Times are fixed at 1980-01-01, so the same rows give
 * the same bytes and the same checksum.
 */

const LOCAL_HEADER = 0x04034b50
const DATA_DESCRIPTOR = 0x08074b50
const CENTRAL_HEADER = 0x02014b50
const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const VERSION = 20
const FLAG_UTF8 = 0x0800
const FLAG_DESCRIPTOR = 0x0008
const DOS_DATE_1980_01_01 = 0x0021
/** Without Zip64 an entry, and the archive, stay under 4 GiB. */
export const ZIP_MAX_BYTES = 0xffffffff

interface Entry {
  readonly name: Uint8Array
  readonly flags: number
  readonly offset: number
  crc: number
  size: number
}

const names = new TextEncoder()

export class ZipWriter {
  private readonly entries: Array<Entry> = []
  private offset = 0
  private open: Entry | undefined

  /** Bytes written so far, to check against {@link ZIP_MAX_BYTES}. */
  get bytesWritten(): number {
    return this.offset
  }

  /** A whole entry: local header with its sizes, then its data. */
  file(name: string, data: Uint8Array): Uint8Array {
    const entry = this.begin(name, FLAG_UTF8)
    entry.crc = crc32(data)
    entry.size = data.length
    const header = this.localHeader(entry)
    this.offset += header.length + data.length
    return concat([header, data])
  }

  /** Starts a streamed entry; its data then goes through {@link data}. */
  startEntry(name: string): Uint8Array {
    const entry = this.begin(name, FLAG_UTF8 | FLAG_DESCRIPTOR)
    this.open = entry
    const header = this.localHeader(entry)
    this.offset += header.length
    return header
  }

  data(bytes: Uint8Array): Uint8Array {
    const entry = this.open
    if (entry === undefined) throw new Error("ZipWriter: data outside an entry")
    entry.crc = crc32(bytes, entry.crc)
    entry.size += bytes.length
    this.offset += bytes.length
    return bytes
  }

  /** Ends the streamed entry with its data descriptor. */
  endEntry(): Uint8Array {
    const entry = this.open
    if (entry === undefined) throw new Error("ZipWriter: no entry to end")
    this.open = undefined
    const out = new Uint8Array(16)
    const view = new DataView(out.buffer)
    view.setUint32(0, DATA_DESCRIPTOR, true)
    view.setUint32(4, entry.crc, true)
    view.setUint32(8, entry.size, true)
    view.setUint32(12, entry.size, true)
    this.offset += out.length
    return out
  }

  /** The central directory and its end record. */
  finish(): Uint8Array {
    const start = this.offset
    const headers = this.entries.map((entry) => {
      const out = new Uint8Array(46 + entry.name.length)
      const view = new DataView(out.buffer)
      view.setUint32(0, CENTRAL_HEADER, true)
      view.setUint16(4, VERSION, true)
      view.setUint16(6, VERSION, true)
      view.setUint16(8, entry.flags, true)
      view.setUint16(10, 0, true)
      view.setUint16(12, 0, true)
      view.setUint16(14, DOS_DATE_1980_01_01, true)
      view.setUint32(16, entry.crc, true)
      view.setUint32(20, entry.size, true)
      view.setUint32(24, entry.size, true)
      view.setUint16(28, entry.name.length, true)
      // Extra field, comment, disk number, internal and external attributes: all zero.
      view.setUint32(42, entry.offset, true)
      out.set(entry.name, 46)
      return out
    })
    const directory = concat(headers)
    const end = new Uint8Array(22)
    const view = new DataView(end.buffer)
    view.setUint32(0, END_OF_CENTRAL_DIRECTORY, true)
    view.setUint16(8, this.entries.length, true)
    view.setUint16(10, this.entries.length, true)
    view.setUint32(12, directory.length, true)
    view.setUint32(16, start, true)
    this.offset += directory.length + end.length
    return concat([directory, end])
  }

  private begin(name: string, flags: number): Entry {
    if (this.open !== undefined) throw new Error("ZipWriter: an entry is still open")
    const entry: Entry = { name: names.encode(name), flags, offset: this.offset, crc: 0, size: 0 }
    this.entries.push(entry)
    return entry
  }

  private localHeader(entry: Entry): Uint8Array {
    const out = new Uint8Array(30 + entry.name.length)
    const view = new DataView(out.buffer)
    view.setUint32(0, LOCAL_HEADER, true)
    view.setUint16(4, VERSION, true)
    view.setUint16(6, entry.flags, true)
    view.setUint16(8, 0, true)
    view.setUint16(10, 0, true)
    view.setUint16(12, DOS_DATE_1980_01_01, true)
    // A streamed entry's CRC and sizes are zero here and come in its data descriptor.
    view.setUint32(14, entry.crc, true)
    view.setUint32(18, entry.size, true)
    view.setUint32(22, entry.size, true)
    view.setUint16(26, entry.name.length, true)
    out.set(entry.name, 30)
    return out
  }
}

export const concat = (parts: ReadonlyArray<Uint8Array>): Uint8Array => {
  let length = 0
  for (const part of parts) length += part.length
  const out = new Uint8Array(length)
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
