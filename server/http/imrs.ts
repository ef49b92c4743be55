/**
 * @module
 * The IMR routes of a review (listed in `shared/api/imrs.ts`): validate, ask the IMR service, answer.
 * The chronology import reads the file itself as its body, with a limit of its own instead of the
 * API's JSON limit (`isChronologyImport` tells the app which requests those are).
 */
import { Hono, type Context } from 'hono'
import { z } from 'zod'
import { ChangeChronologyEntrySchema, ImportModeSchema, type ImportResult, type ImrList } from '../../shared/api/imrs.js'
import { ReviewIdSchema, SlugSchema } from '../../shared/api/reviews.js'
import { MAX_IMPORT_BYTES } from '../../shared/imr/chronologyColumns.js'
import { ChronologyEntryFieldsSchema, ChronologyEntryIdSchema } from '../../shared/imr/chronologyEntry.js'
import { ImrDetailsFieldsSchema, ImrStatusChangeSchema } from '../../shared/imr/imrDetails.js'
import type { AuditLog } from '../audit/auditLog.js'
import { AppError } from '../errors.js'
import { writeChronologyCsv } from '../imr/chronologyCsv.js'
import { importFormatOf, readChronologyFile } from '../imr/chronologyImport.js'
import { agencyNotFound } from '../imr/imrAccess.js'
import type { ImrService } from '../imr/imrService.js'
import type { Actor } from '../reviews/memberService.js'
import { readBody, readParam, requireUser, type AppEnv } from './context.js'
import { readFileBody } from './fileBody.js'

const reviewNotFound = () => new AppError('review_not_found', 404, 'There is no review with that id that you can see.')
const entryNotFound = () => new AppError('entry_not_found', 404, 'This IMR’s chronology has no entry with that id.')

const IMPORT_PATH = /^\/api\/reviews\/[^/]+\/imrs\/[^/]+\/chronology\/import\/?$/

/** Whether a request is a chronology import, whose body is a file and not JSON. */
export function isChronologyImport(method: string, path: string): boolean {
  return method === 'POST' && IMPORT_PATH.test(path)
}

const RevisionQuerySchema = z.string().regex(/^[1-9]\d{0,9}$/).transform(Number)

function queryValue<T>(c: Context<AppEnv>, name: string, schema: z.ZodType<T>, message: string): T {
  const parsed = schema.safeParse(c.req.query(name))
  if (!parsed.success) throw new AppError('validation_failed', 400, message, [{ path: name, message }])
  return parsed.data
}

/** The review, agency and (when named) entry of a request; any that is malformed answers as missing. */
function target(c: Context<AppEnv>): { reviewId: string; agencyId: string } {
  return {
    reviewId: readParam(c.req.param('id'), ReviewIdSchema, reviewNotFound),
    agencyId: readParam(c.req.param('agencyId'), SlugSchema, agencyNotFound),
  }
}

const actorOf = (c: Context<AppEnv>): Actor => ({ user: requireUser(c), ip: c.get('clientIp') })

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false
  return header.split(',').some((tag) => {
    const candidate = tag.trim().replace(/^W\//, '')
    return candidate === '*' || candidate === etag
  })
}

