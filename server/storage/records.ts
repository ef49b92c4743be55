/**
 * @module
 * Framing of the bytes the file store writes: each update in a log and the snapshot are prefixed by
 * their length and CRC-32, so that a write torn by a crash is recognised and never applied.
 */
import { crc32 } from 'node:zlib'

export const RECORD_HEADER_BYTES = 8
const SNAPSHOT_MAGIC = Buffer.from('OSYS', 'ascii')
const SNAPSHOT_HEADER_BYTES = SNAPSHOT_MAGIC.byteLength + 4

export function encodeRecord(payload: Uint8Array): Buffer {
  const record = Buffer.allocUnsafe(RECORD_HEADER_BYTES + payload.byteLength)
  record.writeUInt32LE(payload.byteLength, 0)
  record.writeUInt32LE(crc32(payload), 4)
  record.set(payload, RECORD_HEADER_BYTES)
  return record
}

export interface DecodedLog {
  records: Uint8Array[]
  /** Bytes from the start that hold whole, intact records; anything after them is a torn tail. */
  validBytes: number
}

export function decodeLog(bytes: Uint8Array): DecodedLog {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const records: Uint8Array[] = []
  let offset = 0
  while (offset + RECORD_HEADER_BYTES <= view.byteLength) {
    const length = view.readUInt32LE(offset)
    const checksum = view.readUInt32LE(offset + 4)
    const end = offset + RECORD_HEADER_BYTES + length
    // No Yjs update is empty, and a crash can leave a file's tail zero-filled, which would otherwise
    // read as empty records (length 0, CRC-32 0) that no document can apply.
    if (length === 0 || end > view.byteLength) break
    const payload = view.subarray(offset + RECORD_HEADER_BYTES, end)
    if (crc32(payload) !== checksum) break
    records.push(payload)
    offset = end
  }
  return { records, validBytes: offset }
}

export interface Snapshot {
  /** Every log generation up to and including this one is contained in the snapshot. */
  coversGeneration: number
  state: Uint8Array
}

export function encodeSnapshot(snapshot: Snapshot): Buffer {
  const header = Buffer.allocUnsafe(SNAPSHOT_HEADER_BYTES)
  SNAPSHOT_MAGIC.copy(header, 0)
  header.writeUInt32LE(snapshot.coversGeneration, SNAPSHOT_MAGIC.byteLength)
  return Buffer.concat([header, encodeRecord(snapshot.state)])
}

/** The snapshot in a file's bytes, or an Error saying why it cannot be trusted. */
export function decodeSnapshot(bytes: Buffer): Snapshot | Error {
  if (bytes.byteLength < SNAPSHOT_HEADER_BYTES || !bytes.subarray(0, 4).equals(SNAPSHOT_MAGIC)) {
    return new Error('the snapshot has no valid header')
  }
  const body = bytes.subarray(SNAPSHOT_HEADER_BYTES)
  const { records, validBytes } = decodeLog(body)
  if (records.length !== 1 || validBytes !== body.byteLength) {
    return new Error('the snapshot is truncated or its checksum does not match')
  }
  return { coversGeneration: bytes.readUInt32LE(SNAPSHOT_MAGIC.byteLength), state: records[0] }
}
