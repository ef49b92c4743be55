import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderCheckedSummary, type SummaryFormat } from '../../../server/export/summaryExport.js'
import { summarySourceOf } from '../../support/summarySource.js'
import { REGISTER, REPORT, ROLES } from './golden/childK.js'

const goldenPath = (file: string) => new URL(`./golden/${file}`, import.meta.url)

const source = () => summarySourceOf(REPORT, REGISTER, ROLES)

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
