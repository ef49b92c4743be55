/**
 * @module
 * A lowdb store whose changes are all or nothing: a change whose write fails is undone in memory and
 * refused with `storage_unavailable`, and the file is then rewritten on a backoff until the disk takes
 * it again, which tells the storage health it has recovered. Changes are stored one at a time, so
 * undoing one never undoes another. The database (`db.json`) and each review's IMR file are one each.
 */
import { Low, type Adapter } from 'lowdb'
import { recordUndo } from './inPlaceUndo.js'
import { DEFAULT_RETRY_TIMINGS, RetryDelay, type RetryTimings } from './retryDelay.js'
import { StorageHealth, storageUnavailable } from './storageHealth.js'

export interface DurableLowOptions {
  health?: StorageHealth
  retry?: RetryTimings
}

export class DurableLow<T extends object> extends Low<T> {
  private writes: Promise<unknown> = Promise.resolve()
  private readonly retryDelay: RetryDelay
  private retryTimer: NodeJS.Timeout | null = null
  private readonly health: StorageHealth

  /** `subject` names this store to the storage health. */
  constructor(
    adapter: Adapter<T>,
    defaultData: T,
    private readonly subject: string,
    options: DurableLowOptions,
  ) {
    super(adapter, defaultData)
    this.health = options.health ?? new StorageHealth()
    this.retryDelay = new RetryDelay(options.retry ?? DEFAULT_RETRY_TIMINGS)
  }

  /**
   * Makes `change` and stores it; if `change` throws or storing fails, the change is undone. A failed
   * write rejects with `storage_unavailable`; otherwise resolves with what `change` returned.
   */
  apply<R>(change: (data: T) => R): Promise<R> {
    const run = this.writes.then(async () => {
      const undo = recordUndo(this.data)
      let result: R
      try {
        result = change(this.data)
      } catch (error) {
        undo()
        throw error
      }
      try {
        await this.write()
      } catch (error) {
        undo()
        this.writeFailed(error)
        throw storageUnavailable()
      }
      this.writeSucceeded()
      return result
    })
    this.writes = run.catch(() => undefined)
    return run
  }

  override update(change: (data: T) => unknown): Promise<void> {
    return this.apply(change).then(() => undefined)
  }

  /** Stops retrying a failed write; on shutdown. */
  close(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
  }

  private writeSucceeded(): void {
    this.retryDelay.reset()
    this.health.succeeded(this.subject)
  }

  /** What is in memory is what was last stored, so writing it again only finds out whether the disk is back. */
  private writeFailed(error: unknown): void {
    this.health.failed(this.subject, error)
    if (this.retryTimer) return
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      const retry = this.writes.then(() => this.write())
      this.writes = retry.then(
        () => this.writeSucceeded(),
        (retryError: unknown) => this.writeFailed(retryError),
      )
    }, this.retryDelay.next())
    this.retryTimer.unref()
  }
}
