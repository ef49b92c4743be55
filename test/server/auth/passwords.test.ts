import { describe, expect, it } from 'vitest'
import { DUMMY_HASH, generatePassword, hashPassword, verifyPassword } from '../../../server/auth/passwords.js'

describe('password hashes', () => {
  it('are stored as scrypt with their cost, salt and key, never the password', async () => {
    const hash = await hashPassword('correct horse battery staple')

    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{86}$/)
    expect(hash).not.toContain('correct horse')
  })

  it('accept the password they were made from and refuse any other', async () => {
    const hash = await hashPassword('correct horse battery staple')

    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true)
    expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false)
    expect(await verifyPassword('Correct horse battery staple', hash)).toBe(false)
    expect(await verifyPassword('', hash)).toBe(false)
  })

  it('differ for the same password, because each has its own salt', async () => {
    const [first, second] = await Promise.all([hashPassword('same password'), hashPassword('same password')])

    expect(first).not.toBe(second)
    expect(await verifyPassword('same password', first)).toBe(true)
    expect(await verifyPassword('same password', second)).toBe(true)
  })

  it('treat the same text typed with a different Unicode form as the same password', async () => {
    const composed = 'caf\u00e9 au lait'
    const decomposed = 'cafe\u0301 au lait'
    const hash = await hashPassword(composed)

    expect(await verifyPassword(decomposed, hash)).toBe(true)
  })

  it('keep verifying with the cost stored in the hash, so the cost can be raised later', async () => {
    const hash = await hashPassword('a password from long ago')
    const [, , r, p, salt, key] = hash.split('$')
    const cheaperCost = ['scrypt', 1024, r, p, salt, key].join('$')

    expect(await verifyPassword('a password from long ago', hash)).toBe(true)
    expect(await verifyPassword('a password from long ago', cheaperCost)).toBe(false)
  })

  it.each([
    ['an empty string', ''],
    ['another scheme', 'bcrypt$10$abc$def'],
    ['a hash without its key', 'scrypt$32768$8$1$c2FsdA$'],
  ])('refuse every password against %s', async (_label, stored) => {
    expect(await verifyPassword('anything', stored)).toBe(false)
  })

  it('include a dummy hash that no password is expected to match, for unknown accounts', async () => {
    expect(await DUMMY_HASH).toMatch(/^scrypt\$/)
    expect(await verifyPassword('password', await DUMMY_HASH)).toBe(false)
  })
})

describe('generated passwords', () => {
  it('are 20 characters from an alphabet without look-alike characters', () => {
    const passwords = Array.from({ length: 200 }, generatePassword)

    for (const password of passwords) expect(password).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{20}$/)
    expect(passwords.join('')).not.toMatch(/[01lIoO]/)
    expect(new Set(passwords).size).toBe(passwords.length)
  })
})
