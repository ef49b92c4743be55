import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { RegisterEntity } from '../../../shared/redaction/register.js'
import { extractDocxText } from '../../../server/export/docxText.js'
import { extractPdfText } from '../../../server/export/pdfText.js'
import { renderCheckedSummary, SUMMARY_FORMATS, type SummaryFormat } from '../../../server/export/summaryExport.js'
import { summarySourceOf } from '../../support/summarySource.js'
import { fillerArbitrary, placementArbitrary, registerArbitrary, reportWith, type Placement } from '../../support/randomReports.js'

const ROLES = { boardName: 'Northshire Safeguarding Children Board', boardChair: 'Pat Lee', panelChair: 'Sam Okafor', overviewAuthor: 'Ruth Hale', panelMembers: [] }

const sourceOf = (entities: RegisterEntity[], placements: Placement[], fillers: string[]) => summarySourceOf(reportWith(entities, placements, fillers), entities, ROLES)

/** Every name part of every entity, lower-cased: none may appear in a public output in any form. */
const nameParts = (entities: RegisterEntity[]) => entities.flatMap((entity) => entity.realName.toLowerCase().split(' '))

/** The whole text of an output as a reader (or a program) gets it: every part of a Word file, every page and the metadata of a PDF. */
async function textOf(format: SummaryFormat, body: string | Uint8Array): Promise<string> {
  if (typeof body === 'string') return body
  const parts = format === 'docx' ? await extractDocxText(body) : await extractPdfText(body)
  return parts.map((part) => part.text).join('\n')
}

const scenario = fc.record({ entities: registerArbitrary, fillers: fc.array(fillerArbitrary, { minLength: 2, maxLength: 4 }) }).chain(({ entities, fillers }) =>
  fc.record({ entities: fc.constant(entities), fillers: fc.constant(fillers), placements: fc.array(placementArbitrary(entities.length), { minLength: 1, maxLength: 8 }) }),
)

/** Word and PDF take tens of milliseconds a file to write and read back: fewer runs. */
const RUNS: Record<SummaryFormat, number> = { html: 150, md: 150, docx: 30, pdf: 30 }

describe('the leak check, on random reports (fast-check)', () => {
  for (const format of Object.keys(SUMMARY_FORMATS) as SummaryFormat[]) {
    it(`never lets a redacted name into the ${format} summary, and refuses it whenever one is left unredacted`, async () => {
      await fc.assert(
        fc.asyncProperty(scenario, async ({ entities, fillers, placements }) => {
          const source = sourceOf(entities, placements, fillers)
          const { body, findings } = await renderCheckedSummary(source, format)
          const everyPlacementRedacted = placements.every((placement) => placement.redacted)
          if (everyPlacementRedacted) {
            expect(findings).toEqual([])
            const output = (await textOf(format, body)).toLowerCase()
            for (const part of nameParts(entities)) expect(output).not.toContain(part)
          } else {
            expect(findings.length).toBeGreaterThan(0)
          }
        }),
        { numRuns: RUNS[format] },
      )
    }, 120_000)
  }
})
