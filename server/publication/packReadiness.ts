/**
 * @module
 * Whether the publication pack is ready, before anyone downloads it: each part made and leak-checked
 * exactly as the zip makes and checks it (so the two never disagree), with what it still lacks. One
 * part at a time, as the zip does: a PDF is heavy to make.
 */
import type { PackSource, PackWarning } from '../../shared/api/publicationPack.js'
import type { LeakFinding } from '../../shared/redaction/leakCheck.js'
import type { PackPart } from './publicationPack.js'

export interface PackPartReadiness {
  file: string
  title: string
  source: PackSource
  findings: LeakFinding[]
  warnings: PackWarning[]
}

export async function checkPublicationPack(parts: readonly PackPart[]): Promise<PackPartReadiness[]> {
  const checked: PackPartReadiness[] = []
  for (const part of parts) {
    const { findings } = await part.render()
    checked.push({ file: part.file, title: part.title, source: part.source, findings, warnings: (await part.warnings?.()) ?? [] })
  }
  return checked
}
