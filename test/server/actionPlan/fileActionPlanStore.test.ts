import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { temporaryPathOf } from '../../../server/storage/durableFiles.js'
import { FileActionPlanStore } from '../../../server/storage/fileActionPlanStore.js'
import { StorageHealth } from '../../../server/storage/storageHealth.js'
import type { StoredAction } from '../../../shared/actionPlan/action.js'
import { makeTempDir } from '../../helpers/tempDir.js'
import { waitFor } from '../../helpers/waitFor.js'

const action = (id: string, overrides: Partial<StoredAction> = {}): StoredAction => ({
  id,
  recommendationId: 'rcm_aaaaaa',
  change: 'Every child seen alone at each home visit.',
  leadAgencyId: 'health',
  responsibleRole: 'Named Nurse',
  targetDate: '2020-03-31',
  status: 'on-track',
  evidenceOfImpact: '',
  nextMonitoringDate: null,
  revision: 1,
  updatedAt: '2024-05-01T09:00:00.000Z',
  ...overrides,
})

async function open(directory: string, health = new StorageHealth()) {
  const store = await FileActionPlanStore.open(directory, { health, retry: { storageRetryMinMs: 10, storageRetryMaxMs: 50 } })
  onTestFinished(() => store.close())
  return store
}

describe('the file action plan store', () => {
  it('keeps each review’s actions in a file of its own, and a restart reads them back', async () => {
    const directory = await makeTempDir()
    const store = await open(directory)

    await store.update('child-k', (actions) => actions.push(action('act_aaaaaa'), action('act_bbbbbb', { status: 'complete' })))
    await store.update('other', (actions) => actions.push(action('act_cccccc')))
    store.close()

    const reopened = await open(directory)
    expect(reopened.actionsOf('child-k')).toEqual([action('act_aaaaaa'), action('act_bbbbbb', { status: 'complete' })])
    expect(reopened.actionsOf('other')).toEqual([action('act_cccccc')])
    expect(reopened.actionsOf('none')).toEqual([])
    expect(JSON.parse(await readFile(join(directory, 'child-k.json'), 'utf8'))).toMatchObject({ version: 1 })
  })

  it('changes nothing when a write fails, tells the storage health about records, and stores again once the disk is back', async () => {
    const directory = await makeTempDir()
    const health = new StorageHealth()
    const store = await open(directory, health)
    await store.update('child-k', (actions) => actions.push(action('act_aaaaaa')))
    const blocker = temporaryPathOf(join(directory, 'child-k.json'))
    await mkdir(blocker)

    const failed = store.update('child-k', (actions) => {
      actions[0].status = 'complete'
      actions.push(action('act_bbbbbb'))
    })

    await expect(failed).rejects.toMatchObject({ code: 'storage_unavailable', status: 503 })
    expect(store.actionsOf('child-k')).toEqual([action('act_aaaaaa')])
    expect(health.report()).toMatchObject({ writable: false, databaseFailing: true, failingDocuments: 0 })
    await rm(blocker, { recursive: true })
    await waitFor('the retried write tells the disk is back', () => health.isWritable)
    store.close()
    expect((await open(directory)).actionsOf('child-k')).toEqual([action('act_aaaaaa')])
  })

  it('undoes a change that throws, and refuses to open a file that does not match', async () => {
    const directory = await makeTempDir()
    const store = await open(directory)
    await store.update('child-k', (actions) => actions.push(action('act_aaaaaa')))

    await expect(
      store.update('child-k', (actions) => {
        actions[0].revision = 99
        throw new Error('refused')
      }),
    ).rejects.toThrow('refused')
    expect(store.actionsOf('child-k')[0].revision).toBe(1)

    await writeFile(join(directory, 'broken.json'), JSON.stringify({ version: 1, actions: [{ id: 'act_aaaaaa', status: 'red' }] }))
    await expect(FileActionPlanStore.open(directory)).rejects.toThrow(/broken\.json/)
  })
})
