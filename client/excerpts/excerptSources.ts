/**
 * @module
 * The current sources of the report's excerpts, kept fresh while the report is open and has excerpts:
 * the merged chronology (asked with If-None-Match, so an unchanged one costs a 304) and the analysis of
 * each agency that an excerpt quotes, every few seconds while the page is visible and whenever the
 * window regains focus. A failed request keeps what was read before: a network blip is not a change.
 */
import { ImrAnalysisSchema, MergedChronologySourceSchema, type ImrAnalysis, type MergedChronologySource } from '../../shared/api/imrs'
import { excerptSourcesOf, NO_SOURCES, type ExcerptSources } from '../../shared/excerpts/excerptComparison'

export const POLL_INTERVAL_MS = 5000

export interface ExcerptNeeds {
  chronology: boolean
  /** The agencies whose analysis an excerpt quotes. */
  analysisAgencies: readonly string[]
}

const NOTHING: ExcerptNeeds = { chronology: false, analysisAgencies: [] }

const sameNeeds = (a: ExcerptNeeds, b: ExcerptNeeds) => a.chronology === b.chronology && a.analysisAgencies.join() === b.analysisAgencies.join()

/** A source that could not be read for good (no access, no such IMR), as opposed to one that failed for now. */
const isRefused = (status: number) => status === 403 || status === 404

export class ExcerptSourceStore {
  private sources: ExcerptSources = NO_SOURCES
  private needs: ExcerptNeeds = NOTHING
  private chronology: MergedChronologySource | null = null
  private chronologyTag: string | null = null
  private readonly analyses = new Map<string, ImrAnalysis>()
  private readonly listeners = new Set<() => void>()
  private timer: ReturnType<typeof setInterval> | null = null
  private refreshing: Promise<void> | null = null

  constructor(readonly reviewId: string) {}

  readonly get = (): ExcerptSources => this.sources

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** What the report's excerpts need now; reads it at once when something new is needed. */
  want(needs: ExcerptNeeds): void {
    if (sameNeeds(needs, this.needs)) return
    this.needs = { chronology: needs.chronology, analysisAgencies: [...needs.analysisAgencies] }
    const needed = needs.chronology || needs.analysisAgencies.length > 0
    if (needed && !this.timer) {
      this.timer = setInterval(this.poll, POLL_INTERVAL_MS)
      window.addEventListener('focus', this.refresh)
    } else if (!needed) this.stop()
    if (needed) void this.refresh()
  }

  /** Reads every source needed now (one read at a time). */
  readonly refresh = (): Promise<void> => {
    this.refreshing ??= this.readAll().finally(() => {
      this.refreshing = null
    })
    return this.refreshing
  }

  destroy(): void {
    this.stop()
    this.listeners.clear()
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    window.removeEventListener('focus', this.refresh)
  }

  private readonly poll = () => {
    if (document.visibilityState !== 'hidden') void this.refresh()
  }

  private async readAll(): Promise<void> {
    const { chronology, analysisAgencies } = this.needs
    let changed = false
    if (chronology) changed = (await this.readChronology()) || changed
    for (const agencyId of analysisAgencies) changed = (await this.readAnalysis(agencyId)) || changed
    for (const agencyId of [...this.analyses.keys()]) if (!analysisAgencies.includes(agencyId)) changed = this.analyses.delete(agencyId) || changed
    if (!changed) return
    this.sources = excerptSourcesOf(this.chronology, [...this.analyses.values()])
    for (const listener of this.listeners) listener()
  }

  private async readChronology(): Promise<boolean> {
    const response = await this.fetch(`/api/reviews/${encodeURIComponent(this.reviewId)}/chronology`, this.chronologyTag)
    if (!response || response.status === 304) return false
    if (isRefused(response.status)) {
      const had = this.chronology !== null
      this.chronology = null
      this.chronologyTag = null
      return had
    }
    const parsed = response.ok ? MergedChronologySourceSchema.safeParse(await response.json().catch(() => null)) : null
    if (!parsed?.success || parsed.data.revision === this.chronology?.revision) return false
    this.chronology = parsed.data
    this.chronologyTag = response.headers.get('ETag')
    return true
  }

  private async readAnalysis(agencyId: string): Promise<boolean> {
    const response = await this.fetch(`/api/reviews/${encodeURIComponent(this.reviewId)}/imrs/${encodeURIComponent(agencyId)}/analysis`, null)
    if (!response) return false
    if (isRefused(response.status)) return this.analyses.delete(agencyId)
    const parsed = response.ok ? ImrAnalysisSchema.safeParse(await response.json().catch(() => null)) : null
    if (!parsed?.success || JSON.stringify(parsed.data) === JSON.stringify(this.analyses.get(agencyId))) return false
    this.analyses.set(agencyId, parsed.data)
    return true
  }

  private async fetch(path: string, tag: string | null): Promise<Response | null> {
    try {
      return await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json', ...(tag ? { 'If-None-Match': tag } : {}) } })
    } catch {
      return null
    }
  }
}
