/**
 * @module
 * The publication pack: one zip of public files, each rendered and leak-checked in its final form
 * before anything is zipped. If any part has a finding, the pack is refused whole, naming each
 * failing part and its findings; no part of it is given out.
 */
import JSZip from 'jszip'
import type { PackSource, PackWarning } from '../../shared/api/publicationPack.js'
import type { LeakFinding } from '../../shared/redaction/leakCheck.js'
import type { CheckedExport } from '../export/summaryExport.js'

/** One file of the pack: its name in the zip, what a person calls it, and how to make it and check it. */
export interface PackPart {
  file: string
  title: string
  /** Where its content is written (the page to put it right on). */
  source: PackSource
  render(): Promise<CheckedExport>
  /** What it still lacks: never a refusal, shown by the pack's readiness check. */
  warnings?(): Promise<PackWarning[]>
}

export interface PackFailure {
  file: string
  findings: LeakFinding[]
}

export type PackResult = { ok: true; zip: Uint8Array<ArrayBuffer>; files: string[] } | { ok: false; failures: PackFailure[] }

/** The zip's entries carry this date, not the moment of download: the same pack is the same bytes. */
const ENTRY_DATE = new Date(Date.UTC(2000, 0, 1))

export async function buildPublicationPack(parts: readonly PackPart[]): Promise<PackResult> {
  const rendered: Array<{ file: string } & CheckedExport> = []
  // One at a time: a PDF is heavy to make, and a request should not hold several at once.
  for (const part of parts) rendered.push({ file: part.file, ...(await part.render()) })
  const failures = rendered.filter(({ findings }) => findings.length > 0).map(({ file, findings }) => ({ file, findings }))
  if (failures.length > 0) return { ok: false, failures }
  const zip = new JSZip()
  for (const { file, body } of rendered) zip.file(file, body, { date: ENTRY_DATE, binary: typeof body !== 'string' })
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
  return { ok: true, zip: new Uint8Array(bytes), files: rendered.map(({ file }) => file) }
}
