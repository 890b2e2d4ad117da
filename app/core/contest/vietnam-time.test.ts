import { describe, expect, it } from 'vitest'
import { formatDuration, formatVietnamDateTime, parseVietnamLocal, toVietnamLocal } from './vietnam-time'

describe('Vietnam wall-clock time', () => {
  it('reads a datetime-local value as UTC+7, whatever the process time zone', () => {
    expect(parseVietnamLocal('2026-11-23T10:00')?.toISOString()).toBe('2026-11-23T03:00:00.000Z')
    // Just after midnight in Hà Nội is still the previous day in UTC.
    expect(parseVietnamLocal('2026-11-23T00:30')?.toISOString()).toBe('2026-11-22T17:30:00.000Z')
    expect(parseVietnamLocal('2026-11-23T10:00:30')?.toISOString()).toBe('2026-11-23T03:00:30.000Z')
  })

  it('refuses text that is not a real date and time', () => {
    for (const bad of ['', '23/11/2026 10:00', '2026-02-31T10:00', '2026-13-01T10:00', '2026-11-23T24:00', '2026-11-23']) {
      expect(parseVietnamLocal(bad), bad).toBeNull()
    }
  })

  it('writes an instant back as the same datetime-local text', () => {
    const instant = parseVietnamLocal('2026-12-31T23:59')!
    expect(toVietnamLocal(instant)).toBe('2026-12-31T23:59')
    expect(toVietnamLocal(Date.parse('2026-11-22T17:30:00Z'))).toBe('2026-11-23T00:30')
  })

  it('formats times and durations as notices write them', () => {
    expect(formatVietnamDateTime('2026-11-23T03:05:00Z')).toBe('10:05 23/11/2026')
    expect(formatDuration(125_400)).toBe('02:05')
    expect(formatDuration(3_725_000)).toBe('1:02:05')
    expect(formatDuration(-5)).toBe('00:00')
  })
})