export function imrRoutes(imrs: ImrService, audit: AuditLog, disconnect: (userId: string, reviewId: string) => void): Hono<AppEnv> {
  // Signing off and reopening change what the agency's IMR authors may do in the analysis: their
  // sockets are closed so that they come back at once with the new access.
  const reconnectAuthors = (reviewId: string, agencyId: string) => {
    for (const userId of imrs.agencyAuthorsOf(reviewId, agencyId)) disconnect(userId, reviewId)
  }
  return new Hono<AppEnv>()
    .get('/:id/imrs', (c) => {
      const user = requireUser(c)
      const reviewId = readParam(c.req.param('id'), ReviewIdSchema, reviewNotFound)
      return c.json({ imrs: imrs.list(user, reviewId) } satisfies ImrList)
    })
    .get('/:id/chronology', (c) => {
      const user = requireUser(c)
      const reviewId = readParam(c.req.param('id'), ReviewIdSchema, reviewNotFound)
      const merged = imrs.mergedSource(user, reviewId)
      const etag = `"${merged.revision}"`
      c.header('ETag', etag)
      if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304)
      return c.json(merged.build())
    })
    .get('/:id/imrs/:agencyId', (c) => {
      const user = requireUser(c)
      const { reviewId, agencyId } = target(c)
      return c.json(imrs.view(user, reviewId, agencyId))
    })
    .put('/:id/imrs/:agencyId/details', async (c) => {
      const user = requireUser(c)
      const { reviewId, agencyId } = target(c)
      imrs.requireWritable(user, reviewId, agencyId)
      const details = await readBody(c, ImrDetailsFieldsSchema)
      return c.json(await imrs.changeDetails(user, reviewId, agencyId, details, actorOf(c)))
    })
    .post('/:id/imrs/:agencyId/status', async (c) => {
      const user = requireUser(c)
      const { reviewId, agencyId } = target(c)
      imrs.requireWritable(user, reviewId, agencyId)
      const change = await readBody(c, ImrStatusChangeSchema)
      const view = await imrs.changeStatus(user, reviewId, agencyId, change, actorOf(c))
      if (view.status === 'signed-off') reconnectAuthors(reviewId, agencyId)
      return c.json(view)
    })
    .post('/:id/imrs/:agencyId/reopen', async (c) => {
      const user = requireUser(c)
      const { reviewId, agencyId } = target(c)
      const { summary, reopened } = await imrs.reopen(user, reviewId, agencyId, actorOf(c))
      if (reopened) reconnectAuthors(reviewId, agencyId)
      return c.json(summary)
    })
    .post('/:id/imrs/:agencyId/entries', async (c) => {
      const user = requireUser(c)
      const { reviewId, agencyId } = target(c)
      imrs.requireWritable(user, reviewId, agencyId)
      const fields = await readBody(c, ChronologyEntryFieldsSchema)
      return c.json(await imrs.createEntry(user, reviewId, agencyId, fields, actorOf(c)), 201)
    })
    .put('/:id/imrs/:agencyId/entries/:entryId', async (c) => {
      const user = requireUser(c)
      const { reviewId, agencyId } = target(c)
      const entryId = readParam(c.req.param('entryId'), ChronologyEntryIdSchema, entryNotFound)
      imrs.requireWritable(user, reviewId, agencyId)
      const change = await readBody(c, ChangeChronologyEntrySchema)
      return c.json(await imrs.changeEntry(user, reviewId, agencyId, entryId, change, actorOf(c)))
    })
    .delete('/:id/imrs/:agencyId/entries/:entryId', async (c) => {
      const user = requireUser(c)
      const { reviewId, agencyId } = target(c)
      const entryId = readParam(c.req.param('entryId'), ChronologyEntryIdSchema, entryNotFound)
      // Deleting what is already gone is done; only an entry still there needs the revision it was read at.
      if (!imrs.hasEntryToDelete(user, reviewId, agencyId, entryId)) return c.body(null, 204)
      const revision = queryValue(c, 'revision', RevisionQuerySchema, 'Name the revision of the entry you are deleting, as ?revision=N.')
      await imrs.deleteEntry(user, reviewId, agencyId, entryId, revision, actorOf(c))
      return c.body(null, 204)
    })
    .post('/:id/imrs/:agencyId/chronology/import', async (c) => {
      const user = requireUser(c)
      const { reviewId, agencyId } = target(c)
      imrs.requireWritable(user, reviewId, agencyId)
      const mode = queryValue(c, 'mode', ImportModeSchema.optional().default('replace'), 'Choose how to import: ?mode=replace (the default) or ?mode=append.')
      const format = importFormatOf(c.req.header('content-type'))
      const bytes = await readFileBody(c, MAX_IMPORT_BYTES, 'chronology file')
      const entries = await readChronologyFile(format, bytes)
      return c.json((await imrs.importEntries(user, reviewId, agencyId, entries, mode, actorOf(c))) satisfies ImportResult)
    })
    .get('/:id/imrs/:agencyId/chronology.csv', async (c) => {
      const user = requireUser(c)
      const { reviewId, agencyId } = target(c)
      const { entries } = imrs.entriesToExport(user, reviewId, agencyId)
      // No confidential text leaves unrecorded.
      await audit.recordFirst({ action: 'export.downloaded', actorId: user.id, actorEmail: user.email, reviewId, ip: c.get('clientIp'), details: { export: 'chronology.csv', agencyId } })
      c.header('Content-Type', 'text/csv; charset=utf-8')
      c.header('Content-Disposition', `attachment; filename="chronology-${reviewId}-${agencyId}.csv"`)
      return c.body(writeChronologyCsv(entries))
    })
}
