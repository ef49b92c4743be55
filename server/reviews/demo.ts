/**
 * @module
 * First start: the admin account and, unless SEED_DEMO=0, the demo review "Child K" with an account
 * for each role. Its report is the standard skeleton with a little fictional drafting (two findings and
 * three recommendations answering them among it), the sections the guidance puts in the executive
 * summary marked for it, and a register with the (fictional) child behind "Child K" and the board's
 * public roles, so that its summary and publication pack are complete; its IMRs are in `demoImrs.ts`.
 */
import type { JSONContent } from '@tiptap/core'
import type * as Y from 'yjs'
import { putEntity, writePublicRoles } from '../../shared/redaction/registerDoc.js'
import { createReportSkeleton, findingJson, recommendationJson, type SectionKind } from '../../shared/schema/index.js'
import { todayIso } from '../../shared/reviews/statutoryClock.js'
import type { ReviewRole } from '../../shared/auth/roles.js'
import { publicUser, type AccountService } from '../auth/accounts.js'
import { generatePassword } from '../auth/passwords.js'
import type { ImrService } from '../imr/imrService.js'
import { seedDemoImrs } from './demoImrs.js'
import type { MemberService } from './memberService.js'
import type { ReviewService } from './reviewService.js'

export const DEMO_REVIEW_ID = 'child-k'

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] })

const DEMO_DRAFTING: Partial<Record<string, JSONContent[]>> = {
  introduction: [
    paragraph(
      'This review was commissioned by the Local Safeguarding Children Board after Child K, aged 14 months, ' +
        'was admitted to hospital with injuries that doctors considered were not accidental.',
    ),
    paragraph('The criteria for a Serious Case Review were met because there was concern about how agencies worked together.'),
  ],
  termsOfReference: [
    {
      type: 'bulletList',
      content: [
        'How well did agencies share what they knew about the family?',
        'Was Child K seen, and seen alone, by the professionals involved?',
      ].map((text) => ({ type: 'listItem', content: [paragraph(text)] })),
    },
  ],
  agencyInvolvement: [
    paragraph(
      "Soon after Child K was born, Children's Social Care learned from midwifery that an older child of Mother's had been " +
        'subject to a child protection plan in another area. The information was passed to the health visitor, and no further action was taken.',
    ),
    paragraph(
      'Health visitors saw Child K in the family home and at the clinic. On one visit they recorded a small bruise on his forearm, which ' +
        'was discussed with the named nurse and monitored. Later visits were refused or missed, and this was not escalated.',
    ),
    paragraph(
      "Police officers went to the home twice after neighbours called. The first time nobody answered the door, and Children's Social Care " +
        "was not told. The second time, officers sent a notification and Children's Social Care began an assessment. Child K was seen once " +
        'during the assessment, before his admission to hospital.',
    ),
  ],
  keyIssues: [
    findingJson('Information about the family was held by several agencies but was not brought together, so no one saw the whole picture.', 'fnd_demo01'),
    findingJson('Child K was seen often, but rarely seen alone, and what daily life was like for Child K was not recorded.', 'fnd_demo02'),
  ],
  recommendations: [
    recommendationJson(
      { text: 'The partnership should make sure that agencies share concerns about a baby through a single, agreed route.', findingId: 'fnd_demo01', addressees: ['board'] },
      'rcm_demo01',
    ),
    recommendationJson(
      { text: "Children's Social Care and Police should hold a joint strategy discussion whenever a baby under one has an unexplained injury.", findingId: 'fnd_demo01', addressees: ['social-care', 'police'] },
      'rcm_demo02',
    ),
    recommendationJson(
      { text: 'Health visitors should see a baby alone at each contact, and record what they observe of daily life.', findingId: 'fnd_demo02', addressees: ['health'] },
      'rcm_demo03',
    ),
  ],
}

/**
 * The sections in the executive summary as well as the report: what the guidance asks a summary for
 * (an introduction, a summary of events, the key issues and findings, the recommendations), each of
 * them drafted above. The family background stays in the report only.
 */
const DEMO_SUMMARY_SECTIONS: ReadonlySet<SectionKind> = new Set(['introduction', 'agencyInvolvement', 'keyIssues', 'recommendations'])

