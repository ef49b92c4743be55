import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { escapeHtml, renderReportBody, renderReportPage } from '../../../server/export/reportHtml.js'

const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })
const text = (value: string, marks?: JSONContent['marks']): JSONContent => ({ type: 'text', text: value, ...(marks ? { marks } : {}) })
const link = (href: string, value: string) => text(value, [{ type: 'link', attrs: { href } }])
const reportOf = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content })

describe('escapeHtml', () => {
  it('escapes every character that could end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;')
  })
})

describe('renderReportBody', () => {
  it('renders typed markup as text, never as elements', () => {
    const html = renderReportBody(reportOf(paragraph(text('<script>alert("K")</script> & <img src=x onerror=alert(1)>'))))

    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;script&gt;')
  })

  it('renders an allowed link with its address', () => {
    const html = renderReportBody(reportOf(paragraph(link('https://www.gov.uk/working-together', 'Working Together'))))

    expect(html).toContain('href="https://www.gov.uk/working-together"')
    expect(html).toContain('rel="noopener noreferrer nofollow"')
  })

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>'])(
    'renders the link %j without its address',
    (href) => {
      const html = renderReportBody(reportOf(paragraph(link(href, 'click me'))))

      expect(html).toContain('click me')
      expect(html.toLowerCase()).not.toContain('javascript:')
      expect(html).not.toContain('data:')
    },
  )

  it('escapes section ids, which become element ids', () => {
    const heading: JSONContent = {
      type: 'heading',
      attrs: { level: 2, sectionId: '"><script>alert(1)</script>', sectionKind: 'analysis' },
      content: [text('Analysis')],
    }

    const html = renderReportBody(reportOf(heading))

    expect(html).not.toContain('<script')
    expect(html).toContain('<h2')
  })
})

describe('renderReportPage', () => {
  it('escapes the title in the page title and heading', () => {
    const html = renderReportPage('Child <script>alert(1)</script>', reportOf(paragraph(text('Body.'))))

    expect(html).not.toContain('<script')
    expect(html.match(/Child &#60;script&#62;/g)).toHaveLength(2)
    expect(html).toContain('<p>Body.</p>')
  })
})
