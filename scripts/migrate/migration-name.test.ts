import { describe, expect, it } from 'vitest'
import { migrationNameSlug } from './migration-name'

describe('migrationNameSlug', () => {
  it('slugs like the Prisma CLI: lower case, underscores, camelCase split', () => {
    expect(migrationNameSlug('init')).toBe('init')
    expect(migrationNameSlug('Add column')).toBe('add_column')
    expect(migrationNameSlug('addLiveSession')).toBe('add_live_session')
    expect(migrationNameSlug('  --drop  old-table!! ')).toBe('drop_old_table')
  })

  it('folds Vietnamese, including đ, in NFC or NFD input', () => {
    expect(migrationNameSlug('Thêm bảng đơn vị')).toBe('them_bang_don_vi')
    expect(migrationNameSlug('Thêm bảng đơn vị'.normalize('NFD'))).toBe('them_bang_don_vi')
  })

  it('gives an empty name for nothing usable and caps the length at 200', () => {
    expect(migrationNameSlug('')).toBe('')
    expect(migrationNameSlug('!!!')).toBe('')
    expect(migrationNameSlug('a'.repeat(250))).toHaveLength(200)
  })
})
