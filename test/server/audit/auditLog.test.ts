import { appendFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AuditLog, type NewAuditEvent } from '../../../server/audit/auditLog.js'
import { StorageHealth } from '../../../server/storage/storageHealth.js'
import { makeTempDir } from '../../helpers/tempDir.js'
import { waitFor } from '../../helpers/waitFor.js'
import { faultyFileSystem } from '../storage/faultyFileSystem.js'

const FAST_RETRY = { storageRetryMinMs: 20, storageRetryMaxMs: 50 }

const event = (email: string): NewAuditEvent => ({ action: 'login.succeeded', actorId: null, actorEmail: email })

describe('the audit log', () => {
  it('keeps events the full disk refused, cuts the torn line away, and writes them in order once the disk is back', async () => {
    const path = join(await makeTempDir(), 'audit.log')
    const disk = faultyFileSystem()
    const health = new StorageHealth()
    const audit = new AuditLog(path, { health, retry: FAST_RETRY, fileSystem: disk.fileSystem })
    await audit.record(event('first@example.org'))

    disk.faults.spaceLeft = 10
    await audit.record(event('second@example.org'))
    expect(health.report()).toMatchObject({ writable: false, databaseFailing: true, failingDocuments: 0, lastError: 'ENOSPC' })
    await expect(audit.recordFirst(event('third@example.org'))).rejects.toMatchObject({ code: 'storage_unavailable', status: 503 })
    expect((await audit.read()).map((entry) => entry.actorEmail)).toEqual(['first@example.org'])

    disk.heal()
    await waitFor('the retried lines are written', () => health.isWritable)
    expect((await audit.read()).map((entry) => entry.actorEmail)).toEqual(['third@example.org', 'second@example.org', 'first@example.org'])
    audit.close()
  })

  it('skips a line that is not JSON instead of failing to read the log', async () => {
    const path = join(await makeTempDir(), 'audit.log')
    const audit = new AuditLog(path)
    await audit.record(event('before@example.org'))
    await appendFile(path, '{"at":"2026-11-\n')
    await audit.record(event('after@example.org'))
    expect((await audit.read()).map((entry) => entry.actorEmail)).toEqual(['after@example.org', 'before@example.org'])
  })
})
