import { describe, expect, it } from 'vitest'
import { resources } from './resources'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

describe('UI text', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(keys(resources.en).sort()).toEqual(keys(resources.vi).sort())
  })

  it('is NFC everywhere and never empty', () => {
    for (const locale of [resources.vi, resources.en]) {
      const walk = (v: unknown, path: string): void => {
        if (typeof v === 'string') {
          expect(v, path).toBe(v.normalize('NFC'))
          expect(v.trim(), path).not.toBe('')
        } else if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, `${path}.${k}`)
      }
      walk(locale, '')
    }
  })
})
