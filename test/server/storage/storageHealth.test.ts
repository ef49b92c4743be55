import { afterEach, describe, expect, it, vi } from 'vitest'
import { StorageError } from '../../../server/storage/documentStore.js'
import { DATABASE_SUBJECT, StorageHealth, errorCodeOf } from '../../../server/storage/storageHealth.js'
import { log } from '../../../server/log.js'

const REPORT = 'review.child-k.report'
const IMR = 'review.child-k.imr-health'
const diskFull = () => new StorageError('could not save', { cause: Object.assign(new Error('no space'), { code: 'ENOSPC' }) })

function clock(start = Date.parse('2024-05-01T09:00:00Z')) {
  let now = start
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) }
}

describe('StorageHealth', () => {
  afterEach(() => vi.restoreAllMocks())

  it('logs one line when writing starts to fail and one when everything has recovered, whatever lies between', () => {
    const errors = vi.spyOn(log, 'error').mockImplementation(() => undefined)
    const infos = vi.spyOn(log, 'info').mockImplementation(() => undefined)
    const time = clock()
    const health = new StorageHealth(time.now)

    for (let retry = 0; retry < 5; retry++) {
      health.failed(REPORT, diskFull())
      health.failed(IMR, diskFull())
      health.failed(DATABASE_SUBJECT, diskFull())
      time.advance(1_000)
    }
    health.succeeded(REPORT)
    health.succeeded(DATABASE_SUBJECT)
    expect(infos).not.toHaveBeenCalled()
    health.succeeded(IMR)
    health.succeeded(IMR)

    expect(errors).toHaveBeenCalledTimes(1)
    expect(errors.mock.calls[0][1]).toContain('ENOSPC')
    expect(infos).toHaveBeenCalledTimes(1)
    expect(infos.mock.calls[0][1]).toContain('after 5 s')
  })

  it('reports since when, how many documents, the database and the error code, and nothing once recovered', () => {
    vi.spyOn(log, 'error').mockImplementation(() => undefined)
    vi.spyOn(log, 'info').mockImplementation(() => undefined)
    const time = clock()
    const health = new StorageHealth(time.now)
    expect(health.report()).toEqual({ writable: true, failingSince: null, failingDocuments: 0, databaseFailing: false, lastError: null })

    health.failed(REPORT, diskFull())
    time.advance(2_000)
    health.failed(IMR, Object.assign(new Error('read-only'), { code: 'EROFS' }))
    health.failed(DATABASE_SUBJECT, new Error('no code'))

    expect(health.report()).toEqual({
      writable: false,
      failingSince: '2024-05-01T09:00:00.000Z',
      failingDocuments: 2,
      databaseFailing: true,
      lastError: 'unknown',
    })
    for (const subject of [REPORT, IMR, DATABASE_SUBJECT]) health.succeeded(subject)
    expect(health.report()).toEqual({ writable: true, failingSince: null, failingDocuments: 0, databaseFailing: false, lastError: null })
  })

  it('finds the system error code in the causes of an error', () => {
    expect(errorCodeOf(diskFull())).toBe('ENOSPC')
    expect(errorCodeOf(Object.assign(new Error('x'), { code: 'ENOTDIR' }))).toBe('ENOTDIR')
    expect(errorCodeOf('not an error')).toBe('unknown')
  })
})
