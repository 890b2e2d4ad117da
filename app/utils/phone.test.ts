import { describe, expect, it } from 'vitest'
import { parseIdentifier } from './identifier'
import { normalizePhone } from './phone'

describe('normalizePhone', () => {
  it.each([
    ['0912 345 678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['091.234.5678', '0912345678'],
    ['(024) 3825 1234', '02438251234'],
  ])('%s → %s', (input, expected) => expect(normalizePhone(input)).toBe(expected))

  it.each(['12345', '0912abc678', '+1 202 555 0100', ''])('refuses %s', (input) => expect(normalizePhone(input)).toBeNull())
})

describe('parseIdentifier', () => {
  it('tells emails from phones and normalises both', () => {
    expect(parseIdentifier(' An.Nguyen@Example.VN ')).toEqual({ kind: 'email', value: 'an.nguyen@example.vn' })
    expect(parseIdentifier('+84912345678')).toEqual({ kind: 'phone', value: '0912345678' })
    expect(parseIdentifier('not an id')).toBeNull()
    expect(parseIdentifier('a@b')).toBeNull()
  })
})
