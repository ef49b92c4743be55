/**
 * @module
 * Each agency's Individual Management Review as structured data: its details, its status and
 * sign-off, and its chronology. Every change checks access again against what is stored at that
 * moment, bumps the IMR's revision, is stored all or nothing, and goes into the audit log (never the
 * text of an entry). An agency whose IMR was never changed has one all the same: requested and empty,
 * so reviews created before IMRs were data work as they are.
 */
import { randomBytes } from 'node:crypto'
import type { User } from '../../shared/api/auth.js'
import type { ChangeChronologyEntry, ImportMode, ImrSummary, ImrView, MergedChronologySource } from '../../shared/api/imrs.js'
import type { AuditAction } from '../../shared/api/audit.js'
import { MAX_IMPORT_ROWS } from '../../shared/imr/chronologyColumns.js'
import type { ChronologyEntry, ChronologyEntryFields } from '../../shared/imr/chronologyEntry.js'
import type { ImrDetailsFields, ImrStatusChange } from '../../shared/imr/imrDetails.js'
import type { AuditLog } from '../audit/auditLog.js'
import { AppError } from '../errors.js'
import type { Actor } from '../reviews/memberService.js'
import type { ReviewService } from '../reviews/reviewService.js'
import type { ImrStore, StoredImr } from '../storage/imrStore.js'
import { imrAccessLevel, imrContext, requireEveryImr, requireReopen, requireRead, requireSomeImr, requireWrite, type ImrContext } from './imrAccess.js'
import { imrSummary, imrView, mergedChronologyRevision, mergedChronologySource, newImr } from './imrViews.js'

/** The most entries one chronology holds, typed in or imported. */
export const MAX_CHRONOLOGY_ENTRIES = MAX_IMPORT_ROWS

const entryNotFound = () => new AppError('entry_not_found', 404, 'This IMR’s chronology has no entry with that id. Someone may have deleted it.')

function editConflict(entry: ChronologyEntry): AppError {
  return new AppError(
    'edit_conflict',
    409,
    `Someone else changed this entry while you were editing it, so your change was not saved. Reload the entry to see theirs (it is now at revision ${entry.revision}), then make your change again.`,
    { revision: entry.revision },
  )
}

function chronologyFull(count: number): AppError {
  return new AppError('chronology_full', 409, `A chronology holds at most ${MAX_CHRONOLOGY_ENTRIES.toLocaleString('en-GB')} entries; this one would have ${count.toLocaleString('en-GB')}. Nothing was changed.`)
}

const newEntryId = () => `ent_${randomBytes(8).toString('hex')}`

