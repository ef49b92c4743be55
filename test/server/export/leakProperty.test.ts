import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { RegisterEntity } from '../../../shared/redaction/register.js'
import { RegisterMatcher } from '../../../shared/redaction/registerMatcher.js'
import { getReportSchema } from '../../../shared/schema/index.js'
import { composeExecutiveSummary } from '../../../shared/summary/executiveSummary.js'
import type { PublicSummarySource } from '../../../server/export/publicSummary.js'
import { renderCheckedSummary, SUMMARY_FORMATS, type SummaryFormat } from '../../../server/export/summaryExport.js'
import { fillerArbitrary, placementArbitrary, registerArbitrary, reportWith, type Placement } from '../../support/randomReports.js'

const ROLES = { boardName: 'Northshire Safeguarding Children Board', boardChair: 'Pat Lee', panelChair: 'Sam Okafor', overviewAuthor: 'Ruth Hale', panelMembers: [] }

function sourceOf(entities: RegisterEntity[], placements: Placement[], fillers: string[]): PublicSummarySource {
  const report = getReportSchema().nodeFromJSON(reportWith(entities, placements, fillers))
  return {
    report,
    register: { entities, invalid: [] },
    roles: ROLES,
    summary: composeExecutiveSummary(report, entities, ROLES),
    scanner: { matcher: new RegisterMatcher(entities), memberNames: new RegisterMatcher([]), accepted: [] },
  }
}

/** Every name part of every entity, lower-cased: none may appear in a public output in any form. */
const nameParts = (entities: RegisterEntity[]) => entities.flatMap((entity) => entity.realName.toLowerCase().split(' '))

const textOf = (body: string | Uint8Array) => (typeof body === 'string' ? body : new TextDecoder().decode(body))

const scenario = fc.record({ entities: registerArbitrary, fillers: fc.array(fillerArbitrary, { minLength: 2, maxLength: 4 }) }).chain(({ entities, fillers }) =>
  fc.record({ entities: fc.constant(entities), fillers: fc.constant(fillers), placements: fc.array(placementArbitrary(entities.length), { minLength: 1, maxLength: 8 }) }),
)

const TEXT_FORMATS = Object.keys(SUMMARY_FORMATS).filter((format) => format === 'html' || format === 'md') as SummaryFormat[]

describe('the leak check, on random reports (fast-check)', () => {
  for (const format of TEXT_FORMATS) {
    it(`never lets a redacted name into the ${format} summary, and refuses it whenever one is left unredacted`, async () => {
      await fc.assert(
        fc.asyncProperty(scenario, async ({ entities, fillers, placements }) => {
          const source = sourceOf(entities, placements, fillers)
          const { body, findings } = await renderCheckedSummary(source, format)
          const everyPlacementRedacted = placements.every((placement) => placement.redacted)
          if (everyPlacementRedacted) {
            expect(findings).toEqual([])
            const output = textOf(body).toLowerCase()
            for (const part of nameParts(entities)) expect(output).not.toContain(part)
          } else {
            expect(findings.length).toBeGreaterThan(0)
          }
        }),
        { numRuns: 150 },
      )
    })
  }
})
