/**
 * @module
 * The action plan as a Word document (.docx), landscape A4: the title, then each recommendation (its
 * number and public text) with a table of its actions: the change, lead agency, responsible role,
 * target date, status with its RAG word ("Overdue (red)"), evidence of impact and next monitoring date.
 * Actions whose recommendation is no longer in the report come last, under a heading of their own.
 */
import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import { ACTION_STATUS_LABELS, ACTION_STATUS_RAG } from '../../shared/actionPlan/actionStatus.js'
import type { ActionPlanView, PlannedAction } from '../../shared/api/actionPlan.js'
import { formatDay } from '../../shared/chronology/calendar.js'

/** A4 in twentieths of a point, turned to landscape, with 2 cm margins. */
const PAGE = { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }, margin: { top: 1134, right: 1134, bottom: 1134, left: 1134 } }
const CONTENT_WIDTH = PAGE.size.height - PAGE.margin.left - PAGE.margin.right

const COLUMNS: Array<{ heading: string; share: number; cell: (action: PlannedAction, plan: ActionPlanView) => string }> = [
  { heading: 'Action', share: 26, cell: (action) => action.change },
  { heading: 'Lead agency', share: 12, cell: (action, plan) => plan.agencies.find((agency) => agency.id === action.leadAgencyId)?.name ?? action.leadAgencyId },
  { heading: 'Responsible role', share: 13, cell: (action) => action.responsibleRole },
  { heading: 'Target date', share: 10, cell: (action) => formatDay(action.targetDate) },
  { heading: 'Status', share: 10, cell: (action) => `${ACTION_STATUS_LABELS[action.effectiveStatus]} (${ACTION_STATUS_RAG[action.effectiveStatus]})` },
  { heading: 'Evidence of impact', share: 19, cell: (action) => action.evidenceOfImpact },
  { heading: 'Next monitored', share: 10, cell: (action) => (action.nextMonitoringDate ? formatDay(action.nextMonitoringDate) : 'Not set') },
]
const TOTAL_SHARE = COLUMNS.reduce((sum, column) => sum + column.share, 0)
const COLUMN_WIDTHS = COLUMNS.map((column) => Math.floor((CONTENT_WIDTH * column.share) / TOTAL_SHARE))

/** Characters XML 1.0 cannot hold would make a file Word refuses to open. */
const xmlSafe = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')

/** A cell's paragraphs, one per line of its text. */
function cell(text: string, width: number, bold = false): TableCell {
  const lines = xmlSafe(text).split(/\r?\n/)
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, ...(bold ? { bold: true } : {}) })] })),
  })
}

function actionTable(actions: readonly PlannedAction[], plan: ActionPlanView): Table {
  const header = new TableRow({ tableHeader: true, children: COLUMNS.map((column, index) => cell(column.heading, COLUMN_WIDTHS[index], true)) })
  const rows = actions.map((action) => new TableRow({ cantSplit: true, children: COLUMNS.map((column, index) => cell(column.cell(action, plan), COLUMN_WIDTHS[index])) }))
  return new Table({ rows: [header, ...rows], width: { size: CONTENT_WIDTH, type: WidthType.DXA }, columnWidths: COLUMN_WIDTHS })
}

function section(heading: string, text: string | null, actions: readonly PlannedAction[], plan: ActionPlanView): Array<Paragraph | Table> {
  const blocks: Array<Paragraph | Table> = [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun({ text: xmlSafe(heading) })] })]
  if (text) blocks.push(new Paragraph({ keepNext: actions.length > 0, children: [new TextRun({ text: xmlSafe(text) })] }))
  blocks.push(actions.length > 0 ? actionTable(actions, plan) : new Paragraph({ children: [new TextRun({ text: 'No actions yet.', italics: true })] }))
  return blocks
}

export async function renderActionPlanDocx(plan: ActionPlanView, { publisher }: { publisher: string }): Promise<Uint8Array<ArrayBuffer>> {
  const title = `Action plan: ${plan.title}`
  const known = new Set(plan.recommendations.map((recommendation) => recommendation.recommendationId))
  const body = plan.recommendations.flatMap((recommendation) =>
    section(`Recommendation ${recommendation.number}`, recommendation.text, plan.actions.filter((action) => action.recommendationId === recommendation.recommendationId), plan),
  )
  const orphans = plan.actions.filter((action) => !known.has(action.recommendationId))
  if (orphans.length > 0) body.push(...section('Actions whose recommendation is no longer in the report', null, orphans, plan))
  const summary = plan.overdue.overdueCount === 0 ? 'No action is overdue.' : `${plan.overdue.overdueCount} ${plan.overdue.overdueCount === 1 ? 'action is' : 'actions are'} overdue.`
  const pageNumber = new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 20 })] })
  const document = new Document({
    title: xmlSafe(title),
    creator: xmlSafe(publisher),
    lastModifiedBy: xmlSafe(publisher),
    styles: { default: { document: { run: { font: 'Arial', size: 22, language: { value: 'en-GB' } }, paragraph: { spacing: { after: 120 } } } } },
    sections: [
      {
        properties: { page: PAGE },
        footers: { default: new Footer({ children: [pageNumber] }) },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: xmlSafe(title) })] }),
          new Paragraph({ children: [new TextRun({ text: `Statuses as on ${formatDay(plan.today)}. ${summary}` })] }),
          ...body,
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