export class ImrService {
  constructor(
    private readonly reviews: ReviewService,
    private readonly store: ImrStore,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Whether the agency has signed its IMR off: the collaboration endpoint then opens its analysis read only. */
  isSignedOff(reviewId: string, agencyId: string): boolean {
    return this.stored(reviewId, agencyId)?.status === 'signed-off'
  }

  /** The members who write this agency's IMR. */
  agencyAuthorsOf(reviewId: string, agencyId: string): string[] {
    const review = this.reviews.find(reviewId)
    return review ? review.members.filter((member) => member.role === 'agency' && member.agencyId === agencyId).map((member) => member.userId) : []
  }

  /** The IMRs this person may read, in the order of the review's agencies. */
  list(user: User, reviewId: string): ImrSummary[] {
    const access = this.reviews.access(user, reviewId)
    requireSomeImr(access)
    return access.review.agencies.flatMap((agency) => {
      const imr = this.imrOf(reviewId, agency.id)
      const level = imrAccessLevel({ access, agency }, imr.status)
      return level === 'none' ? [] : [imrSummary(access.review, imr, level)]
    })
  }

  view(user: User, reviewId: string, agencyId: string): ImrView {
    const context = imrContext(this.reviews, user, reviewId, agencyId)
    const imr = this.imrOf(reviewId, agencyId)
    return imrView(context.access.review, imr, requireRead(context, imr.status))
  }

  /** Every entry of every IMR, for the author and the panel's merged chronology. */
  mergedSource(user: User, reviewId: string): { revision: string; build: () => MergedChronologySource } {
    const access = this.reviews.access(user, reviewId)
    requireEveryImr(access)
    const imrs = access.review.agencies.map((agency) => this.imrOf(reviewId, agency.id))
    return { revision: mergedChronologyRevision(access.review, imrs), build: () => mergedChronologySource(access.review, imrs) }
  }

  /** The chronology to export, checked as a read. */
  entriesToExport(user: User, reviewId: string, agencyId: string): { agencyName: string; entries: ChronologyEntry[] } {
    const view = this.view(user, reviewId, agencyId)
    return { agencyName: view.agencyName, entries: view.entries }
  }

  async changeDetails(user: User, reviewId: string, agencyId: string, details: ImrDetailsFields, actor: Actor): Promise<ImrView> {
    await this.change(user, reviewId, agencyId, (imr) => {
      imr.details = details
    })
    await this.record(actor, reviewId, 'imr.details_changed', { agencyId })
    return this.view(user, reviewId, agencyId)
  }

  async changeStatus(user: User, reviewId: string, agencyId: string, change: ImrStatusChange, actor: Actor): Promise<ImrView> {
    const previous = await this.change(user, reviewId, agencyId, (imr) => {
      const from = imr.status
      imr.status = change.status
      imr.signOff = change.status === 'signed-off' ? change.signOff : null
      return from
    })
    await this.record(actor, reviewId, 'imr.status_changed', { agencyId, from: previous, to: change.status })
    return this.view(user, reviewId, agencyId)
  }

  /**
   * Returns a signed-off IMR to its agency for changes, as received. An IMR that is not signed off is
   * already open: that is answered as done, and nothing changes.
   */
  async reopen(user: User, reviewId: string, agencyId: string, actor: Actor): Promise<{ summary: ImrSummary; reopened: boolean }> {
    const context = imrContext(this.reviews, user, reviewId, agencyId)
    requireReopen(context.access)
    const reopened = this.imrOf(reviewId, agencyId).status === 'signed-off'
    const imr = !reopened
      ? this.imrOf(reviewId, agencyId)
      : await this.store.update(reviewId, (imrs) => {
          const stored = this.findOrAdd(imrs, agencyId)
          stored.status = 'received'
          stored.signOff = null
          this.touch(stored)
          return stored
        })
    if (reopened) await this.record(actor, reviewId, 'imr.reopened', { agencyId })
    // The board's administrator may reopen an IMR without being able to read it: the brief shows no content.
    return { summary: imrSummary(context.access.review, imr, imrAccessLevel(context, imr.status) === 'write' ? 'write' : 'read'), reopened }
  }

  async createEntry(user: User, reviewId: string, agencyId: string, fields: ChronologyEntryFields, actor: Actor): Promise<ChronologyEntry> {
    const entry = await this.change(user, reviewId, agencyId, (imr) => {
      if (imr.entries.length >= MAX_CHRONOLOGY_ENTRIES) throw chronologyFull(imr.entries.length + 1)
      const created: ChronologyEntry = { id: newEntryId(), ...fields, revision: 1, updatedAt: this.now().toISOString() }
      imr.entries.push(created)
      return created
    })
    await this.record(actor, reviewId, 'imr.entry_created', { agencyId, entryId: entry.id })
    return structuredClone(entry)
  }

  async changeEntry(user: User, reviewId: string, agencyId: string, entryId: string, change: ChangeChronologyEntry, actor: Actor): Promise<ChronologyEntry> {
    const entry = await this.change(user, reviewId, agencyId, (imr) => {
      const stored = imr.entries.find((candidate) => candidate.id === entryId)
      if (!stored) throw entryNotFound()
      if (stored.revision !== change.revision) throw editConflict(stored)
      Object.assign(stored, change.fields, { revision: stored.revision + 1, updatedAt: this.now().toISOString() })
      return stored
    })
    await this.record(actor, reviewId, 'imr.entry_changed', { agencyId, entryId, revision: entry.revision })
    return structuredClone(entry)
  }

  /**
   * Whether the caller may delete entries of this IMR, and whether the entry is there: a deletion of
   * an entry already gone has nothing to do, so it is answered as done whatever revision it names.
   */
  hasEntryToDelete(user: User, reviewId: string, agencyId: string, entryId: string): boolean {
    const context = imrContext(this.reviews, user, reviewId, agencyId)
    const imr = this.imrOf(reviewId, agencyId)
    requireWrite(context, imr.status)
    return imr.entries.some((entry) => entry.id === entryId)
  }

  async deleteEntry(user: User, reviewId: string, agencyId: string, entryId: string, revision: number, actor: Actor): Promise<void> {
    const deleted = await this.change(user, reviewId, agencyId, (imr) => {
      const index = imr.entries.findIndex((candidate) => candidate.id === entryId)
      if (index === -1) return false
      if (imr.entries[index].revision !== revision) throw editConflict(imr.entries[index])
      imr.entries.splice(index, 1)
      return true
    })
    if (deleted) await this.record(actor, reviewId, 'imr.entry_deleted', { agencyId, entryId })
  }

  /** Refuses (before a body is read) when the caller may not change this IMR now. */
  requireWritable(user: User, reviewId: string, agencyId: string): void {
    const context = imrContext(this.reviews, user, reviewId, agencyId)
    requireWrite(context, this.imrOf(reviewId, agencyId).status)
  }

  async importEntries(user: User, reviewId: string, agencyId: string, fields: ChronologyEntryFields[], mode: ImportMode, actor: Actor): Promise<{ imported: number; entryCount: number }> {
    const updatedAt = this.now().toISOString()
    const entryCount = await this.change(user, reviewId, agencyId, (imr) => {
      const kept = mode === 'append' ? imr.entries : []
      if (kept.length + fields.length > MAX_CHRONOLOGY_ENTRIES) throw chronologyFull(kept.length + fields.length)
      imr.entries = [...kept, ...fields.map((entry): ChronologyEntry => ({ id: newEntryId(), ...entry, revision: 1, updatedAt }))]
      return imr.entries.length
    })
    await this.record(actor, reviewId, 'imr.imported', { agencyId, mode, count: fields.length })
    return { imported: fields.length, entryCount }
  }

  /** Sets an IMR as a first start's demo has it, without access checks or audit. */
  async seed(reviewId: string, agencyId: string, imr: Omit<StoredImr, 'agencyId' | 'revision' | 'updatedAt'>): Promise<void> {
    await this.store.update(reviewId, (imrs) => {
      Object.assign(this.findOrAdd(imrs, agencyId), structuredClone(imr))
      this.touch(this.findOrAdd(imrs, agencyId))
    })
  }

  /** Makes a change the caller's access allows to the IMR as stored when the change is made. */
  private change<R>(user: User, reviewId: string, agencyId: string, change: (imr: StoredImr) => R): Promise<R> {
    const context: ImrContext = imrContext(this.reviews, user, reviewId, agencyId)
    requireWrite(context, this.imrOf(reviewId, agencyId).status)
    return this.store.update(reviewId, (imrs) => {
      const imr = this.findOrAdd(imrs, agencyId)
      requireWrite(context, imr.status)
      const result = change(imr)
      this.touch(imr)
      return result
    })
  }

  private touch(imr: StoredImr): void {
    imr.revision += 1
    imr.updatedAt = this.now().toISOString()
  }

  private stored(reviewId: string, agencyId: string): StoredImr | undefined {
    return this.store.imrsOf(reviewId).find((imr) => imr.agencyId === agencyId)
  }

  private imrOf(reviewId: string, agencyId: string): StoredImr {
    return this.stored(reviewId, agencyId) ?? newImr(agencyId)
  }

  private findOrAdd(imrs: StoredImr[], agencyId: string): StoredImr {
    let imr = imrs.find((candidate) => candidate.agencyId === agencyId)
    if (!imr) {
      imr = newImr(agencyId)
      imrs.push(imr)
    }
    return imr
  }

  private record(actor: Actor, reviewId: string, action: AuditAction, details: Record<string, unknown>): Promise<void> {
    return this.audit.record({ action, actorId: actor.user.id, actorEmail: actor.user.email, reviewId, ip: actor.ip, details })
  }
}
