import { describe, expect, it } from 'vitest'
import { AppError } from '../../../server/errors.js'
import { readChronologyFile } from '../../../server/imr/chronologyImport.js'
import { declaredUnpackedSize } from '../../../server/imr/zipSize.js'
import { docxOf, SHORT_HEADER } from '../../fixtures/imr/chronologyFiles.js'

/** The same archive claiming that each of its files unpacks to `size` bytes, as a zip bomb's directory does. */
function claimingUnpackedSize(archive: Uint8Array, size: number): Uint8Array {
  const bytes = archive.slice()
  const view = new DataView(bytes.buffer)
  for (let at = 0; at + 46 <= bytes.byteLength; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true)
  }
  return bytes
}

describe('the unpacked size a Word document declares', () => {
  it('is read from the archive without unpacking it', async () => {
    const docx = await docxOf([[SHORT_HEADER, ['14/03/2012', '', 'Health Visitor', 'Home visit.', 'HV record', 'yes']]])
    const size = declaredUnpackedSize(docx)
    expect(size).toBeGreaterThan(docx.byteLength)
    expect(size).toBeLessThan(1024 * 1024)
  })

  it('is unknown for bytes that are not an archive', () => {
    expect(declaredUnpackedSize(new TextEncoder().encode('date,event\n14/03/2012,visit\n'))).toBeNull()
  })

  it('refuses, before unpacking, a document that would unpack to far more than any chronology', async () => {
    const docx = await docxOf([[SHORT_HEADER, ['14/03/2012', '', 'Health Visitor', 'Home visit.', 'HV record', 'yes']]])
    const bomb = claimingUnpackedSize(docx, 500 * 1024 * 1024)

    const error = await readChronologyFile('docx', bomb).then(
      () => null,
      (caught: unknown) => caught,
    )

    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('import_failed')
    expect((error as AppError).message).toMatch(/unpacks to more than 100 MB/)
  })
})