export function demoReportContent(): JSONContent {
  const nodes = createReportSkeleton().content ?? []
  const content: JSONContent[] = []
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]
    const kind = node.type === 'heading' ? (node.attrs?.sectionKind as SectionKind | undefined) : undefined
    content.push(kind && DEMO_SUMMARY_SECTIONS.has(kind) ? { ...node, attrs: { ...node.attrs, audience: 'both' } } : node)
    const drafting = kind ? DEMO_DRAFTING[kind] : undefined
    if (!drafting) continue
    content.push(...drafting)
    index += 1 // the skeleton's empty paragraph under this heading
  }
  return { type: 'doc', content }
}

/** The demo's register: the child behind "Child K" (fictional), and the board's public roles. */
export function prepareDemoRegister(doc: Y.Doc): void {
  putEntity(doc, 'demochild0000001', { realName: 'Kai Walker', aliases: ['Kai', 'KW'], category: 'child', pseudonym: 'Child K' })
  writePublicRoles(doc, {
    boardName: 'Northshire Safeguarding Children Partnership',
    boardChair: 'Professor Anne Wells',
    panelChair: 'David Osei',
    overviewAuthor: 'Dr Ruth Hale',
    panelMembers: [{ jobTitle: 'Designated Nurse for Safeguarding', organisation: 'Northshire Integrated Care Board' }],
  })
}

export const DEMO_AGENCIES = [
  { id: 'social-care', name: "Children's Social Care" },
  { id: 'police', name: 'Police' },
  { id: 'health', name: 'Community Health (health visiting)' },
  { id: 'education', name: 'Primary school' },
]

export const DEMO_ACCOUNTS: { email: string; name: string; role: ReviewRole; agencyId: string | null }[] = [
  { email: 'author@example.org', name: 'Alex Morgan (independent author)', role: 'author', agencyId: null },
  { email: 'panel@example.org', name: 'Priya Shah (panel)', role: 'panel', agencyId: null },
  { email: 'panel2@example.org', name: 'Tom Hughes (panel)', role: 'panel', agencyId: null },
  { email: 'agency@example.org', name: 'Jo Evans (health IMR author)', role: 'agency', agencyId: 'health' },
  { email: 'comms@example.org', name: 'Sam Clarke (communications)', role: 'comms', agencyId: null },
]

export interface SeedOptions {
  adminEmail: string
  /** Generated when not given; printed once. */
  adminPassword: string | null
  seedDemo: boolean
  demoPassword: string | null
  /** Stores the demo review's action plan (`demoActions.ts`). */
  seedActions?: (reviewId: string, now: Date) => Promise<void>
}

function daysAgo(days: number, now: Date): string {
  return todayIso(new Date(now.getTime() - days * 86_400_000))
}

/**
 * On an empty data folder: the admin account, and unless turned off the demo review with its
 * accounts. Returns the lines to print once (the passwords are not kept anywhere in clear).
 */
export async function seedFirstStart(accounts: AccountService, reviews: ReviewService, members: MemberService, imrs: ImrService, options: SeedOptions): Promise<string[]> {
  if (accounts.list().length > 0) return []
  const lines: string[] = []
  const adminPassword = options.adminPassword ?? generatePassword()
  const admin = await accounts.create({ email: options.adminEmail, name: 'Board business manager', password: adminPassword, isAdmin: true })
  lines.push(`Admin account: ${admin.email}  password: ${adminPassword}`)
  if (!options.seedDemo) return lines

  const now = new Date()
  await reviews.create(
    {
      id: DEMO_REVIEW_ID,
      title: 'Child K',
      kind: 'serious-case-review',
      agencies: DEMO_AGENCIES,
      dates: { notification: daysAgo(45, now), decision: daysAgo(20, now), panelFirstMeeting: daysAgo(6, now) },
    },
    demoReportContent(),
    prepareDemoRegister,
  )
  // Kai was admitted to hospital a few days before the board was notified.
  await seedDemoImrs(imrs, DEMO_REVIEW_ID, new Date(now.getTime() - 48 * 86_400_000), now)
  await options.seedActions?.(DEMO_REVIEW_ID, now)
  const access = reviews.access(publicUser(admin), DEMO_REVIEW_ID)
  const demoPassword = options.demoPassword ?? generatePassword()
  for (const account of DEMO_ACCOUNTS) {
    await accounts.create({ email: account.email, name: account.name, password: demoPassword })
    await members.add(access, { email: account.email, role: account.role, agencyId: account.agencyId }, { user: admin, ip: null })
  }
  lines.push(`Demo review "Child K" with these accounts, all with the password: ${demoPassword}`)
  for (const account of DEMO_ACCOUNTS) lines.push(`  ${account.email.padEnd(22)} ${account.name}`)
  return lines
}
