import { describe, expect, it } from 'vitest'
import { routeGroup } from './metrics'

describe('routeGroup', () => {
  it('keeps metric labels few by dropping ids', () => {
    expect(routeGroup('/')).toBe('/')
    expect(routeGroup('/assets/x-123.js')).toBe('/assets')
    expect(routeGroup('/organiser/units')).toBe('/organiser/units')
    expect(routeGroup('/contests/cl9x8y7z6w5v4u3t2s1r0q')).toBe('/contests')
    expect(routeGroup('/verify/ABC123')).toBe('/verify')
    expect(routeGroup('/login.data')).toBe('/login')
  })
})
