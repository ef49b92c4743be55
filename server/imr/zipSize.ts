/**
 * @module
 * How much a ZIP archive (a .docx is one) says it unpacks to, read from its central directory without
 * unpacking anything, so that a small file that would unpack to gigabytes (a "zip bomb") is refused
 * before mammoth opens it. The sizes are the archive's own claims; an archive that lies about them is
 * still stopped by the unpacker's size check, after it has unpacked.
 */
const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const END_RECORD_LENGTH = 22
const ENTRY_HEADER_LENGTH = 46
/** ZIP64 marks a size too large for 32 bits with this value: no chronology needs it. */
const ZIP64_MARK = 0xffffffff

/** The sum of the declared unpacked sizes of every file in the archive, or `null` when it is not a readable ZIP. */
export function declaredUnpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const earliest = Math.max(0, bytes.byteLength - END_RECORD_LENGTH - 0xffff)
  let end = -1
  for (let at = bytes.byteLength - END_RECORD_LENGTH; at >= earliest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at
      break
    }
  }
  if (end < 0) return null
  const entries = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  let total = 0
  for (let entry = 0; entry < entries; entry++) {
    if (at + ENTRY_HEADER_LENGTH > bytes.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null
    const size = view.getUint32(at + 24, true)
    if (size === ZIP64_MARK) return null
    total += size
    at += ENTRY_HEADER_LENGTH + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return total
}
