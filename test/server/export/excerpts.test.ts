import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { extractDocxText } from '../../../server/export/docxText.js'
import { extractPdfText } from '../../../server/export/pdfText.js'
import { renderReportPage } from '../../../server/export/reportHtml.js'
import { renderCheckedSummary, SUMMARY_FORMATS, type SummaryFormat } from '../../../server/export/summaryExport.js'
import { excerptFromEntries } from '../../../shared/excerpts/excerptContent.js'
import type { RegisterEntity } from '../../../shared/redaction/register.js'
import { summarySourceOf } from '../../support/summarySource.js'

const REGISTER: RegisterEntity[] = [{ id: 'entity0001', realName: 'Zyrah Quenby', aliases: [], category: 'family', pseudonym: 'Mother' }]
const ROLES = { boardName: 'Northshire Safeguarding Children Board', boardChair: 'Pat Lee', panelChair: 'Sam Okafor', overviewAuthor: 'Ruth Hale', panelMembers: [] }

/** An excerpt whose snapshot holds words its text no longer has (the author edited them out). */
function excerptBlock(content: JSONContent[]): JSONContent {
  const { attrs } = excerptFromEntries({ id: 'health', name: 'Community Health' }, [
    {
      id: 'ent_sourceid1',
      date: { precision: 'day', date: '2012-03-14' },
      time: '10:30',
      practitionerRole: 'Health Visitor',
      event: 'Snapshotonly words and Zyrah Quenby by name.',
      source: 'Record',
    },
  ])
  return { type: 'imrExcerpt', attrs, content }
}

const redacted = (text: string): JSONContent => ({ type: 'text', text, marks: [{ type: 'redaction', attrs: { entityId: 'entity0001', category: 'family', reason: null } }] })

function reportWith(excerpt: JSONContent): JSONContent {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2, sectionId: 'sec_agencies', sectionKind: 'agencyInvolvement', audience: 'both' }, content: [{ type: 'text', text: 'Agency involvement' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'The health visitor recorded:' }] },
      excerpt,
    ],
  }
}

async function textOf(format: SummaryFormat, body: string | Uint8Array): Promise<string> {
  if (typeof body === 'string') return body
  const parts = format === 'docx' ? await extractDocxText(body) : await extractPdfText(body)
  return parts.map((part) => part.text).join('\n')
}

const SAFE = reportWith(excerptBlock([{ type: 'paragraph', content: [{ type: 'text', text: '14 March 2012. Health Visitor: saw ' }, redacted('Zyrah Quenby'), { type: 'text', text: ' at home.' }] }]))

describe('excerpts in the exports', () => {
  for (const format of Object.keys(SUMMARY_FORMATS) as SummaryFormat[]) {
    it(`quote the text with its agency and date in the ${format} summary, never the source ids or snapshot`, async () => {
      const { body, findings } = await renderCheckedSummary(summarySourceOf(SAFE, REGISTER, ROLES), format)
      const output = (await textOf(format, body)).replace(/\s+/g, ' ')

      expect(findings).toEqual([])
      expect(output).toContain('Community Health, 14 March 2012')
      expect(output).toContain('saw Mother at home.')
      for (const secret of ['ent_sourceid1', 'Snapshotonly', 'Zyrah', 'snapshot', 'source-ids']) expect(output).not.toContain(secret)
    }, 30_000)

    it(`refuse the ${format} summary when an excerpt names someone unredacted`, async () => {
      const leaking = reportWith(excerptBlock([{ type: 'paragraph', content: [{ type: 'text', text: 'Health Visitor: saw Zyrah Quenby at home.' }] }]))

      const { findings } = await renderCheckedSummary(summarySourceOf(leaking, REGISTER, ROLES), format)

      expect(findings.map((finding) => finding.text)).toContain('Zyrah Quenby')
    }, 30_000)
  }

  it('keep the caption in the report HTML, and leave the source ids and snapshot out', () => {
    const html = renderReportPage('Overview report', SAFE)

    expect(html).toContain('<figcaption>Community Health, 14 March 2012</figcaption>')
    expect(html).toContain('<blockquote>')
    for (const secret of ['ent_sourceid1', 'Snapshotonly', 'data-snapshot', 'data-source-ids']) expect(html).not.toContain(secret)
  })
})
