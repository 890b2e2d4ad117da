import { describe, expect, it } from 'vitest'
import { allowedStatusChanges, canChangeStatus } from './question-status'

describe('question review status', () => {
  it('goes draft → approved → retired, and a retired question can be restored', () => {
    expect(allowedStatusChanges('draft')).toEqual(['approved'])
    expect(canChangeStatus('approved', 'retired')).toBe(true)
    expect(canChangeStatus('retired', 'approved')).toBe(true)
  })

  it('never goes back to draft, and never skips review', () => {
    expect(canChangeStatus('approved', 'draft')).toBe(false)
    expect(canChangeStatus('retired', 'draft')).toBe(false)
    expect(canChangeStatus('draft', 'retired')).toBe(false)
    expect(canChangeStatus('draft', 'draft')).toBe(false)
  })
})
