/**
 * @module
 * What a caller refused a download may learn of the leak check's findings: all of it with the report,
 * otherwise what kind, where, and how many; and a finding's text and place where `readsAnyway` says
 * the caller reads that text already (the media statement they draft).
 */
import type { LeakCheckDetails } from '../../shared/api/summary.js'
import type { Capability } from '../../shared/auth/roles.js'
import type { LeakFinding } from '../../shared/redaction/leakCheck.js'

export function visibleFindings(
  findings: LeakFinding[],
  { capabilities }: { capabilities: readonly Capability[] },
  readsAnyway: (text: string) => boolean = () => false,
): LeakCheckDetails['findings'] {
  if (capabilities.includes('report.read')) return findings
  return findings.map(({ text, label, part, place }) => (readsAnyway(text) ? { text, label, part, place } : { label, part }))
}
