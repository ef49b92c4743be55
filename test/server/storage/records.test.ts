import { describe, expect, it } from 'vitest'
import { RECORD_HEADER_BYTES, decodeLog, decodeSnapshot, encodeRecord, encodeSnapshot } from '../../../server/storage/records.js'

const updates = [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5, 6, 7, 8]), new Uint8Array([9])]

function logOf(payloads: Uint8Array[]): Buffer {
  return Buffer.concat(payloads.map((payload) => encodeRecord(payload)))
}

const recordEnd = (count: number) => logOf(updates.slice(0, count)).byteLength

/** The log as plain numbers, so records compare by content whatever kind of byte array they are. */
function read(log: Uint8Array): { records: number[][]; validBytes: number } {
  const { records, validBytes } = decodeLog(log)
  return { records: records.map((record) => [...record]), validBytes }
}

const first = (count: number) => updates.slice(0, count).map((update) => [...update])

describe('decodeLog', () => {
  it('reads back every record in order', () => {
    const log = logOf(updates)

    expect(read(log)).toEqual({ records: first(3), validBytes: log.byteLength })
  })

  it('reads a log that is a view into a larger buffer', () => {
    const padded = Buffer.concat([Buffer.from([0xff, 0xff, 0xff]), logOf(updates), Buffer.from([0xee])])
    const log = padded.subarray(3, padded.byteLength - 1)

    expect(read(log).records).toEqual(first(3))
  })

  it('ignores a record torn in its header', () => {
    const log = logOf(updates).subarray(0, recordEnd(2) + RECORD_HEADER_BYTES - 3)

    expect(read(log)).toEqual({ records: first(2), validBytes: recordEnd(2) })
  })

  it('ignores a record torn in its payload', () => {
    const log = logOf(updates).subarray(0, recordEnd(3) - 1)

    expect(read(log)).toEqual({ records: first(2), validBytes: recordEnd(2) })
  })

  it('stops at a record whose checksum does not match, and trusts nothing after it', () => {
    const log = logOf(updates)
    log[recordEnd(1) + RECORD_HEADER_BYTES] ^= 0xff

    expect(read(log)).toEqual({ records: first(1), validBytes: recordEnd(1) })
  })

  it('does not read a tail of zero bytes, which a crash can leave in a file, as records', () => {
    const log = Buffer.concat([logOf(updates), Buffer.alloc(4 * RECORD_HEADER_BYTES)])

    expect(read(log)).toEqual({ records: first(3), validBytes: recordEnd(3) })
  })

  it('reads an empty log as no records', () => {
    expect(read(new Uint8Array(0))).toEqual({ records: [], validBytes: 0 })
  })
})

describe('decodeSnapshot', () => {
  const snapshot = { coversGeneration: 7, state: new Uint8Array([10, 20, 30, 40]) }

  it('reads back the state and the generation it covers', () => {
    const decoded = decodeSnapshot(encodeSnapshot(snapshot))

    if (decoded instanceof Error) throw decoded
    expect(decoded.coversGeneration).toBe(7)
    expect([...decoded.state]).toEqual([...snapshot.state])
  })

  it('refuses a truncated snapshot', () => {
    const bytes = encodeSnapshot(snapshot)

    expect(decodeSnapshot(bytes.subarray(0, bytes.byteLength - 1))).toBeInstanceOf(Error)
  })

  it('refuses a snapshot whose checksum does not match', () => {
    const bytes = encodeSnapshot(snapshot)
    bytes[bytes.byteLength - 1] ^= 0x01

    expect(decodeSnapshot(bytes)).toBeInstanceOf(Error)
  })

  it('refuses a snapshot with trailing bytes', () => {
    expect(decodeSnapshot(Buffer.concat([encodeSnapshot(snapshot), encodeRecord(new Uint8Array([1]))]))).toBeInstanceOf(Error)
  })

  it('refuses a file that is not a snapshot', () => {
    expect(decodeSnapshot(Buffer.from('{"not":"a snapshot"}'))).toBeInstanceOf(Error)
    expect(decodeSnapshot(Buffer.alloc(0))).toBeInstanceOf(Error)
  })
})
