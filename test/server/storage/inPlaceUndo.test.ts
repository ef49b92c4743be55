import { describe, expect, it } from 'vitest'
import { recordUndo } from '../../../server/storage/inPlaceUndo.js'

describe('recordUndo', () => {
  it('puts back changed, added and removed values, in objects and arrays at any depth', () => {
    const data = { version: 2, users: [{ id: 'u1', name: 'Ann', lockedUntil: null as string | null }], sessions: [{ id: 's1' }, { id: 's2' }] }
    const before = structuredClone(data)
    const undo = recordUndo(data)

    data.users[0].name = 'Changed'
    data.users[0].lockedUntil = '2024-01-01T00:00:00.000Z'
    data.users.push({ id: 'u2', name: 'Added', lockedUntil: null })
    data.sessions = data.sessions.filter((session) => session.id !== 's1')
    Object.assign(data, { extra: true })
    undo()

    expect(data).toEqual(before)
  })

  it('keeps every object the same object, so references held elsewhere stay live', () => {
    const user = { id: 'u1', name: 'Ann' }
    const session = { id: 's1' }
    const data = { users: [user], sessions: [session] }
    const users = data.users
    const undo = recordUndo(data)

    data.users = []
    data.sessions.splice(0, 1)
    user.name = 'Changed'
    undo()

    expect(data.users).toBe(users)
    expect(data.users[0]).toBe(user)
    expect(data.sessions[0]).toBe(session)
    expect(user.name).toBe('Ann')
  })
})
