import { describe, expect, it } from 'vitest'
import { hasRole, safeRedirect } from './auth.server'

describe('safeRedirect', () => {
  it.each(['/account', '/contests/x?tab=1#a', '/organiser/units'])('keeps the path %s', (to) => expect(safeRedirect(to)).toBe(to))
  it.each(['//evil.example', '/\\evil.example', '/\t/evil.example', '/\n/evil.example', 'https://evil.example', 'javascript:alert(1)', '', null, undefined])(
    'refuses %j',
    (to) => expect(safeRedirect(to)).toBe('/'),
  )
})

describe('hasRole', () => {
  it('lets an administrator through every role check', () => {
    expect(hasRole({ roles: ['ADMIN'] }, ['ORGANISER'])).toBe(true)
    expect(hasRole({ roles: ['PARTICIPANT'] }, ['ORGANISER', 'HOST'])).toBe(false)
    expect(hasRole({ roles: ['HOST'] }, ['ORGANISER', 'HOST'])).toBe(true)
  })
})
