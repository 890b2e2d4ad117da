import { describe, expect, it } from 'vitest'
import { migrationNameAfter, migrationNameSlug } from './migration-name'

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

describe('migrationNameAfter', () => {
  it('keeps a name that already sorts after every existing migration', () => {
    expect(migrationNameAfter('20261123215431_add_col', ['20261123215430_init'])).toBe('20261123215431_add_col')
    expect(migrationNameAfter('20261123215430_init', [])).toBe('20261123215430_init')
  })

  it('moves a name stamped in the same second as the newest migration one second later', () => {
    expect(migrationNameAfter('20261123215430_add_col', ['20261123215430_init'])).toBe('20261123215431_add_col')
  })

  it('carries over minutes, days and years, and looks only at the newest stamped migration', () => {
    expect(migrationNameAfter('20261231235959_b', ['20261231235959_z', 'migration_lock.toml'])).toBe('20270101000000_b')
    expect(migrationNameAfter('20261123000000_b', ['20261123215430_init', '20261123215500_c'])).toBe('20261123215501_b')
  })
})
