import { describe, expect, it } from 'vitest'
import { clientIp } from './live-handlers'

describe('clientIp', () => {
  it('uses the socket address unless the app is behind a trusted proxy', () => {
    expect(clientIp({ 'x-forwarded-for': '203.0.113.9' }, '127.0.0.1', false)).toBe('127.0.0.1')
    expect(clientIp({}, '', false)).toBe('unknown')
  })

  it('behind one proxy, takes the address the proxy saw (the last entry), not one the client wrote', () => {
    expect(clientIp({ 'x-forwarded-for': '1.2.3.4, 203.0.113.9' }, '10.0.0.2', true)).toBe('203.0.113.9')
    expect(clientIp({ 'x-forwarded-for': ['1.2.3.4', '198.51.100.7'] }, '10.0.0.2', true)).toBe('198.51.100.7')
    expect(clientIp({}, '10.0.0.2', true)).toBe('10.0.0.2')
  })
})
