import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RegisterMatcher } from '../../../shared/redaction/registerMatcher.js'
import { getReportSchema } from '../../../shared/schema/index.js'
import { composeExecutiveSummary } from '../../../shared/summary/executiveSummary.js'
import { renderCheckedSummary, type SummaryFormat } from '../../../server/export/summaryExport.js'
import { REGISTER, REPORT, ROLES } from './golden/childK.js'

const goldenPath = (file: string) => new URL(`./golden/${file}`, import.meta.url)

function source() {
  const report = getReportSchema().nodeFromJSON(REPORT)
  return {
    report,
    register: { entities: REGISTER, invalid: [] },
    roles: ROLES,
    summary: composeExecutiveSummary(report, REGISTER, ROLES),
    scanner: { matcher: new RegisterMatcher(REGISTER), memberNames: new RegisterMatcher([]), accepted: [] },
  }
}

describe('the executive summary of a small hand-written report (golden files)', () => {
  for (const [format, file] of [['html', 'childK.summary.html'], ['md', 'childK.summary.md']] as Array<[SummaryFormat, string]>) {
    it(`renders ${file} exactly as approved`, async () => {
      const { body, findings } = await renderCheckedSummary(source(), format)
      expect(findings).toEqual([])
      // UPDATE_GOLDEN=1 writes the files anew; read the diff before committing them.
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenPath(file), body)
      expect(body).toBe(readFileSync(goldenPath(file), 'utf8'))
    })
  }

  it('warns about nothing: the summary has every part and the public roles', () => {
    expect(source().summary.warnings).toEqual([])
  })
})
