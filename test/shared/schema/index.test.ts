import { describe, expect, it } from 'vitest'
import { isAllowedLink } from '../../../shared/schema/index.js'

describe('isAllowedLink', () => {
  it.each(['https://www.gov.uk/guidance', 'http://example.org', 'HTTPS://EXAMPLE.ORG', 'mailto:panel@example.org', '  https://example.org  '])(
    'allows %j',
    (url) => {
      expect(isAllowedLink(url)).toBe(true)
    },
  )

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example',
    '',
  ])('rejects %j', (url) => {
    expect(isAllowedLink(url)).toBe(false)
  })
})
