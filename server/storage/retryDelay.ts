/**
 * @module
 * How long to wait before retrying a write that failed: from `minMs`, doubling on each failure up to
 * `maxMs`, and back to the start once a write succeeds. A disk that is full for an hour is then
 * tried every `maxMs`, and one that comes back at once is used again within `minMs`.
 */
export interface RetryTimings {
  storageRetryMinMs: number
  storageRetryMaxMs: number
}

export class RetryDelay {
  private current: number | null = null

  constructor(private readonly timings: RetryTimings) {}

  /** True from a failure until `reset`. */
  get isRetrying(): boolean {
    return this.current !== null
  }

  /** The wait before the next attempt. */
  next(): number {
    const { storageRetryMinMs, storageRetryMaxMs } = this.timings
    this.current = this.current === null ? storageRetryMinMs : Math.min(this.current * 2, storageRetryMaxMs)
    return this.current
  }

  reset(): void {
    this.current = null
  }
}

export const DEFAULT_RETRY_TIMINGS: RetryTimings = { storageRetryMinMs: 1_000, storageRetryMaxMs: 10_000 }
